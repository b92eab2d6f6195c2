// Fuzzes the gallery import manifest: the CSV reader and the manifest's reading of its rows
// (columns, names, dates, sex, face choice, paths kept inside the manifest's folder).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "domain/CsvReader.h"
#include "workflows/gallery/ImportManifest.h"

namespace {

const std::filesystem::path& manifestFile() {
    static const std::filesystem::path file = [] {
        const std::filesystem::path folder = std::filesystem::temp_directory_path() / "reunite-fuzz-manifest";
        std::filesystem::create_directories(folder);
        return folder / "manifest.csv";
    }();
    return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    [[maybe_unused]] const auto table = reunite::parseCsv(text, "fuzz.csv");
    {
        std::ofstream out(manifestFile(), std::ios::binary | std::ios::trunc);
        out << text;
    }
    [[maybe_unused]] const auto manifest = reunite::ImportManifest::fromCsv(manifestFile());
    return 0;
}
