// The layers hold: no GUI source (src/gui) includes a repository header, the SQLite wrapper or
// sqlite3.h, or runs SQL — the GUI reaches data only through the application layer — and no
// Qt-free library includes Qt. The checker itself is tested on a violating text first, so the
// test can fail.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "LayerRules.h"

using reunite::test::LayerViolation;

namespace {

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<LayerViolation> scan(const std::filesystem::path& folder, const std::vector<reunite::test::LayerRule>& rules) {
    std::vector<LayerViolation> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp")) continue;
        const auto violations = reunite::test::violationsIn(entry.path().string(), readFile(entry.path()), rules);
        found.insert(found.end(), violations.begin(), violations.end());
    }
    return found;
}

std::string describe(const std::vector<LayerViolation>& violations) {
    std::string text;
    for (const auto& v : violations) text += v.file + ":" + std::to_string(v.line) + ": " + v.rule + "\n";
    return text;
}

const std::filesystem::path kSource = std::filesystem::path(REUNITE_SOURCE_DIR) / "src";

}  // namespace

TEST_CASE("the layer checker finds each kind of violation", "[architecture]") {
    const std::string bad =
        "#include \"db/repositories/CaseRepository.h\"\n"
        "#include \"db/sqlite/Transaction.h\"\n"
        "#include <sqlite3.h>\n"
        "auto s = database.prepare(\"SELECT id FROM cases\");\n"
        "db::CaseRepository cases(workstation_.database());\n"
        "// a comment may mention .prepare( and \"SELECT x\"\n";
    const auto found = reunite::test::violationsIn("bad.cpp", bad, reunite::test::guiRules());
    INFO(describe(found));
    CHECK(found.size() == 6);
    CHECK(found.front().line == 1);
    CHECK(reunite::test::violationsIn("ok.cpp", "#include \"workflows/cases/CaseActions.h\"\n", reunite::test::guiRules()).empty());
    CHECK(reunite::test::violationsIn("q.h", "#include <QObject>\n", reunite::test::qtFreeRules()).size() == 1);
    CHECK(reunite::test::violationsIn("t.cpp", "TEST_CASE(\"one; two\", \"[x]\") {\n", reunite::test::testNameRules()).size() == 1);
    CHECK(reunite::test::violationsIn("t.cpp", "TEST_CASE(\"one, two\", \"[x]\") {\n", reunite::test::testNameRules()).empty());
}

TEST_CASE("every test name can be run by ctest", "[architecture]") {
    const auto found = scan(std::filesystem::path(REUNITE_SOURCE_DIR) / "tests", reunite::test::testNameRules());
    INFO(describe(found));
    CHECK(found.empty());
}

TEST_CASE("no GUI source reaches the database around the application layer", "[architecture]") {
    const auto found = scan(kSource / "gui", reunite::test::guiRules());
    INFO(describe(found));
    CHECK(found.empty());
}

TEST_CASE("the engine, database, search and application layers are free of Qt", "[architecture]") {
    for (const char* library : {"domain", "core", "db", "search", "crossage", "age", "eval", "ocr", "workflows", "dna", "report", "cli", "kinship", "calibration", "security"}) {
        if (!std::filesystem::exists(kSource / library)) continue;
        const auto found = scan(kSource / library, reunite::test::qtFreeRules());
        INFO(library << "\n" << describe(found));
        CHECK(found.empty());
    }
}
