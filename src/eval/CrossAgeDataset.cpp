#include "eval/CrossAgeDataset.h"

#include <algorithm>
#include "domain/CsvReader.h"

namespace reunite {

Result<CrossAgeDataset> CrossAgeDataset::load(const std::filesystem::path& folder) {
    const std::filesystem::path indexFile = folder / "index.csv";
    Result<CsvTable> table = readCsvFile(indexFile);
    if (!table) return makeError(table.error().code, "no readable index.csv in " + folder.string() + ": " + table.error().message);
    const CsvTable& csv = table.value();
    const int fileColumn = csv.column("file"), subjectColumn = csv.column("subject"), ageColumn = csv.column("age_group");
    if (fileColumn < 0 || subjectColumn < 0 || ageColumn < 0) {
        return makeError(ErrorCode::InvalidArgument, indexFile.string() + " needs the columns file,subject,age_group");
    }
    CrossAgeDataset dataset;
    dataset.folder = folder;
    const int needed = std::max({fileColumn, subjectColumn, ageColumn});
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& fields = csv.rows[r];
        const std::string where = indexFile.string() + ": row " + std::to_string(r + 1);
        if (static_cast<int>(fields.size()) <= needed) return makeError(ErrorCode::InvalidArgument, where + ": too few columns");
        const std::string& group = fields[ageColumn];
        if (group != "young" && group != "adult") {
            return makeError(ErrorCode::InvalidArgument, where + ": age_group must be young or adult, not '" + group + "'");
        }
        dataset.entries.push_back(CrossAgeEntry{folder / fields[fileColumn], fields[subjectColumn], group == "young"});
    }
    return dataset;
}

}  // namespace reunite
