#pragma once
// FlyerDraft: the record a volunteer is about to save from a flyer: the OCR-prefilled fields after
// correction, in the form the case and candidate records take. Plain data plus the conversions:
//  - makeFlyerDraft(): prefill from parsed flyer fields (name split into given and family names,
//    sex, dates, place, contact, height, notes; a birth year estimated from the age and the date
//    missing when no birth date is printed; uncertain values filled in or moved to the notes);
//  - toCaseRecord() / toCandidateRecord(): the records to store (contact, height and notes go to the
//    case description or the candidate notes, since the tables have no such columns).
// splitPersonName(): Chinese names (family name first, two-character compound surnames such as
// 欧阳 recognised), Latin names (last word is the family name).
// Thread safety: plain values and pure functions, safe from any thread.
#include <optional>
#include <string>
#include <utility>

#include "db/records/CandidateRecord.h"
#include "db/records/CaseRecord.h"
#include "ocr/FlyerFields.h"

namespace reunite::workflows {

struct FlyerDraft {
    std::string caseNumber;                  // cases only
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;    // YYYY-MM-DD
    std::optional<int> birthYear;            // when no full birth date is known
    bool birthYearIsEstimate = false;
    std::optional<std::string> dateMissing;  // YYYY-MM-DD
    std::string placeMissing;
    std::string contact;
    std::string heightText;
    std::string notes;
    std::string flyerFileName;               // for the provenance texts

    friend bool operator==(const FlyerDraft&, const FlyerDraft&) = default;
};

// What becomes of a value marked for checking (FlyerField::needsCheck): a form shows it marked
// (Fill); a batch import, where nobody checks, leaves the field empty and writes the value into
// the notes as "Read uncertainly, not filled in: ..." (MoveToNotes).
enum class UncertainFields { Fill, MoveToNotes };

FlyerDraft makeFlyerDraft(const ocr::FlyerFields& fields, UncertainFields uncertain = UncertainFields::Fill);

// {given names, family name}
std::pair<std::string, std::string> splitPersonName(const std::string& name);

db::CaseRecord toCaseRecord(const FlyerDraft& draft);
db::CandidateRecord toCandidateRecord(const FlyerDraft& draft, const std::string& externalRef);

// The gallery reference of a flyer: "flyer-" and the first 16 hex digits of its SHA-256, so the
// same flyer imported twice is recognised.
std::string flyerExternalRef(const std::string& sha256);

}  // namespace reunite::workflows
