#pragma once
// renderPosterPdf: a one-page A4 missing-child alert poster from a PosterModel: a red headline,
// the childhood photo and the age-progressed image at today's age (marked "not a photograph"),
// the name, dates, place last seen, distinguishing marks and description, the contact and a QR
// code of the contact and case reference. Every label is in English and Simplified Chinese; the
// model's language comes first. Texts too long for their place end with an ellipsis.
// Guarantees: byte-identical output for the same model (PDF dates from model.generatedAt);
// fonts embedded. Errors: InvalidArgument for a QR text too long; Internal when cairo fails.
// Thread safety: reentrant.
#include <optional>
#include <string>

#include "domain/Result.h"
#include "report/PosterModel.h"

namespace reunite::report {

Result<std::string> renderPosterPdf(const PosterModel& model);

// What the QR code holds: "<contact> | <case reference label> <case number>".
std::string posterQrText(const PosterModel& model);
// The child's age in whole years on the poster's date, from the date of birth (nothing without one).
std::optional<double> posterAgeNow(const PosterModel& model);

}  // namespace reunite::report
