#pragma once
// The layering rules of the source tree, as checks a test runs over every file: what a GUI source
// may not include or do (repositories, the SQLite wrapper, sqlite3.h, SQL text), and what the
// Qt-free libraries may not include (Qt). A violation names the file, the line and the rule.
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace reunite::test {

struct LayerViolation {
    std::string file;
    int line = 0;
    std::string rule;
};

struct LayerRule {
    std::string name;
    std::regex pattern;
};

inline std::vector<LayerRule> guiRules() {
    return {
        {"a GUI source includes a repository header", std::regex(R"(#include\s+"db/repositories/)")},
        {"a GUI source includes the SQLite wrapper", std::regex(R"(#include\s+"db/sqlite/)")},
        {"a GUI source includes sqlite3.h", std::regex(R"(#include\s+[<"]sqlite3\.h[>"])")},
        {"a GUI source prepares or executes SQL", std::regex(R"(\.(prepare|execute)\s*\()")},
        {"a GUI source holds SQL text", std::regex(R"re("\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|CREATE)\s)re")},
        {"a GUI source asks the workstation for a database connection", std::regex(R"(\bdatabase\(\)\s*[.)])")},
    };
}

inline std::vector<LayerRule> qtFreeRules() {
    return {{"a Qt-free library includes Qt", std::regex(R"(#include\s+<Q[A-Za-z]+>|#include\s+<Qt)")}};
}

inline std::vector<LayerViolation> violationsIn(const std::string& name, const std::string& text, const std::vector<LayerRule>& rules) {
    std::vector<LayerViolation> found;
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        ++number;
        const std::size_t comment = line.find("//");
        const std::string code = line.rfind("#include", 0) == 0 ? line : line.substr(0, comment);
        for (const LayerRule& rule : rules) {
            if (std::regex_search(code, rule.pattern)) found.push_back({name, number, rule.name});
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return found;
}

}  // namespace reunite::test
