#include "workflows/flyer/FlyerDraft.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#include "ocr/Utf8Text.h"

namespace reunite::workflows {
namespace {

constexpr std::array<std::u32string_view, 12> kCompoundSurnames{U"欧阳", U"司马", U"诸葛", U"上官", U"东方", U"皇甫",
                                                                U"尉迟", U"公孙", U"慕容", U"长孙", U"司徒", U"夏侯"};

void appendLine(std::string& text, const std::string& line) {
    if (line.empty()) return;
    if (!text.empty()) text += "\n";
    text += line;
}

}  // namespace

std::pair<std::string, std::string> splitPersonName(const std::string& name) {
    const std::u32string text = ocr::toUtf32(ocr::trim(name));
    std::u32string han;
    for (char32_t c : text) {
        if (ocr::isHan(c) || c == U'·') han.push_back(c);
    }
    if (han.size() >= 2) {
        std::size_t familyLength = 1;
        for (std::u32string_view compound : kCompoundSurnames) {
            if (han.size() >= 3 && han.compare(0, compound.size(), compound) == 0) familyLength = compound.size();
        }
        return {ocr::toUtf8(han.substr(familyLength)), ocr::toUtf8(han.substr(0, familyLength))};
    }
    const std::size_t lastSpace = text.find_last_of(U' ');
    if (lastSpace == std::u32string::npos) return {ocr::toUtf8(text), std::string()};
    return {ocr::trim(ocr::toUtf8(text.substr(0, lastSpace))), ocr::toUtf8(text.substr(lastSpace + 1))};
}

namespace {

// The fields of a flyer with the uncertain ones emptied, and what was emptied as a note line.
std::pair<ocr::FlyerFields, std::string> withoutUncertainValues(ocr::FlyerFields fields) {
    std::string moved;
    if (fields.dateOfBirth.needsCheck()) fields.birthYear.reset();
    for (const ocr::NamedFlyerField& named : ocr::kNamedFlyerFields) {
        ocr::FlyerField& field = fields.*named.member;
        if (!field.needsCheck()) continue;
        moved.append(moved.empty() ? "Read uncertainly, not filled in: " : "; ").append(named.name);
        moved.append(" \u201c").append(field.value).append("\u201d");
        field = ocr::FlyerField{};
    }
    return {std::move(fields), std::move(moved)};
}

}  // namespace

FlyerDraft makeFlyerDraft(const ocr::FlyerFields& read, UncertainFields uncertain) {
    auto [fields, moved] = uncertain == UncertainFields::MoveToNotes ? withoutUncertainValues(read) : std::pair{read, std::string()};
    FlyerDraft draft;
    if (fields.name.found) std::tie(draft.givenNames, draft.familyName) = splitPersonName(fields.name.value);
    if (fields.sex.found) draft.sex = fields.sex.value == "F" ? Sex::Female : fields.sex.value == "M" ? Sex::Male : Sex::Unknown;
    if (fields.dateOfBirth.found) draft.birthDate = fields.dateOfBirth.value;
    if (fields.dateMissing.found) draft.dateMissing = fields.dateMissing.value;
    if (draft.birthDate) {
        draft.birthYear = std::stoi(draft.birthDate->substr(0, 4));
    } else if (fields.birthYear) {
        draft.birthYear = fields.birthYear;
    } else if (fields.age.found && draft.dateMissing) {
        draft.birthYear = std::stoi(draft.dateMissing->substr(0, 4)) - std::stoi(fields.age.value);
        draft.birthYearIsEstimate = true;
    }
    draft.placeMissing = fields.placeMissing.value;
    draft.contact = fields.contact.value;
    draft.heightText = fields.heightText.value;
    draft.notes = fields.otherNotes;
    appendLine(draft.notes, moved);
    return draft;
}

db::CaseRecord toCaseRecord(const FlyerDraft& draft) {
    db::CaseRecord record{.caseNumber = draft.caseNumber, .givenNames = draft.givenNames, .familyName = draft.familyName,
                          .sex = draft.sex, .birthDate = draft.birthDate, .lastSeenDate = draft.dateMissing,
                          .lastSeenPlace = draft.placeMissing};
    std::string description;
    if (!draft.birthDate && draft.birthYear) {
        appendLine(description, std::string(draft.birthYearIsEstimate ? "Born about " : "Born in ") + std::to_string(*draft.birthYear));
    }
    if (!draft.heightText.empty()) appendLine(description, "Height: " + draft.heightText);
    appendLine(description, draft.notes);
    if (!draft.flyerFileName.empty()) appendLine(description, "From the missing-person flyer " + draft.flyerFileName);
    record.description = description;
    record.contact = draft.contact;
    return record;
}

db::CandidateRecord toCandidateRecord(const FlyerDraft& draft, const std::string& externalRef) {
    db::CandidateRecord record;
    record.source = db::CandidateSource::Flyer;
    record.externalRef = externalRef;
    record.givenNames = draft.givenNames;
    record.familyName = draft.familyName;
    record.sex = draft.sex;
    record.birthDate = draft.birthDate;
    record.birthYear = draft.birthDate ? std::optional<int>(std::stoi(draft.birthDate->substr(0, 4))) : draft.birthYear;
    record.birthYearIsEstimate = !draft.birthDate && draft.birthYearIsEstimate;
    record.region = draft.placeMissing;
    record.contact = draft.contact;
    std::string notes;
    if (draft.dateMissing) appendLine(notes, "Missing since " + *draft.dateMissing);
    if (!draft.heightText.empty()) appendLine(notes, "Height: " + draft.heightText);
    appendLine(notes, draft.notes);
    if (!draft.flyerFileName.empty()) appendLine(notes, "From the missing-person flyer " + draft.flyerFileName);
    record.notes = notes;
    return record;
}

std::string flyerExternalRef(const std::string& sha256) { return "flyer-" + sha256.substr(0, 16); }

}  // namespace reunite::workflows
