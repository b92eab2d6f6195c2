#pragma once
// Report models made in code for renderer tests (no database): a case with photos, a relative, a
// progression, one search run with `leads` leads, decisions and optionally a DNA section.
#include <string>

#include "report/CaseReportModel.h"
#include "report/PosterModel.h"

namespace reunite::test {

inline Image patternImage(int width, int height, int seed) {
    Image image = Image::blank(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = image.pixel(x, y);
            p[0] = static_cast<std::uint8_t>((x * 7 + seed * 31) % 256);
            p[1] = static_cast<std::uint8_t>((y * 5 + seed * 17) % 256);
            p[2] = static_cast<std::uint8_t>(((x / 8 + y / 8) % 2) * 200);
        }
    }
    return image;
}

inline std::string leadName(int rank) {
    std::string digits = std::to_string(rank);
    return "Lead" + std::string(3 - digits.size(), '0') + digits;
}

inline report::DnaSection syntheticDna() {
    report::DnaSection dna;
    dna.requests.push_back({"Lead002 Person", "analyst-a", "2025-01-01T12:00:00.000Z", "ears and chin alike", "open"});
    dna.samples.push_back({"S-1", "mother", "Mira Sample", "buccal_swab", "2025-01-03T09:00:00Z", "Demo city lab", "officer A",
                           {{"2025-01-03T09:00:00Z", "collected", "officer A", ""}, {"2025-01-03T10:00:00Z", "sealed", "officer A", "seal 123"}}});
    report::KinshipAnalysisEntry analysis;
    analysis.hypothesis = "both-parents";
    analysis.sampleColumns = {"S-2", "S-1", "S-3"};
    analysis.sampleColumnRoles = {"candidate", "mother", "father"};
    analysis.frequencyTable = "East Asian (norSTR format)";
    analysis.mutationModel = "stepwise";
    analysis.mutationRate = 0.002;
    analysis.loci = {{"D3S1358", {"15/16", "15/17", "16/18"}, 3.2, true}, {"vWA", {"14/17", "14/16", "17/18"}, 0.0021, false}};
    analysis.combinedIndex = 1.5e7;
    analysis.probability = 0.99999993;
    analysis.inconsistentLoci = 1;
    analysis.conclusionKey = "supported";
    analysis.rule = "SF/Z JD0105001-2016: supported when the combined index is at least 10,000";
    analysis.analyst = "supervisor-b";
    analysis.analysedAt = "2025-01-05T10:00:00Z";
    analysis.cumulativeExclusionPower = 0.9999999;
    dna.analyses.push_back(analysis);
    dna.outcome = "confirmed: reunited";
    return dna;
}

struct SyntheticCase {
    int leads = 30;
    bool photos = true;
    bool dna = false;
    report::ReportLanguage language = report::ReportLanguage::English;
};

inline report::CaseReportModel syntheticReport(const SyntheticCase& spec) {
    using namespace report;
    CaseReportModel m;
    m.language = spec.language;
    m.generatedAt = "2025-01-02T03:04:05Z";
    m.generatedBy = "analyst-a";
    m.caseInfo = {"CASE-7781", "Alex", "Sample", Sex::Female, std::string("1990-06-15"), std::string("1996-09-01"),
                  "火车站 main railway station", "Demo case, not a real child.", "small scar above the left eyebrow", "open",
                  "2025-01-01T10:00:00.000Z", "analyst-a", "2025-01-01T10:05:00.000Z", "analyst-a"};
    if (spec.photos) {
        ReportPhoto photo;
        photo.fileName = "childhood.png";
        photo.sha256 = std::string(64, 'a');
        photo.ageAtPhotoYears = 6;
        photo.provenance = "family album";
        photo.statusKey = "faces";
        photo.image = patternImage(240, 300, 1);
        photo.faces.push_back({60, 70, 100, 110, 1.2, {"possibly-child"}});
        m.photos.push_back(photo);
        m.relatives.push_back({"mother", "Mira", "Sample", Sex::Female, std::string("1964-02-20"), "lives in Demo city", {photo}});
        ReportProgression progression;
        progression.sourcePhoto = "childhood.png";
        progression.before = patternImage(160, 200, 2);
        progression.after = patternImage(160, 200, 3);
        progression.sourceAge = 6;
        progression.targetAge = 34;
        progression.modelId = "age-model";
        progression.modelVersion = 1;
        m.progressions.push_back(progression);
    }
    if (spec.leads >= 0) {
        ReportSearchRun run;
        run.runId = 3;
        run.runAt = "2025-01-01T11:00:00.000Z";
        run.runBy = "analyst-a";
        run.facesCompared = 1234;
        run.modelId = "face_recognition:3b2342962584";
        run.parameters = {{"top_k", std::to_string(spec.leads)}, {"sources", "all"}};
        run.ageInvariantProvenance = "reunite-cli build-cross-age-model on lag";
        for (int i = 1; i <= spec.leads; ++i) {
            ReportLead lead;
            lead.rank = i;
            lead.givenNames = leadName(i);
            lead.familyName = "Person";
            lead.sourceKey = "national_db";
            lead.externalRef = "R" + std::to_string(i);
            lead.region = "North";
            lead.birth = i == 2 ? "" : "1990";  // lead 2: no birth year, only the years its face looks
            if (i == 2) lead.estimatedBirth = BirthYearRange{1981, 1999};
            lead.score = 0.9 - i * 0.001;
            lead.fusedDistance = 0.4;
            lead.components = {{"photo", 0.5, 0.15}, {"age_invariant", 0.38, 0.85}};
            lead.chip = patternImage(48, 48, i);
            run.leads.push_back(lead);
        }
        m.searchRuns.push_back(run);
        if (spec.leads >= 2) {
            m.decisions.push_back({"2025-01-01T12:00:00.000Z", "analyst-a", 5, "Lead002 Person", "R2", "dna_requested", 3,
                                   "The ears and chin match the childhood photo; 请母亲提供DNA样本."});
        }
    }
    if (spec.dna) m.dna = syntheticDna();
    m.method.figures.push_back({"Cross-age identification", {"method", "rank-1", "rank-30"}, {{"fused", "48.8 %", "86.2 %"}}, "docs/benchmarks.md"});
    return m;
}

inline report::PosterModel syntheticPoster(report::ReportLanguage language) {
    report::PosterModel p;
    p.language = language;
    p.generatedAt = "2025-01-02T03:04:05Z";
    p.caseInfo.caseNumber = "CASE-7781";
    p.caseInfo.givenNames = "Alex";
    p.caseInfo.familyName = "Sample";
    p.caseInfo.birthDate = "1990-06-15";
    p.caseInfo.lastSeenDate = "1996-09-01";
    p.caseInfo.lastSeenPlace = "Demo city, main railway station";
    p.caseInfo.distinguishingMarks = "small scar above the left eyebrow";
    p.caseInfo.description = "Demo case, not a real child.";
    p.childhoodPhoto = patternImage(240, 300, 1);
    p.childhoodAge = 6;
    p.progressed = report::PosterProgression{patternImage(240, 300, 4), 34, 6, "age-model"};
    p.contact = "Demo police hotline 110";
    return p;
}

}  // namespace reunite::test
