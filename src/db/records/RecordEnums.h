#pragma once
// Enumerations stored as short text values in the database, with their conversions.
// Guarantees: toDatabaseText() returns the exact text the schema's CHECK constraints accept;
// the parse functions return std::nullopt for any other text. Never throw.
// Thread safety: pure functions, safe from any thread.
#include <optional>
#include <string_view>

#include "domain/AccountRole.h"
#include "domain/Sex.h"

namespace reunite::db {

enum class CaseStatus { Open, Found, Closed };
enum class Relation { Mother, Father, Sibling, Other };
enum class CandidateSource { NationalDatabase, SelfRegistered, Flyer, TipOff };
enum class PhotoStatus { Pending, Faces, NoFace, Error };
enum class ReviewDecision { Rejected, Kept, DnaRequested };
enum class ImportRunStatus { Running, Finished, Cancelled, Failed };

std::string_view toDatabaseText(Sex value);            // "F", "M", "U" (the one Sex of domain/Sex.h)
std::string_view toDatabaseText(Role value);           // roleName(): "volunteer", "analyst", "supervisor"
std::string_view toDatabaseText(CaseStatus value);     // "open", "found", "closed"
std::string_view toDatabaseText(Relation value);       // "mother", "father", "sibling", "other"
std::string_view toDatabaseText(CandidateSource value);  // "national_db", "self_registered", "flyer", "tip_off"
std::string_view toDatabaseText(PhotoStatus value);    // "pending", "faces", "no_face", "error"
std::string_view toDatabaseText(ReviewDecision value);  // "rejected", "kept", "dna_requested"
std::string_view toDatabaseText(ImportRunStatus value);  // "running", "finished", "cancelled", "failed"

std::optional<CaseStatus> parseCaseStatus(std::string_view text);
std::optional<Relation> parseRelation(std::string_view text);
std::optional<CandidateSource> parseCandidateSource(std::string_view text);
std::optional<PhotoStatus> parsePhotoStatus(std::string_view text);
std::optional<ReviewDecision> parseReviewDecision(std::string_view text);
std::optional<ImportRunStatus> parseImportRunStatus(std::string_view text);

// Sets `value` to the enum stored as `text`; text this program does not know reads as the safe
// value named in RecordEnums.cpp (Unknown sex, a Failed import, an Error photo, ...). Used by the
// record tables' generic column readers.
void fromDatabaseText(std::string_view text, Sex& value);
void fromDatabaseText(std::string_view text, Role& value);
void fromDatabaseText(std::string_view text, CaseStatus& value);
void fromDatabaseText(std::string_view text, Relation& value);
void fromDatabaseText(std::string_view text, CandidateSource& value);
void fromDatabaseText(std::string_view text, PhotoStatus& value);
void fromDatabaseText(std::string_view text, ReviewDecision& value);
void fromDatabaseText(std::string_view text, ImportRunStatus& value);

}  // namespace reunite::db
