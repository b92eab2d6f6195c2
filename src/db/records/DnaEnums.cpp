#include "db/records/DnaEnums.h"

#include "db/records/EnumTextTable.h"

namespace reunite::db {

namespace {

constexpr TextTable<DnaRequestStatus, 6> kRequestStatusTexts{{{DnaRequestStatus::Requested, "requested"},
                                                              {DnaRequestStatus::InProgress, "in_progress"},
                                                              {DnaRequestStatus::Analysed, "analysed"},
                                                              {DnaRequestStatus::MoreLociRequested, "more_loci_requested"},
                                                              {DnaRequestStatus::Confirmed, "confirmed"},
                                                              {DnaRequestStatus::Excluded, "excluded"}}};
constexpr TextTable<DonorRole, 6> kDonorRoleTexts{{{DonorRole::Candidate, "candidate"},
                                                   {DonorRole::Mother, "mother"},
                                                   {DonorRole::Father, "father"},
                                                   {DonorRole::FullSibling, "full_sibling"},
                                                   {DonorRole::HalfSibling, "half_sibling"},
                                                   {DonorRole::OtherRelative, "other_relative"}}};
constexpr TextTable<SampleType, 5> kSampleTypeTexts{{{SampleType::BuccalSwab, "buccal_swab"},
                                                     {SampleType::BloodCard, "blood_card"},
                                                     {SampleType::Blood, "blood"},
                                                     {SampleType::Hair, "hair"},
                                                     {SampleType::Other, "other"}}};
constexpr TextTable<CustodyEventKind, 5> kCustodyTexts{{{CustodyEventKind::Collected, "collected"},
                                                        {CustodyEventKind::Sealed, "sealed"},
                                                        {CustodyEventKind::Sent, "sent"},
                                                        {CustodyEventKind::ReceivedByLab, "received_by_lab"},
                                                        {CustodyEventKind::Analysed, "analysed"}}};
constexpr TextTable<DnaOutcome, 3> kOutcomeTexts{{{DnaOutcome::Confirmed, "confirmed"},
                                                  {DnaOutcome::Excluded, "excluded"},
                                                  {DnaOutcome::MoreLociRequested, "more_loci_requested"}}};

}  // namespace

std::string_view toDatabaseText(DnaRequestStatus value) { return textOf(kRequestStatusTexts, value); }
std::string_view toDatabaseText(DonorRole value) { return textOf(kDonorRoleTexts, value); }
std::string_view toDatabaseText(SampleType value) { return textOf(kSampleTypeTexts, value); }
std::string_view toDatabaseText(CustodyEventKind value) { return textOf(kCustodyTexts, value); }
std::string_view toDatabaseText(DnaOutcome value) { return textOf(kOutcomeTexts, value); }

void fromDatabaseText(std::string_view text, DnaRequestStatus& value) { value = valueOr(kRequestStatusTexts, text, DnaRequestStatus::Requested); }
void fromDatabaseText(std::string_view text, DonorRole& value) { value = valueOr(kDonorRoleTexts, text, DonorRole::OtherRelative); }
void fromDatabaseText(std::string_view text, SampleType& value) { value = valueOr(kSampleTypeTexts, text, SampleType::Other); }
void fromDatabaseText(std::string_view text, CustodyEventKind& value) { value = valueOr(kCustodyTexts, text, CustodyEventKind::Collected); }
void fromDatabaseText(std::string_view text, DnaOutcome& value) { value = valueOr(kOutcomeTexts, text, DnaOutcome::MoreLociRequested); }

std::optional<DnaRequestStatus> parseDnaRequestStatus(std::string_view text) { return valueOf(kRequestStatusTexts, text); }
std::optional<DonorRole> parseDonorRole(std::string_view text) { return valueOf(kDonorRoleTexts, text); }
std::optional<SampleType> parseSampleType(std::string_view text) { return valueOf(kSampleTypeTexts, text); }
std::optional<CustodyEventKind> parseCustodyEventKind(std::string_view text) { return valueOf(kCustodyTexts, text); }
std::optional<DnaOutcome> parseDnaOutcome(std::string_view text) { return valueOf(kOutcomeTexts, text); }

bool isFinal(DnaRequestStatus status) { return status == DnaRequestStatus::Confirmed || status == DnaRequestStatus::Excluded; }

}  // namespace reunite::db
