#include "dna/FamiliasReader.h"

#include <cmath>
#include <optional>
#include <sstream>

#include "domain/FileBytes.h"
#include "dna/MarkerName.h"
#include "dna/internal/TextLines.h"

namespace reunite::dna {
namespace {

using internal::trim;

constexpr std::uint64_t kMaxTableBytes = 16ull * 1024 * 1024;
constexpr double kSumTolerance = 0.05;

struct AlleleLine {
    std::string allele;
    std::string frequency;
};

// Whitespace-separated tokens of a line.
std::vector<std::string> tokens(std::string_view line) {
    std::vector<std::string> out;
    std::istringstream in{std::string(line)};
    for (std::string token; in >> token;) out.push_back(token);
    return out;
}

// The two fields of an allele line, or nothing when the line is a marker name.
std::optional<AlleleLine> alleleLine(std::string_view line) {
    if (line.find('\t') != std::string_view::npos) {
        std::vector<std::string> fields = internal::splitFields(line, '\t').value_or(std::vector<std::string>{});
        while (!fields.empty() && fields.back().empty()) fields.pop_back();
        if (fields.size() <= 1) return std::nullopt;  // a marker name followed by a stray tab
        if (fields.size() == 2) return AlleleLine{fields[0], fields[1]};
        return AlleleLine{std::string(trim(line)), ""};  // malformed: reported by the caller
    }
    const std::vector<std::string> parts = tokens(line);
    if (parts.size() == 2 && internal::parseDecimal(parts[0]) && internal::parseDecimal(parts[1]))
        return AlleleLine{parts[0], parts[1]};
    return std::nullopt;
}

class TableBuilder {
public:
    explicit TableBuilder(const std::string& name) { result_.table = FrequencyTable(name); }

    void readLine(std::string_view rawLine, int lineNumber) {
        const std::string_view line = trim(rawLine);
        if (line.empty() || line.front() == '#') return;
        if (const std::optional<AlleleLine> allele = alleleLine(rawLine)) addAllele(*allele, lineNumber);
        else startMarker(line, lineNumber);
    }

    FrequencyTableImport finish() {
        finishMarker();
        if (result_.table.empty() && !hasErrors(result_.problems))
            error(ProblemKind::NoData, 0, "", "no marker with allele frequencies (expected a marker line, then allele<TAB>frequency lines)");
        return std::move(result_);
    }

private:
    void startMarker(std::string_view line, int lineNumber) {
        finishMarker();
        const std::string canonical = canonicalMarkerName(line);
        if (canonical.empty()) {
            error(ProblemKind::MalformedLine, lineNumber, "", "not a marker name nor an allele<TAB>frequency line: '" + std::string(line) + "'");
            return;
        }
        current_ = MarkerFrequencies{canonical, std::string(line), lineNumber, {}};
    }

    void addAllele(const AlleleLine& fields, int lineNumber) {
        if (!current_) {
            error(ProblemKind::AlleleBeforeMarker, lineNumber, "", "allele line before any marker name");
            return;
        }
        const std::optional<Allele> allele = Allele::parse(fields.allele);
        const std::optional<double> frequency = internal::parseDecimal(fields.frequency);
        if (fields.frequency.empty()) error(ProblemKind::MalformedLine, lineNumber, current_->name, "expected allele<TAB>frequency");
        else if (!allele) error(ProblemKind::BadAllele, lineNumber, current_->name, "'" + fields.allele + "' is not an allele designation");
        else if (allele->isOffLadder()) error(ProblemKind::OffLadderInTable, lineNumber, current_->name, "off-ladder allele '" + fields.allele + "' cannot have a frequency");
        else if (!alleleFitsMarker(*allele, current_->name))
            error(ProblemKind::AlleleNotOfMarker, lineNumber, current_->name, "'" + fields.allele + "' is not an allele of this marker");
        else if (!frequency || *frequency <= 0.0 || *frequency > 1.0)
            error(ProblemKind::BadNumber, lineNumber, current_->name, "frequency '" + fields.frequency + "' is not a number in (0, 1]");
        else if (!current_->alleles.emplace(allele->text(), *frequency).second)
            error(ProblemKind::DuplicateEntry, lineNumber, current_->name, "allele " + allele->text() + " listed twice");
    }

    void finishMarker() {
        if (!current_) return;
        MarkerFrequencies marker = std::move(*current_);
        current_.reset();
        if (marker.alleles.empty()) {
            error(ProblemKind::MarkerWithoutAlleles, marker.line, marker.name, "marker without allele frequencies");
            return;
        }
        if (std::abs(marker.sum() - 1.0) > kSumTolerance) {
            std::ostringstream message;
            message << "frequencies sum to " << marker.sum() << " (used as listed, not rescaled)";
            warn(ProblemKind::FrequencySum, marker.line, marker.name, message.str());
        }
        const int line = marker.line;
        const std::string name = marker.name;
        if (!result_.table.addMarker(std::move(marker))) error(ProblemKind::DuplicateEntry, line, name, "marker listed twice");
    }

    void error(ProblemKind kind, int line, const std::string& marker, std::string message) {
        result_.problems.push_back({ImportProblem::Severity::Error, kind, line, "", marker, std::move(message)});
    }
    void warn(ProblemKind kind, int line, const std::string& marker, std::string message) {
        result_.problems.push_back({ImportProblem::Severity::Warning, kind, line, "", marker, std::move(message)});
    }

    FrequencyTableImport result_;
    std::optional<MarkerFrequencies> current_;
};

}  // namespace

FrequencyTableImport parseFamiliasTable(std::string_view text, const std::string& name) {
    TableBuilder builder(name);
    internal::forEachLine(text, [&](std::string_view line, int number) { builder.readLine(line, number); });
    return builder.finish();
}

Result<FrequencyTableImport> readFamiliasTableFile(const std::filesystem::path& file) {
    return internal::readTextFile<FrequencyTableImport>(file, kMaxTableBytes, parseFamiliasTable);
}

}  // namespace reunite::dna
