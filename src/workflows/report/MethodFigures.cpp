#include "workflows/report/MethodFigures.h"

#include <nlohmann/json.hpp>

#include "domain/FileBytes.h"
#include "domain/ResourceLocator.h"

namespace reunite::workflows {
namespace {

using nlohmann::json;

constexpr std::uint64_t kMaxBytes = 1u << 20;

std::string inLanguage(const json& texts, report::ReportLanguage language) {
    const char* code = report::languageCode(language);
    return texts.contains(code) ? texts.at(code).get<std::string>() : texts.at("en").get<std::string>();
}

std::vector<std::string> listInLanguage(const json& lists, report::ReportLanguage language) {
    const char* code = report::languageCode(language);
    return (lists.contains(code) ? lists.at(code) : lists.at("en")).get<std::vector<std::string>>();
}

report::MethodFigureTable tableOf(const json& table, report::ReportLanguage language) {
    report::MethodFigureTable out;
    out.title = inLanguage(table.at("title"), language);
    out.columns = listInLanguage(table.at("columns"), language);
    for (const json& row : table.at("rows")) {
        std::vector<std::string> cells{inLanguage(row.at("label"), language)};
        for (const json& value : row.at("values")) cells.push_back(value.get<std::string>());
        out.rows.push_back(std::move(cells));
    }
    out.source = inLanguage(table.at("source"), language);
    return out;
}

}  // namespace

Result<report::ReportMethod> readMethodFigures(const std::filesystem::path& file, report::ReportLanguage language) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, kMaxBytes);
    if (!bytes) return bytes.error();
    try {
        const json figures = json::parse(bytes.value().begin(), bytes.value().end());
        if (figures.value("format", "") != "reunite-method-figures/1") {
            return makeError(ErrorCode::CorruptData, file.string() + " is not a reunite-method-figures/1 file");
        }
        report::ReportMethod method;
        for (const json& table : figures.at("tables")) method.figures.push_back(tableOf(table, language));
        for (const json& note : figures.at("notes")) method.notes.push_back(inLanguage(note, language));
        return method;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::CorruptData, file.string() + " is not valid: " + e.what());
    }
}

Result<report::ReportMethod> loadMethodFigures(report::ReportLanguage language) {
    return locateResource(kMethodFiguresResource).andThen([&](std::filesystem::path& file) {
        return readMethodFigures(file, language);
    });
}

}  // namespace reunite::workflows
