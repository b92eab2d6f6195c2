#include "FlyerFieldScore.h"

namespace reunite::test {
namespace {

const ocr::FlyerField& fieldOf(const ocr::FlyerFields& fields, FlyerFieldName name) {
    switch (name) {
    case FlyerFieldName::Name: return fields.name;
    case FlyerFieldName::Sex: return fields.sex;
    case FlyerFieldName::DateOfBirth: return fields.dateOfBirth;
    case FlyerFieldName::DateMissing: return fields.dateMissing;
    case FlyerFieldName::PlaceMissing: return fields.placeMissing;
    }
    return fields.name;
}

const std::string& truthOf(const FlyerTruth& truth, FlyerFieldName name) {
    switch (name) {
    case FlyerFieldName::Name: return truth.name;
    case FlyerFieldName::Sex: return truth.sex;
    case FlyerFieldName::DateOfBirth: return truth.dateOfBirth;
    case FlyerFieldName::DateMissing: return truth.dateMissing;
    case FlyerFieldName::PlaceMissing: return truth.placeMissing;
    }
    return truth.name;
}

}  // namespace

const char* flyerFieldLabel(FlyerFieldName field) {
    switch (field) {
    case FlyerFieldName::Name: return "name";
    case FlyerFieldName::Sex: return "sex";
    case FlyerFieldName::DateOfBirth: return "date of birth";
    case FlyerFieldName::DateMissing: return "date missing";
    case FlyerFieldName::PlaceMissing: return "place missing";
    }
    return "";
}

int FlyerFieldScore::right() const {
    int count = 0;
    for (FieldVerdict verdict : verdicts) count += verdict == FieldVerdict::Right || verdict == FieldVerdict::RightFlagged;
    return count;
}

FlyerFieldScore scoreFlyerFields(const FlyerTruth& truth, const ocr::FlyerFields& fields) {
    FlyerFieldScore score;
    for (std::size_t i = 0; i < kMeasuredFlyerFields.size(); ++i) {
        const ocr::FlyerField& field = fieldOf(fields, kMeasuredFlyerFields[i]);
        const bool filled = field.found && !field.value.empty() && field.value != "U";
        score.readValues[i] = filled ? field.value : "";
        if (!filled) {
            score.verdicts[i] = FieldVerdict::Missing;
        } else if (field.value == truthOf(truth, kMeasuredFlyerFields[i])) {
            score.verdicts[i] = field.needsCheck() ? FieldVerdict::RightFlagged : FieldVerdict::Right;
        } else {
            score.verdicts[i] = field.needsCheck() ? FieldVerdict::WrongFlagged : FieldVerdict::WrongSilent;
        }
    }
    return score;
}

}  // namespace reunite::test
