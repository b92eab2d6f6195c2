#include "report/CaseReportSections.h"

#include <algorithm>
#include <cmath>

#include "domain/LikelihoodRatioText.h"
#include "domain/PersonName.h"
#include "report/ReportFormat.h"
#include "report/ReportTexts.h"

namespace reunite::report {
namespace {

constexpr double kLabelWidth = 150;
constexpr double kLeadChip = 40;
constexpr double kPhotoHeight = 150;
constexpr double kConclusionHeight = 40;  // the conclusion box, kept with the figures above it

TextStyle mutedStyle(double size = 9) {
    TextStyle style;
    style.size = size;
    style.color = palette::kMuted;
    return style;
}

TextStyle cellStyle(double size = 8, bool bold = false) {
    TextStyle style;
    style.size = size;
    style.bold = bold;
    return style;
}

TableCell textCell(std::string value, TextStyle style = cellStyle()) {
    TableCell cell;
    cell.text = std::move(value);
    cell.style = style;
    return cell;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string warningsText(const std::vector<std::string>& keys, ReportLanguage language) {
    std::vector<std::string> names;
    for (const std::string& key : keys) names.push_back(translateKey(Vocabulary::QualityWarning, key, language));
    return names.empty() ? text(TextId::None, language) : joined(names, ", ");
}

// The photos of one owner: the images with their face boxes, then one line of facts per photo.
void writePhotos(FlowWriter& writer, const std::vector<ReportPhoto>& photos, ReportLanguage language) {
    std::vector<CaptionedImage> images;
    for (std::size_t i = 0; i < photos.size(); ++i) {
        CaptionedImage image;
        image.image = &photos[i].image;
        image.caption = std::to_string(i + 1) + ". " + photos[i].fileName;
        for (const ReportFaceBox& face : photos[i].faces) image.boxes.push_back({face.x, face.y, face.width, face.height});
        images.push_back(std::move(image));
    }
    // The first row of photos stays on the page of the first photo's facts (about 15 points a line).
    if (!photos.empty()) writer.flow().keep(kPhotoHeight + 24 + static_cast<double>(7 + photos.front().faces.size()) * 15);
    writer.imageRow(images, writer.width() / 3, kPhotoHeight);
    for (std::size_t i = 0; i < photos.size(); ++i) {
        const ReportPhoto& photo = photos[i];
        std::vector<std::pair<std::string, std::string>> rows{
            {std::to_string(i + 1) + ". " + text(TextId::FileName, language), photo.fileName},
            {"SHA-256", photo.sha256},
            {text(TextId::CaptureDate, language), displayDate(photo.captureDate, language)},
            {text(TextId::AgeAtPhoto, language),
             photo.ageAtPhotoYears ? fill(text(TextId::YearsValue, language), {formatAge(*photo.ageAtPhotoYears)})
                                   : text(TextId::NotRecorded, language)},
            {text(TextId::Provenance, language), photo.provenance.empty() ? text(TextId::NotRecorded, language) : photo.provenance},
            {text(TextId::PhotoStatus, language),
             translateKey(Vocabulary::PhotoStatus, photo.statusKey, language) + " · " +
                 fill(text(TextId::FacesFound, language), {std::to_string(photo.faces.size())})},
        };
        for (std::size_t f = 0; f < photo.faces.size(); ++f) {
            rows.emplace_back("", fill(text(TextId::FaceLine, language),
                                       {std::to_string(f + 1), formatFixed(photo.faces[f].detectionScore, 2),
                                        warningsText(photo.faces[f].qualityWarningKeys, language)}));
        }
        if (!photo.problem.empty()) rows.emplace_back("", fill(text(TextId::ImageUnavailable, language), {photo.problem}));
        writer.fields(rows, kLabelWidth);
    }
}

// Parameter values that are words rather than data ("all", "any", "yes", "no").
std::string parameterValue(const std::string& value, ReportLanguage language) {
    if (value == "all") return text(TextId::All, language);
    if (value == "any") return text(TextId::Any, language);
    if (value == "yes" || value == "true") return text(TextId::Yes, language);
    if (value == "no" || value == "false") return text(TextId::No, language);
    return value;
}

std::string strengthText(const std::string& key, ReportLanguage language) {
    static const std::vector<std::pair<std::string, TextId>> strengths{
        {"weak", TextId::StrengthWeak}, {"moderate", TextId::StrengthModerate},
        {"moderately_strong", TextId::StrengthModeratelyStrong}, {"strong", TextId::StrengthStrong},
        {"very_strong", TextId::StrengthVeryStrong}, {"extremely_strong", TextId::StrengthExtremelyStrong}};
    for (const auto& [k, id] : strengths)
        if (k == key) return text(id, language);
    return key;
}

std::vector<std::string> likelihoodLines(const ReportLikelihood& l, ReportLanguage language) {
    const std::string lr = likelihoodRatioText(l.combinedLog10);
    std::vector<std::string> lines;
    if (l.supports == "candidate") {
        lines.push_back(fill(text(TextId::LrForCandidate, language), {lr, strengthText(l.strengthKey, language)}));
    } else if (l.supports == "alternative") {
        lines.push_back(fill(text(TextId::LrAgainstCandidate, language), {lr, strengthText(l.strengthKey, language)}));
    } else {
        lines.push_back(fill(text(TextId::LrNeither, language), {lr}));
    }
    if (l.identityLog10 && l.kinshipLog10) lines.push_back(fill(text(TextId::LrIdentity, language), {likelihoodRatioText(*l.identityLog10)}));
    if (l.kinshipLog10) lines.push_back(fill(text(TextId::LrKinship, language), {likelihoodRatioText(*l.kinshipLog10)}));
    for (const ReportRelativeLikelihood& r : l.relatives) {
        std::string line = fill(text(TextId::LrRelative, language),
                                {translateKey(Vocabulary::DnaWhose, r.relationKey, language), likelihoodRatioText(r.log10)});
        if (!r.counted) line += " " + text(TextId::LrRelativeNotCounted, language);
        lines.push_back("· " + line);
    }
    if (l.sameAsRelative > 0) lines.push_back("· " + fill(text(TextId::LrSameAsRelative, language), {std::to_string(l.sameAsRelative)}));
    return lines;
}

std::string leadBreakdown(const ReportLead& lead, ReportLanguage language) {
    std::vector<std::string> lines;
    if (lead.fusedDistance) lines.push_back(fill(text(TextId::FusedDistance, language), {formatFixed(*lead.fusedDistance, 3)}));
    for (const ReportScoreComponent& c : lead.components) {
        lines.push_back(translateKey(Vocabulary::ScoreKind, c.kind, language) + " " + formatFixed(c.distance, 3) + " × " +
                        formatFixed(c.weight, 2));
    }
    if (lead.likelihood) {
        for (std::string& line : likelihoodLines(*lead.likelihood, language)) lines.push_back(std::move(line));
    }
    return joined(lines, "\n");
}

// "born 1990", or the birth years the face looks when none is known, or nothing.
std::string bornText(const ReportLead& lead, ReportLanguage language) {
    if (!lead.birth.empty()) return fill(text(TextId::BornValue, language), {lead.birth});
    if (!lead.estimatedBirth.known()) return "";
    return fill(text(TextId::BornFromFace, language),
                {std::to_string(lead.estimatedBirth.fromYear), std::to_string(lead.estimatedBirth.toYear)});
}

std::vector<TableCell> leadRow(const ReportLead& lead, ReportLanguage language) {
    TableCell face;
    face.image = &lead.chip;
    face.imageSize = kLeadChip;
    std::string person = personDisplayName(lead.givenNames, lead.familyName);
    if (person.empty() && lead.fromGroupPhoto) person = text(TextId::UnnamedGroupFace, language);
    const std::string details = joined({lead.sex == Sex::Unknown ? "" : sexText(lead.sex, language), bornText(lead, language)}, " · ");
    TableCell decision = textCell(lead.currentDecisionKey ? translateKey(Vocabulary::Decision, *lead.currentDecisionKey, language) : "–");
    if (lead.currentDecisionKey && *lead.currentDecisionKey == "dna_requested") decision.background = palette::kWarnShade;
    return {textCell(std::to_string(lead.rank), cellStyle(8, true)),
            face,
            textCell(details.empty() ? person : person + "\n" + details),
            textCell(joined({translateKey(Vocabulary::CandidateSource, lead.sourceKey, language), lead.externalRef, lead.region}, "\n")),
            textCell(formatFixed(lead.score, 3), cellStyle(8, true)),
            textCell(leadBreakdown(lead, language), cellStyle(7.5)),
            decision};
}

void writeLeads(FlowWriter& writer, const ReportSearchRun& run, ReportLanguage language) {
    writer.heading(fill(text(TextId::LeadsOfRun, language), {std::to_string(run.leads.size())}), 3);
    if (run.leads.empty()) {
        writer.paragraph(text(TextId::NoLeads, language), mutedStyle());
        return;
    }
    const double w = writer.width();
    const std::vector<TableColumn> columns{{text(TextId::Rank, language), 24},
                                           {text(TextId::Face, language), kLeadChip + 8},
                                           {text(TextId::Candidate, language), 0.24 * w},
                                           {text(TextId::SourceAndRef, language), 0.19 * w},
                                           {text(TextId::Score, language), 38},
                                           {text(TextId::Breakdown, language), 0},
                                           {text(TextId::Decision, language), 62}};
    std::vector<TableColumn> fitted = columns;
    double used = 0;
    for (const TableColumn& c : fitted) used += c.width;
    fitted[5].width = w - used;
    std::vector<std::vector<TableCell>> rows;
    for (const ReportLead& lead : run.leads) rows.push_back(leadRow(lead, language));
    writer.table(fitted, rows);
    const bool withLikelihoods = std::any_of(run.leads.begin(), run.leads.end(), [](const ReportLead& l) { return l.likelihood.has_value(); });
    if (withLikelihoods) writer.paragraph(text(TextId::LrCaveat, language), mutedStyle());
}

void writeRun(FlowWriter& writer, const ReportSearchRun& run, ReportLanguage language) {
    writer.heading(fill(text(TextId::RunTitle, language), {std::to_string(run.runId)}), 2);
    std::vector<std::pair<std::string, std::string>> rows{
        {text(TextId::RunAt, language), displayTime(run.runAt)},
        {text(TextId::RunBy, language), run.runBy},
        {text(TextId::FacesCompared, language), std::to_string(run.facesCompared)},
        {text(TextId::EmbeddingModel, language), run.modelId + (run.modelVersion.empty() ? "" : " (" + run.modelVersion + ")")},
        {text(TextId::Duration, language), std::to_string(run.durationMs) + " ms"},
    };
    for (const ReportField& p : run.parameters) {
        rows.emplace_back(translateKey(Vocabulary::SearchParameter, p.key, language), parameterValue(p.value, language));
    }
    std::string provenance = run.ageInvariantProvenance.empty() ? text(TextId::NotUsed, language) : run.ageInvariantProvenance;
    if (!run.ageInvariantProvenance.empty() && !run.provenanceFromRun) provenance += " " + text(TextId::ProvenanceInstalledNow, language);
    rows.emplace_back(text(TextId::AgeInvariantProvenance, language), provenance);
    for (const std::string& note : run.notes) rows.emplace_back(text(TextId::RunNotes, language), note);
    writer.fields(rows, kLabelWidth);
    writeLeads(writer, run, language);
}

void writeCustody(FlowWriter& writer, const DnaSampleEntry& sample, ReportLanguage language) {
    writer.heading(text(TextId::SampleId, language) + " " + sample.sampleId, 3);
    writer.fields({{text(TextId::Whose, language),
                    joined({translateKey(Vocabulary::DnaWhose, sample.whoseKey, language), sample.person}, " · ")},
                   {text(TextId::SampleType, language), translateKey(Vocabulary::DnaSampleType, sample.typeKey, language)},
                   {"", sample.collectedWhere.empty()
                            ? fill(text(TextId::CollectedNoPlace, language), {displayTime(sample.collectedAt), sample.collectedBy})
                            : fill(text(TextId::Collected, language), {displayTime(sample.collectedAt), sample.collectedWhere, sample.collectedBy})}},
                  kLabelWidth);
    if (sample.custody.empty()) return;
    const double w = writer.width();
    std::vector<std::vector<TableCell>> rows;
    for (const CustodyEvent& e : sample.custody) {
        rows.push_back({textCell(displayTime(e.at)), textCell(translateKey(Vocabulary::DnaEvent, e.eventKey, language)),
                        textCell(e.person), textCell(e.note)});
    }
    writer.table({{text(TextId::CustodyWhen, language), 0.2 * w}, {text(TextId::CustodyEvent, language), 0.2 * w},
                  {text(TextId::CustodyPerson, language), 0.2 * w}, {text(TextId::Note, language), 0.4 * w}},
                 rows);
}

void writeLoci(FlowWriter& writer, const KinshipAnalysisEntry& analysis, ReportLanguage language) {
    const double w = writer.width();
    const double markerWidth = 70;
    const double lrWidth = 70;
    const double consistentWidth = 70;
    const std::size_t samples = std::max<std::size_t>(1, analysis.sampleColumns.size());
    const double genotypeWidth = (w - markerWidth - lrWidth - consistentWidth) / static_cast<double>(samples);
    std::vector<TableColumn> columns{{text(TextId::Marker, language), markerWidth}};
    const bool withRoles = analysis.sampleColumnRoles.size() == analysis.sampleColumns.size();
    for (std::size_t c = 0; c < analysis.sampleColumns.size(); ++c) {
        const std::string& column = analysis.sampleColumns[c];
        columns.push_back(
            {withRoles ? translateKey(Vocabulary::DnaWhose, analysis.sampleColumnRoles[c], language) + " " + column : column, genotypeWidth});
    }
    if (analysis.sampleColumns.empty()) columns.push_back({"", genotypeWidth});
    columns.push_back({text(TextId::LikelihoodRatio, language), lrWidth});
    columns.push_back({text(TextId::Consistent, language), consistentWidth});
    std::vector<std::vector<TableCell>> rows;
    for (const DnaLocusRow& locus : analysis.loci) {
        std::vector<TableCell> row{textCell(locus.marker, cellStyle(8, true))};
        for (std::size_t s = 0; s < samples; ++s) row.push_back(textCell(s < locus.genotypes.size() ? locus.genotypes[s] : ""));
        row.push_back(textCell(formatSignificant(locus.likelihoodRatio, 4)));
        row.push_back(textCell(text(locus.consistent ? TextId::Consistent : TextId::Inconsistent, language), cellStyle(8, !locus.consistent)));
        if (!locus.consistent) {
            for (TableCell& cell : row) cell.background = palette::kWarnShade;
        }
        rows.push_back(std::move(row));
    }
    writer.table(columns, rows);
}

void writeAnalysis(FlowWriter& writer, const KinshipAnalysisEntry& analysis, ReportLanguage language) {
    const std::string analysedBy = joined({displayTime(analysis.analysedAt), analysis.analyst}, " · ");
    writer.heading(translateKey(Vocabulary::DnaHypothesis, analysis.hypothesis, language), 3);
    writer.fields({{text(TextId::FrequencyTable, language), analysis.frequencyTable},
                   {text(TextId::Theta, language), formatSignificant(analysis.theta, 3)},
                   {text(TextId::MutationModel, language), analysis.mutationModel + ", μ = " + formatSignificant(analysis.mutationRate, 3)},
                   {text(TextId::Analyst, language), analysedBy.empty() ? text(TextId::NotRecorded, language) : analysedBy}},
                  kLabelWidth);
    writeLoci(writer, analysis, language);
    std::vector<std::pair<std::string, std::string>> summary{
        {text(TextId::CombinedIndex, language), formatSignificant(analysis.combinedIndex, 6)},
        {text(TextId::Probability, language),
         formatFixed(analysis.probability * 100, 6) + " % (" + fill(text(TextId::Prior, language), {formatSignificant(analysis.prior, 3)}) + ")"},
        {text(TextId::InconsistentLoci, language), std::to_string(analysis.inconsistentLoci)},
    };
    if (analysis.cumulativeExclusionPower) {
        summary.emplace_back(text(TextId::ExclusionPower, language), formatFixed(*analysis.cumulativeExclusionPower, 8));
    }
    summary.emplace_back(text(TextId::Rule, language), analysis.rule);
    writer.fields(summary, kLabelWidth, kConclusionHeight);
    TextStyle conclusion;
    conclusion.bold = true;
    conclusion.size = 11;
    writer.notice(labelled(text(TextId::Conclusion, language), translateKey(Vocabulary::DnaConclusion, analysis.conclusionKey, language),
                           language),
                  conclusion, analysis.conclusionKey == "supported" ? palette::kShade : palette::kWarnShade);
}

}  // namespace

void writePhotosSection(FlowWriter& writer, const CaseReportModel& model) {
    if (model.photos.empty()) {
        writer.paragraph(text(TextId::NoPhotos, model.language), mutedStyle());
        return;
    }
    writePhotos(writer, model.photos, model.language);
}

void writeRelativesSection(FlowWriter& writer, const CaseReportModel& model) {
    const ReportLanguage language = model.language;
    if (model.relatives.empty()) {
        writer.paragraph(text(TextId::NoRelatives, language), mutedStyle());
        return;
    }
    for (const ReportRelative& relative : model.relatives) {
        writer.heading(labelled(translateKey(Vocabulary::Relation, relative.relationKey, language),
                                personDisplayName(relative.givenNames, relative.familyName), language),
                       2);
        std::vector<std::pair<std::string, std::string>> rows{
            {text(TextId::Sex, language), sexText(relative.sex, language)},
            {text(TextId::BirthDate, language), displayDate(relative.birthDate, language)},
        };
        if (!relative.notes.empty()) rows.emplace_back(text(TextId::Notes, language), relative.notes);
        writer.fields(rows, kLabelWidth);
        if (relative.photos.empty()) {
            writer.paragraph(text(TextId::NoRelativePhotos, language), mutedStyle());
        } else {
            writePhotos(writer, relative.photos, language);
        }
    }
}

void writeProgressionsSection(FlowWriter& writer, const CaseReportModel& model) {
    const ReportLanguage language = model.language;
    if (model.progressions.empty()) writer.paragraph(text(TextId::NoProgressions, language), mutedStyle());
    for (const std::string& note : model.progressionNotes) writer.paragraph(note, mutedStyle());
    for (const ReportProgression& p : model.progressions) {
        CaptionedImage before{&p.before, fill(text(TextId::ChildhoodFaceAge, language), {formatAge(p.sourceAge)}), {}, std::nullopt};
        CaptionedImage after{&p.after, fill(text(TextId::ProgressedFace, language), {formatAge(p.targetAge)}), {},
                             text(TextId::ProgressedMark, language)};
        writer.imageRow({before, after}, writer.width() / 2.6, 170);
        std::vector<std::pair<std::string, std::string>> rows{
            {text(TextId::FileName, language), p.sourcePhoto},
            {text(TextId::SourceAge, language), fill(text(TextId::YearsValue, language), {formatAge(p.sourceAge)})},
            {text(TextId::TargetAge, language), fill(text(TextId::YearsValue, language), {formatAge(p.targetAge)})},
            {text(TextId::Sex, language), sexText(p.sex, language)},
            {text(TextId::AgeModel, language), p.modelId + " v" + std::to_string(p.modelVersion)},
            {text(TextId::ParentBlended, language),
             p.parentUsed ? text(TextId::Yes, language) + " (" + formatFixed(p.parentWeight, 2) + ")" : text(TextId::No, language)},
        };
        if (p.ageOutsideModel) {
            rows.emplace_back("", fill(text(TextId::WarningAgeOutsideModel, language), {formatAge(p.modelYoungest), formatAge(p.modelOldest)}));
        }
        if (p.meshFolded) rows.emplace_back("", text(TextId::WarningMeshFolded, language));
        writer.fields(rows, kLabelWidth);
    }
}

void writeSearchRunsSection(FlowWriter& writer, const CaseReportModel& model) {
    if (model.searchRuns.empty()) {
        writer.paragraph(text(TextId::NoSearches, model.language), mutedStyle());
        return;
    }
    for (std::size_t i = 0; i < model.searchRuns.size(); ++i) {
        if (i > 0) writer.flow().pageBreak();
        writeRun(writer, model.searchRuns[i], model.language);
    }
}

void writeDecisionsSection(FlowWriter& writer, const CaseReportModel& model) {
    const ReportLanguage language = model.language;
    if (model.decisions.empty()) {
        writer.paragraph(text(TextId::NoDecisions, language), mutedStyle());
        return;
    }
    TextStyle headline;
    headline.bold = true;
    headline.size = 9;
    for (const ReportDecision& d : model.decisions) {
        std::vector<std::string> parts{displayTime(d.decidedAt), d.decidedBy, translateKey(Vocabulary::Decision, d.decisionKey, language),
                                       d.candidateName + (d.candidateRef.empty() ? "" : " (" + d.candidateRef + ")")};
        if (d.searchRunId) parts.push_back(fill(text(TextId::Run, language), {std::to_string(*d.searchRunId)}));
        writer.flow().keep(30);
        writer.paragraph(joined(parts, " · "), headline);
        writer.paragraph(labelled(text(TextId::Note, language), d.note, language), TextStyle{}, 14);
    }
}

void writeDnaSection(FlowWriter& writer, const CaseReportModel& model) {
    const ReportLanguage language = model.language;
    if (!model.dna) {
        writer.paragraph(text(TextId::NoDna, language), mutedStyle());
        return;
    }
    const DnaSection& dna = *model.dna;
    const double w = writer.width();
    writer.heading(text(TextId::DnaRequests, language), 2);
    if (dna.requests.empty()) writer.paragraph(text(TextId::NoDnaRequests, language), mutedStyle());
    std::vector<std::vector<TableCell>> requests;
    for (const DnaRequestEntry& r : dna.requests) {
        requests.push_back({textCell(r.candidate), textCell(joined({displayTime(r.requestedAt), r.requestedBy}, "\n")),
                            textCell(r.reason), textCell(translateKey(Vocabulary::DnaRequestStatus, r.statusKey, language))});
    }
    if (!requests.empty()) {
        writer.table({{text(TextId::Candidate, language), 0.25 * w}, {text(TextId::RequestedBy, language), 0.22 * w},
                      {text(TextId::Reason, language), 0.38 * w}, {text(TextId::Status, language), 0.15 * w}},
                     requests);
    }
    writer.heading(text(TextId::DnaSamples, language), 2);
    if (dna.samples.empty()) writer.paragraph(text(TextId::NoDnaSamples, language), mutedStyle());
    for (const DnaSampleEntry& sample : dna.samples) writeCustody(writer, sample, language);
    writer.heading(text(TextId::DnaAnalyses, language), 2);
    if (dna.analyses.empty()) writer.paragraph(text(TextId::NoDnaAnalyses, language), mutedStyle());
    for (const KinshipAnalysisEntry& analysis : dna.analyses) writeAnalysis(writer, analysis, language);
    if (!dna.outcome.empty()) writer.fields({{text(TextId::Outcome, language), dna.outcome}}, kLabelWidth);
}

void writeMethodSection(FlowWriter& writer, const CaseReportModel& model) {
    const ReportLanguage language = model.language;
    for (TextId id : {TextId::MethodSearch, TextId::MethodScores, TextId::MethodProgression, TextId::MethodFigures}) {
        writer.paragraph(text(id, language));
    }
    for (const MethodFigureTable& table : model.method.figures) {
        writer.heading(table.title, 3);
        const double first = writer.width() * 0.4;
        const double rest = table.columns.size() > 1 ? (writer.width() - first) / static_cast<double>(table.columns.size() - 1) : 0;
        std::vector<TableColumn> columns;
        for (std::size_t c = 0; c < table.columns.size(); ++c) columns.push_back({table.columns[c], c == 0 ? first : rest});
        std::vector<std::vector<TableCell>> rows;
        for (const std::vector<std::string>& row : table.rows) {
            std::vector<TableCell> cells;
            for (const std::string& value : row) cells.push_back(textCell(value));
            rows.push_back(std::move(cells));
        }
        writer.table(columns, rows);
        if (!table.source.empty()) writer.paragraph(fill(text(TextId::Source, language), {table.source}), mutedStyle(8));
    }
    for (const std::string& note : model.method.notes) writer.paragraph(note, mutedStyle(8.5));
}

}  // namespace reunite::report
