#pragma once
// ReportTexts: the fixed texts of reports and posters in English and Simplified Chinese (one small
// table in ReportTexts.cpp), and the translation of stored vocabulary keys (case status, relation,
// decision, ...). Placeholders %1, %2, ... are filled by fill().
// Guarantees: every TextId has a text in every language (tested); an unknown vocabulary key is
// returned as given, so nothing stored is ever hidden.
// Thread safety: pure functions over constant tables.
#include <initializer_list>
#include <string>
#include <string_view>

#include "domain/Sex.h"
#include "report/ReportLanguage.h"

namespace reunite::report {

enum class TextId {
    // running header and footer
    DefaultClassification, HeaderCase, PageOfPages,
    // cover
    ReportTitle, ReportSubtitle, CaseNumber, ChildName, Sex, BirthDate, MissingSince, LastSeenPlace, Status,
    Description, DistinguishingMarks, CaseContact, CaseOpened, CaseUpdated, ByUser, LeadStatement, Contents, GeneratedAt,
    GeneratedBy, Language, ContentDigest, ContentDigestExplained, AuditChainHead, AuditNotRecorded,
    NotRecorded,
    // photos
    PhotosSection, NoPhotos, FileName, CaptureDate, AgeAtPhoto, Provenance, PhotoStatus, FacesFound, FaceLine,
    None, ImageUnavailable, YearsValue,
    // relatives
    RelativesSection, NoRelatives, Notes, NoRelativePhotos,
    // progressions
    ProgressionsSection, NoProgressions, ProgressedMark, ProgressedFace, SourceAge, TargetAge,
    AgeModel, ParentBlended, ChildhoodFaceAge, WarningAgeOutsideModel, WarningMeshFolded,
    // search runs
    SearchSection, NoSearches, RunTitle, RunAt, RunBy, FacesCompared, EmbeddingModel, Duration,
    AgeInvariantProvenance, ProvenanceInstalledNow, NotUsed, RunNotes, LeadsOfRun, NoLeads, Rank, Face,
    Candidate, UnnamedGroupFace, SourceAndRef, Born, BornValue, BornFromFace, Score, Breakdown, Decision, FusedDistance, Yes, No, All, Any,
    LrForCandidate, LrAgainstCandidate, LrNeither, LrIdentity, LrKinship, LrRelative, LrRelativeNotCounted, LrSameAsRelative, LrCaveat,
    StrengthWeak, StrengthModerate, StrengthModeratelyStrong, StrengthStrong, StrengthVeryStrong, StrengthExtremelyStrong,
    // decisions
    DecisionsSection, NoDecisions, DecidedAt, DecidedBy, Run, Note,
    // DNA
    DnaSection, NoDna, DnaRequests, NoDnaRequests, RequestedBy, Reason, DnaSamples, NoDnaSamples, SampleId,
    Whose, SampleType, Collected, CollectedNoPlace, Custody, CustodyWhen, CustodyEvent, CustodyPerson, DnaAnalyses, NoDnaAnalyses, FrequencyTable, Theta,
    MutationModel, Marker, LikelihoodRatio, Consistent, Inconsistent, CombinedIndex, Probability, Prior,
    InconsistentLoci, ExclusionPower, Conclusion, Rule, Analyst, Outcome,
    // method appendix
    MethodSection, MethodSearch, MethodScores, MethodProgression, MethodFigures, Source,
    // poster
    PosterHeadline, PosterChildhoodPhoto, PosterChildhoodPhotoAge, PosterProgressed, PosterAgeNow, PosterAgeNowValue, PosterContact, PosterDefaultContact,
    PosterScan, PosterCaseReference, PosterNoPhoto,
    Count
};

// The text of `id` in `language`, straight from the constant table (a std::string because callers
// join texts and values into new strings).
std::string text(TextId id, ReportLanguage language);

// Replaces %1, %2, ... in `pattern` by the arguments, in order.
std::string fill(std::string_view pattern, std::initializer_list<std::string> arguments);

// Stored vocabulary, translated where known; the keys are the database's stored texts.
enum class Vocabulary {
    CaseStatus, Relation, Decision, CandidateSource, QualityWarning, PhotoStatus, ScoreKind, SearchParameter,
    DnaConclusion, DnaWhose, DnaEvent, DnaSampleType, DnaHypothesis, DnaRequestStatus
};
std::string translateKey(Vocabulary vocabulary, std::string_view key, ReportLanguage language);
std::string sexText(Sex sex, ReportLanguage language);

}  // namespace reunite::report
