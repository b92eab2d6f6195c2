#include "ocr/TessdataFolder.h"

#include <cctype>

#include <cstdlib>
#include <system_error>

namespace reunite::ocr {
namespace {

std::vector<std::filesystem::path> candidateFolders() {
    std::vector<std::filesystem::path> folders;
    if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix && *prefix) {
        folders.emplace_back(prefix);
        folders.emplace_back(std::filesystem::path(prefix) / "tessdata");
    }
    for (const char* folder : {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                               "/usr/share/tessdata", "/usr/local/share/tessdata"}) {
        folders.emplace_back(folder);
    }
    return folders;
}

std::string languageDescription(const std::string& language) {
    if (language == "eng") return "English";
    if (language == "chi_sim") return "Simplified Chinese";
    if (language == "chi_tra") return "Traditional Chinese";
    return language;
}

bool isRegularFile(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

}  // namespace

std::vector<std::string> splitLanguages(const std::string& languages) {
    std::vector<std::string> list;
    std::size_t start = 0;
    while (start <= languages.size()) {
        std::size_t end = languages.find('+', start);
        if (end == std::string::npos) end = languages.size();
        if (end > start) list.push_back(languages.substr(start, end - start));
        start = end + 1;
    }
    return list;
}

std::string tessdataPackageFor(const std::string& language) {
    // Script models are capitalised ("HanS") and packaged as tesseract-ocr-script-hans.
    const bool script = !language.empty() && language.front() >= 'A' && language.front() <= 'Z';
    std::string package = script ? "tesseract-ocr-script-" : "tesseract-ocr-";
    for (char c : language) package.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return package;
}

Result<std::filesystem::path> findTessdataFolder(const std::string& languages,
                                                 const std::filesystem::path& explicitFolder) {
    const std::vector<std::string> wanted = splitLanguages(languages);
    if (wanted.empty()) return makeError(ErrorCode::InvalidArgument, "no OCR language given");
    const std::vector<std::filesystem::path> folders =
        explicitFolder.empty() ? candidateFolders() : std::vector<std::filesystem::path>{explicitFolder};
    std::filesystem::path reported;
    for (const std::filesystem::path& folder : folders) {
        bool all = true;
        bool any = false;
        for (const std::string& language : wanted) {
            const bool present = isRegularFile(folder / (language + ".traineddata"));
            all &= present;
            any |= present;
        }
        if (all) return folder;
        if (any && reported.empty()) reported = folder;
    }
    if (reported.empty()) reported = folders.front();
    std::string message;
    std::string packages;
    for (const std::string& language : wanted) {
        if (isRegularFile(reported / (language + ".traineddata"))) continue;
        if (!message.empty()) message += "; ";
        message.append("Tesseract's ").append(languageDescription(language)).append(" data (").append(language);
        message.append(".traineddata) is missing from ").append(reported.string());
        packages.append(" ").append(tessdataPackageFor(language));
    }
    message.append(". Install it with: apt-get install").append(packages);
    return makeError(ErrorCode::ModelMissing, message);
}

}  // namespace reunite::ocr
