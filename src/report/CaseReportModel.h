#pragma once
// CaseReportModel: everything a case report shows, as plain values filled by the application
// layer (workflows/report/CaseReportBuilder). The renderers (PDF today; HTML or a signed export
// later) read only this model: no database, no SQL, no engine.
// Conventions:
// - Dates "YYYY-MM-DD"; times ISO 8601 as stored ("2024-05-01T12:34:56.789Z").
// - Fields called `...Key` hold the stored vocabulary (case status "open|found|closed", relation
//   "mother|father|sibling|other", decision "rejected|kept|dna_requested", candidate source
//   "national_db|self_registered|flyer|tip_off", quality warnings "small-face|blurred|...", DNA
//   conclusion "supported|excluded|inconclusive"); the renderer translates the keys it knows and
//   prints any other key as given.
// - Images are core Images (RGB); face boxes are in the pixels of the Image they belong to.
// - Optional parts (photos, relatives, progressions, runs, decisions, DNA, audit head) may be
//   empty: the report then says so in its language.
// Thread safety: plain value types.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/image/Image.h"
#include "domain/BirthYearRange.h"
#include "domain/Sex.h"
#include "report/CaseSummary.h"
#include "report/ReportLanguage.h"

namespace reunite::report {

// A labelled value whose label is a key the renderer may translate (e.g. "top_k", "sources").
struct ReportField {
    std::string key;
    std::string value;
};

struct ReportFaceBox {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double detectionScore = 0;
    std::vector<std::string> qualityWarningKeys;  // "small-face", "blurred", "turned-away", ...
};

struct ReportPhoto {
    std::string fileName;  // the name it was imported under
    std::string sha256;    // of the stored file
    std::optional<std::string> captureDate;
    std::optional<double> ageAtPhotoYears;
    std::string provenance;
    std::string statusKey;  // "faces", "no_face", "error", "pending"
    Image image;            // possibly reduced for print; empty when unreadable (see problem)
    std::vector<ReportFaceBox> faces;
    std::string problem;  // why the image is missing, when it is
};

struct ReportRelative {
    std::string relationKey;
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;
    std::string notes;
    std::vector<ReportPhoto> photos;
};

// An age-progressed image: an investigative aid, never a photograph. The renderer marks it.
struct ReportProgression {
    std::string sourcePhoto;  // file name of the childhood photo it was made from
    Image before;             // the face region of the childhood photo
    Image after;              // the same region, progressed (unmarked)
    double sourceAge = 0;
    double targetAge = 0;
    Sex sex = Sex::Unknown;
    std::string modelId;
    int modelVersion = 0;
    bool parentUsed = false;
    double parentWeight = 0;
    bool ageOutsideModel = false;  // an age lay outside the model's data (modelYoungest..modelOldest)
    double modelYoungest = 0;
    double modelOldest = 0;
    bool meshFolded = false;
};

struct ReportScoreComponent {
    std::string kind;  // "photo", "age_invariant", "progressed", ...
    double distance = 0;
    double weight = 0;
};

// A lead's likelihood ratios as the search stored them (log10; see workflows/search/LeadEvidence.h).
struct ReportRelativeLikelihood {
    std::string relationKey;  // "father", "mother", "full_sibling", "half_sibling"
    double log10 = 0;
    bool counted = false;
};

struct ReportLikelihood {
    std::optional<double> identityLog10;
    std::optional<double> kinshipLog10;
    double combinedLog10 = 0;
    std::string strengthKey;  // verbalStrengthKey
    std::string supports;     // "candidate", "alternative" or "neither"
    std::vector<ReportRelativeLikelihood> relatives;
    std::size_t sameAsRelative = 0;  // relatives taken to be the candidate, not counted
};

struct ReportLead {
    int rank = 0;
    std::int64_t candidateId = 0;
    std::string givenNames;
    std::string familyName;
    std::string sourceKey;
    std::string externalRef;
    std::string region;
    bool fromGroupPhoto = false;  // an unnamed face of a group photo (no name of its own)
    Sex sex = Sex::Unknown;
    std::string birth;  // "1990-06-15", "1990", "~1990" or empty
    BirthYearRange estimatedBirth;  // the birth years the face looks; shown when `birth` is empty
    double score = 0;
    std::optional<double> fusedDistance;
    std::vector<ReportScoreComponent> components;
    std::optional<ReportLikelihood> likelihood;  // absent: the search gave no likelihood ratio
    Image chip;  // aligned face chip of the best-matching face; empty when unavailable
    std::optional<std::string> currentDecisionKey;
};

struct ReportSearchRun {
    std::int64_t runId = 0;
    std::string runAt;
    std::string runBy;
    std::int64_t facesCompared = 0;
    std::string modelId;       // "face_recognition:<sha256 prefix>"
    std::string modelVersion;
    std::int64_t durationMs = 0;
    std::vector<ReportField> parameters;  // filters, weights, gallery size and sources, ...
    std::string ageInvariantProvenance;   // empty: the run did not use the age-invariant space
    bool provenanceFromRun = true;        // false: taken from the transform installed now
    std::vector<std::string> notes;
    std::vector<ReportLead> leads;  // rank order
};

struct ReportDecision {
    std::string decidedAt;
    std::string decidedBy;
    std::int64_t candidateId = 0;
    std::string candidateName;
    std::string candidateRef;
    std::string decisionKey;
    std::optional<std::int64_t> searchRunId;
    std::string note;
};

// DNA confirmation (issue 11), generic so that any kinship library can fill it.
struct DnaRequestEntry {
    std::string candidate;
    std::string requestedBy;
    std::string requestedAt;
    std::string reason;
    std::string statusKey;
};

struct CustodyEvent {
    std::string at;
    std::string eventKey;  // "collected", "sealed", "sent", "received_by_lab", "analysed"
    std::string person;
    std::string note;
};

struct DnaSampleEntry {
    std::string sampleId;
    std::string whoseKey;  // "candidate", "mother", "father", "full_sibling", ...
    std::string person;    // name of whose sample it is
    std::string typeKey;   // "buccal_swab", "blood_card", ...
    std::string collectedAt;
    std::string collectedWhere;
    std::string collectedBy;
    std::vector<CustodyEvent> custody;
};

struct DnaLocusRow {
    std::string marker;
    std::vector<std::string> genotypes;  // one per column of KinshipAnalysisEntry::sampleColumns
    double likelihoodRatio = 1;
    bool consistent = true;
};

struct KinshipAnalysisEntry {
    std::string hypothesis;  // "both-parents", "duo", "trio", "full-sibling", ...
    std::vector<std::string> sampleColumns;  // e.g. "candidate S-1", "mother S-2"; or "S-1", "S-2" with roles below
    std::vector<std::string> sampleColumnRoles;  // empty, or per column a DnaWhose key ("candidate", "mother", ...)
                                                 // that the renderer translates and puts before the column
    std::string frequencyTable;
    double theta = 0;
    std::string mutationModel;
    double mutationRate = 0;
    std::vector<DnaLocusRow> loci;
    double combinedIndex = 1;
    double probability = 0;
    double prior = 0.5;
    int inconsistentLoci = 0;
    std::optional<double> cumulativeExclusionPower;
    std::string conclusionKey;  // "supported", "excluded", "inconclusive"
    std::string rule;           // the conclusion rule as applied, in words
    std::string analyst;
    std::string analysedAt;
};

struct DnaSection {
    std::vector<DnaRequestEntry> requests;
    std::vector<DnaSampleEntry> samples;
    std::vector<KinshipAnalysisEntry> analyses;
    std::string outcome;  // the case outcome recorded, if any
};

// The measured error rates the appendix prints (figures from docs/benchmarks.md).
struct MethodFigureTable {
    std::string title;
    std::vector<std::string> columns;  // first column is the row label
    std::vector<std::vector<std::string>> rows;
    std::string source;  // where the figures come from and how to rebuild them
};

struct ReportMethod {
    std::vector<MethodFigureTable> figures;
    std::vector<std::string> notes;  // further measured facts, printed as given
};

struct CaseReportModel {
    ReportLanguage language = ReportLanguage::English;
    std::string generatedAt;   // ISO 8601; printed and used as the PDF's dates
    std::string generatedBy;
    std::string classification;  // empty: the default marking of the language
    std::optional<std::string> auditChainHead;
    CaseSummary caseInfo;
    std::vector<ReportPhoto> photos;
    std::vector<ReportRelative> relatives;
    std::vector<ReportProgression> progressions;
    std::vector<std::string> progressionNotes;  // why progressions are missing, if they are
    std::vector<ReportSearchRun> searchRuns;     // newest first
    int leadsLeftOut = 0;                         // leads outside the top ones asked for, not printed
    std::vector<ReportDecision> decisions;       // oldest first
    std::optional<DnaSection> dna;
    ReportMethod method;
};

}  // namespace reunite::report
