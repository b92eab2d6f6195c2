#pragma once
// PosterModel: what a missing-child alert poster shows, as plain values filled by the application
// layer (workflows/report/PosterBuilder). The poster is bilingual (English and Simplified
// Chinese); `language` chooses which of the two leads.
// The progressed image is an investigative aid, never a photograph: the renderer marks it.
// Thread safety: plain value type.
#include <optional>
#include <string>

#include "core/image/Image.h"
#include "report/CaseSummary.h"
#include "report/ReportLanguage.h"

namespace reunite::report {

struct PosterProgression {
    Image image;  // unmarked
    double targetAge = 0;
    double sourceAge = 0;
    std::string modelId;
};

struct PosterModel {
    ReportLanguage language = ReportLanguage::English;
    std::string generatedAt;  // ISO 8601; used as the PDF's dates and for the child's age now
    CaseSummary caseInfo;     // the poster prints number, name, dates, place, marks and description
    Image childhoodPhoto;  // empty: no photo
    std::optional<double> childhoodAge;
    std::optional<PosterProgression> progressed;
    std::string contact;  // who to call; printed and encoded in the QR code (empty: police, 110)
};

}  // namespace reunite::report
