#include "eval/AgeLabelledSet.h"

#include <algorithm>
#include <optional>

#include "domain/CsvReader.h"

namespace reunite {
namespace {

std::optional<double> ageOf(const std::string& text) {
    try {
        std::size_t used = 0;
        const double age = std::stod(text, &used);
        if (used != text.size() || age < 0 || age > 120) return std::nullopt;
        return age;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

Result<AgeLabelledSet> AgeLabelledSet::load(const std::filesystem::path& folder) {
    auto table = readCsvFile(folder / "index.csv");
    if (!table) return table.error();
    const int file = table.value().column("file"), age = table.value().column("age");
    int person = table.value().column("person_id");
    if (person < 0) person = table.value().column("subject");
    if (file < 0 || age < 0) return makeError(ErrorCode::CorruptData, (folder / "index.csv").string() + " needs the columns file and age");
    AgeLabelledSet set;
    set.folder = folder;
    for (const auto& row : table.value().rows) {
        const auto years = static_cast<int>(row.size()) > std::max(file, age) ? ageOf(row[age]) : std::nullopt;
        if (!years || row[file].empty()) {
            ++set.skippedRows;
            continue;
        }
        const bool named = person >= 0 && static_cast<int>(row.size()) > person && !row[person].empty();
        set.photos.push_back({folder / row[file], *years, named ? row[person] : row[file]});
    }
    if (set.photos.empty()) return makeError(ErrorCode::CorruptData, (folder / "index.csv").string() + " lists no photo with an age");
    return set;
}

}  // namespace reunite
