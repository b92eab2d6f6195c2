#pragma once
// Reading PDFs back in tests with poppler-utils (pdftotext, pdfinfo, pdffonts; installed by
// setup), and running commands.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <sys/wait.h>

namespace reunite::test {

struct CommandOutput {
    int exitCode = -1;
    std::string output;  // stdout and stderr
};

inline std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline CommandOutput runCommand(const std::string& command) {
    CommandOutput result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline void requirePoppler() {
    INFO("pdftotext/pdfinfo/pdffonts (poppler-utils) are missing: run bash scripts/setup.sh");
    REQUIRE(runCommand("command -v pdftotext && command -v pdfinfo && command -v pdffonts").exitCode == 0);
}

inline void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
}

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The text of the PDF (or of one page, 1-based), in reading order.
inline std::string pdfText(const std::filesystem::path& file, int page = 0) {
    requirePoppler();
    const std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    const CommandOutput out = runCommand("pdftotext -enc UTF-8" + range + " " + shellQuoted(file.string()) + " -");
    INFO(out.output);
    REQUIRE(out.exitCode == 0);
    return out.output;
}

// The text with every run of white space (line breaks of wrapped lines included) as one space.
inline std::string flattened(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    return out;
}

// The expected phrases the text does not contain (empty: all are there); Catch prints the list.
inline std::vector<std::string> missingPhrases(const std::string& text, const std::vector<std::string>& phrases) {
    std::vector<std::string> missing;
    for (const std::string& phrase : phrases) {
        if (text.find(phrase) == std::string::npos) missing.push_back(phrase);
    }
    return missing;
}

inline int pdfPages(const std::filesystem::path& file) {
    requirePoppler();
    const CommandOutput out = runCommand("pdfinfo " + shellQuoted(file.string()));
    INFO(out.output);
    REQUIRE(out.exitCode == 0);
    std::istringstream lines(out.output);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
    }
    FAIL("pdfinfo printed no page count");
    return 0;
}

// Rows of pdffonts: font name and whether it is embedded.
struct PdfFont {
    std::string name;
    bool embedded = false;
};

inline std::vector<PdfFont> pdfFonts(const std::filesystem::path& file) {
    requirePoppler();
    const CommandOutput out = runCommand("pdffonts " + shellQuoted(file.string()));
    INFO(out.output);
    REQUIRE(out.exitCode == 0);
    std::vector<PdfFont> fonts;
    std::istringstream lines(out.output);
    std::string line;
    std::getline(lines, line);  // header
    std::getline(lines, line);  // dashes
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::vector<std::string> words{std::istream_iterator<std::string>(fields), std::istream_iterator<std::string>()};
        // name type [type...] encoding emb sub uni id gen: "emb" is the 5th field from the end.
        if (words.size() < 7) continue;
        fonts.push_back(PdfFont{words.front(), words[words.size() - 5] == "yes"});
    }
    return fonts;
}

inline std::size_t countOf(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++count;
    return count;
}

}  // namespace reunite::test
