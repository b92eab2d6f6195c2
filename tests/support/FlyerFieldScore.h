#pragma once
// Scoring of OCR-read flyer fields against what a synthetic flyer says (SyntheticFlyer.h), shared
// by the OCR accuracy test and benchmark.
// scoreFlyerFields: one verdict per measured field: right (the value the flyer says), wrong (a
// different value filled in) or missing (not filled). A wrong value read with low confidence is
// counted apart: the form marks it for checking, so it does not fill a field silently.
// Thread safety: pure functions.
#include <array>
#include <string>

#include "SyntheticFlyer.h"
#include "ocr/FlyerFields.h"

namespace reunite::test {

enum class FlyerFieldName { Name, Sex, DateOfBirth, DateMissing, PlaceMissing };
constexpr std::array kMeasuredFlyerFields{FlyerFieldName::Name, FlyerFieldName::Sex, FlyerFieldName::DateOfBirth,
                                          FlyerFieldName::DateMissing, FlyerFieldName::PlaceMissing};
const char* flyerFieldLabel(FlyerFieldName field);

// Right values marked for checking are counted apart too (the cost of the marking).
enum class FieldVerdict { Right, RightFlagged, Missing, WrongFlagged, WrongSilent };
constexpr int kFieldVerdictCount = 5;

struct FlyerFieldScore {
    std::array<FieldVerdict, kMeasuredFlyerFields.size()> verdicts{};
    std::array<std::string, kMeasuredFlyerFields.size()> readValues;
    int right() const;
};

FlyerFieldScore scoreFlyerFields(const FlyerTruth& truth, const ocr::FlyerFields& fields);

}  // namespace reunite::test
