#include "db/records/RecordEnums.h"

#include "db/records/EnumTextTable.h"

namespace reunite::db {

namespace {

constexpr TextTable<Sex, 3> kSexTexts{{{Sex::Female, "F"}, {Sex::Male, "M"}, {Sex::Unknown, "U"}}};
constexpr TextTable<CaseStatus, 3> kCaseStatusTexts{
    {{CaseStatus::Open, "open"}, {CaseStatus::Found, "found"}, {CaseStatus::Closed, "closed"}}};
constexpr TextTable<Relation, 4> kRelationTexts{{{Relation::Mother, "mother"},
                                                 {Relation::Father, "father"},
                                                 {Relation::Sibling, "sibling"},
                                                 {Relation::Other, "other"}}};
constexpr TextTable<CandidateSource, 4> kCandidateSourceTexts{{{CandidateSource::NationalDatabase, "national_db"},
                                                               {CandidateSource::SelfRegistered, "self_registered"},
                                                               {CandidateSource::Flyer, "flyer"},
                                                               {CandidateSource::TipOff, "tip_off"}}};
constexpr TextTable<PhotoStatus, 4> kPhotoStatusTexts{{{PhotoStatus::Pending, "pending"},
                                                       {PhotoStatus::Faces, "faces"},
                                                       {PhotoStatus::NoFace, "no_face"},
                                                       {PhotoStatus::Error, "error"}}};
constexpr TextTable<ReviewDecision, 3> kReviewDecisionTexts{{{ReviewDecision::Rejected, "rejected"},
                                                             {ReviewDecision::Kept, "kept"},
                                                             {ReviewDecision::DnaRequested, "dna_requested"}}};
constexpr TextTable<ImportRunStatus, 4> kImportRunStatusTexts{{{ImportRunStatus::Running, "running"},
                                                               {ImportRunStatus::Finished, "finished"},
                                                               {ImportRunStatus::Cancelled, "cancelled"},
                                                               {ImportRunStatus::Failed, "failed"}}};

}  // namespace

std::string_view toDatabaseText(Sex value) { return textOf(kSexTexts, value); }
std::string_view toDatabaseText(Role value) { return roleName(value); }
std::string_view toDatabaseText(CaseStatus value) { return textOf(kCaseStatusTexts, value); }
std::string_view toDatabaseText(Relation value) { return textOf(kRelationTexts, value); }
std::string_view toDatabaseText(CandidateSource value) { return textOf(kCandidateSourceTexts, value); }
std::string_view toDatabaseText(PhotoStatus value) { return textOf(kPhotoStatusTexts, value); }
std::string_view toDatabaseText(ReviewDecision value) { return textOf(kReviewDecisionTexts, value); }
std::string_view toDatabaseText(ImportRunStatus value) { return textOf(kImportRunStatusTexts, value); }

void fromDatabaseText(std::string_view text, Sex& value) { value = valueOr(kSexTexts, text, Sex::Unknown); }
// An unknown role reads as the one with the fewest rights.
void fromDatabaseText(std::string_view text, Role& value) { value = parseRole(text).value_or(Role::Volunteer); }
void fromDatabaseText(std::string_view text, CaseStatus& value) { value = valueOr(kCaseStatusTexts, text, CaseStatus::Open); }
void fromDatabaseText(std::string_view text, Relation& value) { value = valueOr(kRelationTexts, text, Relation::Other); }
void fromDatabaseText(std::string_view text, CandidateSource& value) { value = valueOr(kCandidateSourceTexts, text, CandidateSource::NationalDatabase); }
void fromDatabaseText(std::string_view text, PhotoStatus& value) { value = valueOr(kPhotoStatusTexts, text, PhotoStatus::Error); }
void fromDatabaseText(std::string_view text, ReviewDecision& value) { value = valueOr(kReviewDecisionTexts, text, ReviewDecision::Kept); }
void fromDatabaseText(std::string_view text, ImportRunStatus& value) { value = valueOr(kImportRunStatusTexts, text, ImportRunStatus::Failed); }

std::optional<CaseStatus> parseCaseStatus(std::string_view text) { return valueOf(kCaseStatusTexts, text); }
std::optional<Relation> parseRelation(std::string_view text) { return valueOf(kRelationTexts, text); }
std::optional<CandidateSource> parseCandidateSource(std::string_view text) {
    return valueOf(kCandidateSourceTexts, text);
}
std::optional<PhotoStatus> parsePhotoStatus(std::string_view text) { return valueOf(kPhotoStatusTexts, text); }
std::optional<ReviewDecision> parseReviewDecision(std::string_view text) {
    return valueOf(kReviewDecisionTexts, text);
}
std::optional<ImportRunStatus> parseImportRunStatus(std::string_view text) {
    return valueOf(kImportRunStatusTexts, text);
}

}  // namespace reunite::db
