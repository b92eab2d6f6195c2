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
    const std::vector<std::string_view> lines = internal::splitLines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = internal::trim(lines[i]);
        if (line.empty() || line.front() == '#') continue;
        readRateLine(result, line, static_cast<int>(i + 1), firstLine);
        firstLine = false;
    }
    return result;
}

Result<MutationRatesImport> readMutationRatesFile(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, kMaxRatesBytes);
    if (!bytes) return bytes.error();
    const std::vector<std::uint8_t>& data = bytes.value();
    return parseMutationRates(std::string(data.begin(), data.end()), file.filename().string());
}

}  // namespace reunite::dna
