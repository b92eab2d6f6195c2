#include "dna/LabResultsReader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "domain/FileBytes.h"
#include "dna/MarkerName.h"
#include "dna/internal/MapLookup.h"
#include "dna/internal/TextLines.h"

namespace reunite::dna {
namespace {

constexpr std::uint64_t kMaxLabFileBytes = 64ull * 1024 * 1024;

// "Sample Name" -> "samplename", "allele_1" -> "allele1".
std::string columnKey(std::string_view header) {
    std::string key;
    for (const char c : header)
        if (std::isalnum(static_cast<unsigned char>(c))) key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return key;
}

// 1 for "allele1", 12 for "allele12"; nothing for other columns.
std::optional<int> alleleColumnNumber(const std::string& key) {
    const std::string prefix = "allele";
    if (key.size() <= prefix.size() || key.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
    const std::string digits = key.substr(prefix.size());
    if (digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    return std::stoi(digits);
}

char delimiterOf(std::string_view headerLine) {
    if (headerLine.find('\t') != std::string_view::npos) return '\t';
    if (headerLine.find(',') == std::string_view::npos && headerLine.find(';') != std::string_view::npos) return ';';
    return ',';
}

struct Columns {
    int sample = -1;
    int marker = -1;
    std::vector<int> alleles;  // in allele-number order
    std::size_t count = 0;
    bool geneMapperNames = false;
};

Columns mapColumns(const std::vector<std::string>& header) {
    Columns columns;
    columns.count = header.size();
    std::vector<std::pair<int, int>> alleleColumns;  // (allele number, column)
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = columnKey(header[i]);
        const int column = static_cast<int>(i);
        if (key == "samplename" || key == "sample" || key == "sampleid") {
            if (columns.sample < 0) columns.sample = column;
            columns.geneMapperNames = columns.geneMapperNames || key == "samplename";
        } else if (key == "marker" || key == "locus") {
            if (columns.marker < 0) columns.marker = column;
        } else if (const auto number = alleleColumnNumber(key)) {
            alleleColumns.emplace_back(*number, column);
        }
    }
    std::sort(alleleColumns.begin(), alleleColumns.end());
    for (const auto& [number, column] : alleleColumns) columns.alleles.push_back(column);
    return columns;
}

std::string missingColumns(const Columns& columns) {
    std::string missing;
    auto add = [&](const char* name) { missing += (missing.empty() ? "" : ", ") + std::string(name); };
    if (columns.sample < 0) add("sample (or Sample Name)");
    if (columns.marker < 0) add("marker");
    if (columns.alleles.size() < 2) add("allele1 and allele2 (or Allele 1, Allele 2)");
    return missing;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

class LabResultsBuilder {
public:
    void readLine(std::string_view line, int lineNumber) {
        if (internal::isBlank(line) || internal::trim(line).front() == '#') return;
        if (!headerSeen_) readHeader(line, lineNumber);
        else if (columnsUsable_) readRow(line, lineNumber);
    }

    LabResultsImport finish() {
        if (!headerSeen_) error(ProblemKind::NoData, 0, "", "", "empty file: expected a header line sample,marker,allele1,allele2");
        else if (columnsUsable_ && rows_ == 0) error(ProblemKind::NoData, 0, "", "", "no genotype rows after the header");
        reportMissingLoci();
        std::stable_sort(result_.problems.begin(), result_.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        return std::move(result_);
    }

private:
    void readHeader(std::string_view line, int lineNumber) {
        headerSeen_ = true;
        result_.delimiter = delimiterOf(line);
        const auto header = internal::splitFields(line, result_.delimiter);
        if (!header) {
            error(ProblemKind::MalformedLine, lineNumber, "", "", "unterminated quote in the header line");
            return;
        }
        columns_ = mapColumns(*header);
        result_.layout = columns_.geneMapperNames ? LabFileLayout::GeneMapper : LabFileLayout::SimpleCsv;
        const std::string missing = missingColumns(columns_);
        if (!missing.empty()) {
            error(ProblemKind::MissingColumns, lineNumber, "", "", "header lacks the column(s) " + missing +
                                          " (expected sample,marker,allele1,allele2 or a GeneMapper export)");
            return;
        }
        columnsUsable_ = true;
    }

    void readRow(std::string_view line, int lineNumber) {
        ++rows_;
        const std::optional<std::vector<std::string>> fields = rowFields(line, lineNumber);
        if (!fields) return;
        const std::string sample = (*fields)[static_cast<std::size_t>(columns_.sample)];
        const std::string marker = canonicalMarkerName((*fields)[static_cast<std::size_t>(columns_.marker)]);
        if (sample.empty() || marker.empty()) {
            error(sample.empty() ? ProblemKind::EmptySample : ProblemKind::EmptyMarker, lineNumber, sample, marker,
                  sample.empty() ? "empty sample name" : "empty marker name");
            return;
        }
        const std::optional<Genotype> genotype = rowGenotype(*fields, sample, marker, lineNumber);
        if (genotype) store(sample, marker, *genotype, lineNumber);
    }

    // The row's fields, or nothing (reported) when the row does not fit the header.
    std::optional<std::vector<std::string>> rowFields(std::string_view line, int lineNumber) {
        std::optional<std::vector<std::string>> fields = internal::splitFields(line, result_.delimiter);
        if (!fields) {
            error(ProblemKind::MalformedLine, lineNumber, "", "", "unterminated quote");
            return std::nullopt;
        }
        while (fields->size() > columns_.count && fields->back().empty()) fields->pop_back();
        if (fields->size() != columns_.count) {
            error(ProblemKind::MalformedLine, lineNumber, "", "", "expected " + std::to_string(columns_.count) + " fields like the header, found " +
                                          std::to_string(fields->size()));
            return std::nullopt;
        }
        return fields;
    }

    // The called alleles of a row as a genotype; nothing when the row holds none or is unreadable.
    std::optional<Genotype> rowGenotype(const std::vector<std::string>& fields, const std::string& sample,
                                        const std::string& marker, int lineNumber) {
        std::vector<Allele> alleles;
        bool readable = true;
        int calledCells = 0;
        for (const int column : columns_.alleles) {
            const std::string& cell = fields[static_cast<std::size_t>(column)];
            if (cell.empty()) continue;
            ++calledCells;
            const std::optional<Allele> allele = Allele::parse(cell);
            if (!allele) {
                error(ProblemKind::BadAllele, lineNumber, sample, marker, "'" + cell + "' is not an allele designation");
                readable = false;
            } else if (!alleleFitsMarker(*allele, marker)) {
                error(ProblemKind::AlleleNotOfMarker, lineNumber, sample, marker, "'" + cell + "' is not an allele of this marker");
                readable = false;
            } else if (std::find(alleles.begin(), alleles.end(), *allele) == alleles.end()) {
                alleles.push_back(*allele);
            }
        }
        if (!readable) return std::nullopt;
        return genotypeOf(std::move(alleles), calledCells, sample, marker, lineNumber);
    }

    std::optional<Genotype> genotypeOf(std::vector<Allele> distinct, int calledCells, const std::string& sample,
                                       const std::string& marker, int lineNumber) {
        if (distinct.empty()) {
            warn(ProblemKind::NoAlleleCalled, lineNumber, sample, marker, "no allele called: locus missing for this sample");
            return std::nullopt;
        }
        if (distinct.size() == 1) {
            if (result_.layout == LabFileLayout::SimpleCsv && calledCells == 1)
                warn(ProblemKind::LoneAllele, lineNumber, sample, marker, "one allele given, read as the homozygote " + distinct[0].text() + "/" +
                                                     distinct[0].text() + " (this layout repeats a homozygote's allele)");
            distinct.push_back(distinct[0]);
        }
        Genotype genotype(std::move(distinct));
        if (genotype.isTriAllelic())
            warn(ProblemKind::TriAllelic, lineNumber, sample, marker, "tri-allelic pattern " + genotype.text() + ": locus left out of kinship calculations");
        if (genotype.hasOffLadder())
            warn(ProblemKind::OffLadder, lineNumber, sample, marker, "off-ladder allele in " + genotype.text() + ": locus left out of kinship calculations");
        return genotype;
    }

    void store(const std::string& sample, const std::string& marker, const Genotype& genotype, int lineNumber) {
        StrProfile& profile = result_.profiles[sample];
        profile.sampleId = sample;
        if (!firstLineOfSample_.count(sample)) firstLineOfSample_[sample] = lineNumber;
        const auto existing = profile.loci.find(marker);
        if (existing == profile.loci.end()) {
            profile.loci.emplace(marker, LocusCall{genotype, lineNumber});
            return;
        }
        const LocusCall& earlier = existing->second;
        if (earlier.genotype == genotype)
            warn(ProblemKind::RepeatedRow, lineNumber, sample, marker, "repeats line " + std::to_string(earlier.sourceLine) + " (ignored)");
        else
            error(ProblemKind::ConflictingRow, lineNumber, sample, marker, "conflicts with line " + std::to_string(earlier.sourceLine) + " (" +
                                                  genotype.text() + " here, " + earlier.genotype.text() + " there)");
    }

    void reportMissingLoci() {
        std::set<std::string> typedAnywhere;
        for (const auto& [sample, profile] : result_.profiles)
            for (const auto& [marker, call] : profile.loci)
                if (isAutosomalStr(marker)) typedAnywhere.insert(marker);
        for (const auto& [sample, profile] : result_.profiles) {
            std::vector<std::string> missing;
            for (const std::string& marker : typedAnywhere)
                if (!profile.loci.count(marker)) missing.push_back(marker);
            if (!missing.empty())
                warn(ProblemKind::MissingLoci, firstLineOfSample_[sample], sample, "", "not typed at " + joined(missing) + " (typed for other samples)");
        }
    }

    void error(ProblemKind kind, int line, const std::string& sample, const std::string& marker, std::string message) {
        result_.problems.push_back({ImportProblem::Severity::Error, kind, line, sample, marker, std::move(message)});
    }
    void warn(ProblemKind kind, int line, const std::string& sample, const std::string& marker, std::string message) {
        result_.problems.push_back({ImportProblem::Severity::Warning, kind, line, sample, marker, std::move(message)});
    }

    LabResultsImport result_;
    Columns columns_;
    bool headerSeen_ = false;
    bool columnsUsable_ = false;
    int rows_ = 0;
    std::map<std::string, int> firstLineOfSample_;
};

}  // namespace

const StrProfile* LabResultsImport::profile(const std::string& sampleId) const {
    return internal::findOrNull(profiles, sampleId);
}

std::vector<std::string> LabResultsImport::sampleIds() const {
    return internal::keysOf(profiles);
}

const char* layoutName(LabFileLayout layout) {
    return layout == LabFileLayout::GeneMapper ? "GeneMapper export" : "simple CSV";
}

LabResultsImport parseLabResults(std::string_view text, const std::string& name) {
    LabResultsBuilder builder;
    internal::forEachLine(text, [&](std::string_view line, int number) { builder.readLine(line, number); });
    return builder.finish();
}

Result<LabResultsImport> readLabResultsFile(const std::filesystem::path& file) {
    return internal::readTextFile<LabResultsImport>(file, kMaxLabFileBytes, parseLabResults);
}

}  // namespace reunite::dna
