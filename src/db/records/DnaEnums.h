#pragma once
// Enumerations of the DNA-confirmation records, stored as short text values, with conversions.
// Guarantees: toDatabaseText() returns the exact text the schema's CHECK constraints accept (the
// migration of version 2); the parse functions return std::nullopt for any other text. Never throw.
// Thread safety: pure functions, safe from any thread.
#include <optional>
#include <string_view>

namespace reunite::db {

// Life of a DNA request: requested -> in_progress (a sample registered or a profile imported) ->
// analysed -> confirmed | excluded (final) | more_loci_requested (work goes on).
enum class DnaRequestStatus { Requested, InProgress, Analysed, MoreLociRequested, Confirmed, Excluded };
// Whose sample: the candidate found, or a relative of the missing child.
enum class DonorRole { Candidate, Mother, Father, FullSibling, HalfSibling, OtherRelative };
enum class SampleType { BuccalSwab, BloodCard, Blood, Hair, Other };
enum class CustodyEventKind { Collected, Sealed, Sent, ReceivedByLab, Analysed };
enum class DnaOutcome { Confirmed, Excluded, MoreLociRequested };

std::string_view toDatabaseText(DnaRequestStatus value);  // "requested", "in_progress", "analysed", "more_loci_requested", "confirmed", "excluded"
std::string_view toDatabaseText(DonorRole value);         // "candidate", "mother", "father", "full_sibling", "half_sibling", "other_relative"
std::string_view toDatabaseText(SampleType value);        // "buccal_swab", "blood_card", "blood", "hair", "other"
std::string_view toDatabaseText(CustodyEventKind value);  // "collected", "sealed", "sent", "received_by_lab", "analysed"
std::string_view toDatabaseText(DnaOutcome value);        // "confirmed", "excluded", "more_loci_requested"

std::optional<DnaRequestStatus> parseDnaRequestStatus(std::string_view text);
std::optional<DonorRole> parseDonorRole(std::string_view text);
std::optional<SampleType> parseSampleType(std::string_view text);
std::optional<CustodyEventKind> parseCustodyEventKind(std::string_view text);
std::optional<DnaOutcome> parseDnaOutcome(std::string_view text);

// Sets `value` to the enum stored as `text`; unknown text reads as the safe value named in
// DnaEnums.cpp (another relative, sample type Other, ...).
void fromDatabaseText(std::string_view text, DnaRequestStatus& value);
void fromDatabaseText(std::string_view text, DonorRole& value);
void fromDatabaseText(std::string_view text, SampleType& value);
void fromDatabaseText(std::string_view text, CustodyEventKind& value);
void fromDatabaseText(std::string_view text, DnaOutcome& value);

// A request that is confirmed or excluded takes no more samples, profiles, analyses or outcomes.
bool isFinal(DnaRequestStatus status);

}  // namespace reunite::db
