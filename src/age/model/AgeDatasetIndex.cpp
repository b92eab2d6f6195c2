#include "age/model/AgeDatasetIndex.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace reunite {
namespace {

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream stream(line);
    while (std::getline(stream, field, ',')) {
        if (!field.empty() && field.back() == '\r') field.pop_back();
        fields.push_back(field);
    }
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields;
}

// genderMeaning[0] / [1]: the Sex of gender code 0 / 1 in this set.
Result<std::vector<AgeSample>> readIndex(const std::filesystem::path& folder, const std::string& source,
                                         const Sex genderMeaning[2]) {
    const std::filesystem::path indexPath = folder / "index.csv";
    std::ifstream in(indexPath);
    if (!in) return makeError(ErrorCode::NotFound, "cannot open " + indexPath.string());
    std::string line;
    if (!std::getline(in, line)) return makeError(ErrorCode::EmptyFile, indexPath.string() + " is empty");
    const std::vector<std::string> header = splitCsvLine(line);
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
    for (const char* name : {"file", "age", "gender"}) {
        if (!column.count(name)) return makeError(ErrorCode::CorruptData, indexPath.string() + " has no \"" + name + "\" column");
    }
    std::vector<AgeSample> samples;
    int lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty() || line == "\r") continue;
        const std::vector<std::string> fields = splitCsvLine(line);
        auto bad = [&](const std::string& what) {
            return makeError(ErrorCode::CorruptData, indexPath.string() + " line " + std::to_string(lineNumber) + ": " + what);
        };
        if (fields.size() < header.size()) return bad("too few fields");
        AgeSample sample;
        sample.path = folder / fields[column["file"]];
        sample.source = source;
        try {
            sample.age = std::stoi(fields[column["age"]]);
        } catch (const std::exception&) {
            return bad("age is not a number");
        }
        const std::string& gender = fields[column["gender"]];
        if (gender != "0" && gender != "1" && !gender.empty()) return bad("gender is not 0, 1 or empty");
        sample.sex = gender.empty() ? Sex::Unknown : genderMeaning[gender == "1" ? 1 : 0];
        samples.push_back(std::move(sample));
    }
    std::sort(samples.begin(), samples.end(), [](const AgeSample& a, const AgeSample& b) { return a.path < b.path; });
    return samples;
}

}  // namespace

Result<std::vector<AgeSample>> readAafIndex(const std::filesystem::path& folder) {
    const Sex meaning[2] = {Sex::Female, Sex::Male};
    return readIndex(folder, "aaf", meaning);
}

Result<std::vector<AgeSample>> readUtkFaceIndex(const std::filesystem::path& folder) {
    const Sex meaning[2] = {Sex::Male, Sex::Female};
    return readIndex(folder, "utkface", meaning);
}

}  // namespace reunite
