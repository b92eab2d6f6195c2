#include "dna/MutationRatesReader.h"

#include "domain/FileBytes.h"
#include "dna/MarkerName.h"
#include "dna/internal/TextLines.h"

namespace reunite::dna {
namespace {

constexpr std::uint64_t kMaxRatesBytes = 1024 * 1024;

void error(MutationRatesImport& result, ProblemKind kind, int line, const std::string& marker, std::string message) {
    result.problems.push_back({ImportProblem::Severity::Error, kind, line, "", marker, std::move(message)});
}

void readRateLine(MutationRatesImport& result, std::string_view line, int lineNumber, bool firstLine) {
    const char delimiter = line.find('\t') != std::string_view::npos ? '\t' : ',';
    const auto fields = internal::splitFields(line, delimiter);
    if (!fields || fields->size() != 2) {
        error(result, ProblemKind::MalformedLine, lineNumber, "", "expected marker,rate");
        return;
    }
    const std::string marker = canonicalMarkerName((*fields)[0]);
    const std::optional<double> rate = internal::parseDecimal((*fields)[1]);
    if (!rate && firstLine) return;  // header line
    if (marker.empty()) error(result, ProblemKind::EmptyMarker, lineNumber, "", "empty marker name");
    else if (!rate || *rate <= 0.0 || *rate > 0.5)
        error(result, ProblemKind::BadNumber, lineNumber, marker, "rate '" + (*fields)[1] + "' is not a number in (0, 0.5]");
    else if (!result.rates.emplace(marker, *rate).second)
        error(result, ProblemKind::DuplicateEntry, lineNumber, marker, "marker listed twice");
}

}  // namespace

MutationRatesImport parseMutationRates(std::string_view text, const std::string& name) {
    MutationRatesImport result;
    bool firstLine = true;
    internal::forEachLine(text, [&](std::string_view raw, int number) {
        const std::string_view line = internal::trim(raw);
        if (line.empty() || line.front() == '#') return;
        readRateLine(result, line, number, firstLine);
        firstLine = false;
    });
    return result;
}

Result<MutationRatesImport> readMutationRatesFile(const std::filesystem::path& file) {
    return internal::readTextFile<MutationRatesImport>(file, kMaxRatesBytes, parseMutationRates);
}

}  // namespace reunite::dna
