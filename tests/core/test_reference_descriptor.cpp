// Checks the converted face-recognition network against face-api's own forward pass.
//
// Inputs (environment):
//   REUNITE_FACE_NET        the dlib network written by reunite-convert-model
//   REUNITE_REFERENCE_CHIP  a 150x150 binary PPM (P6, maxval 255) face chip
//   REUNITE_REFERENCE_JSON  scripts/faceapi-reference/reference.mjs's output for that chip
// The chip goes through reunite::loadFaceEmbedder (the production path); every one of the 128
// components must be within 1e-4 of face-api's. A missing variable or file, or a malformed chip or
// JSON, fails the test with a message saying what is wrong.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/embedding/FaceEmbedder.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"

namespace {

constexpr int kChipSize = 150;
constexpr double kTolerance = 1e-4;

std::filesystem::path requiredFileFromEnv(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        FAIL(name << " is not set; it must name an existing file (see scripts/faceapi-reference/reference.mjs)");
    }
    const std::filesystem::path path(value);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) FAIL(name << "=" << path.string() << " is not an existing file");
    return path;
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) FAIL("cannot open " << path.string());
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Reads a 150x150 maxval-255 binary PPM, comments allowed in the header.
reunite::Image readChip(const std::filesystem::path& path) {
    const std::string bytes = readAll(path);
    std::size_t pos = 0;
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    auto token = [&]() -> std::string {
        for (;;) {
            while (pos < bytes.size() && isSpace(bytes[pos])) ++pos;
            if (pos < bytes.size() && bytes[pos] == '#') {
                while (pos < bytes.size() && bytes[pos] != '\n' && bytes[pos] != '\r') ++pos;
            } else {
                break;
            }
        }
        const std::size_t start = pos;
        while (pos < bytes.size() && !isSpace(bytes[pos]) && bytes[pos] != '#') ++pos;
        if (start == pos) FAIL(path.string() << ": truncated PPM header");
        return bytes.substr(start, pos - start);
    };
    auto number = [&](const char* what) {
        const std::string t = token();
        if (t.empty() || t.find_first_not_of("0123456789") != std::string::npos || t.size() > 6) {
            FAIL(path.string() << ": PPM " << what << " '" << t << "' is not a number");
        }
        return std::stoi(t);
    };

    const std::string magic = token();
    if (magic != "P6") FAIL(path.string() << ": not a binary PPM (magic '" << magic << "', expected 'P6')");
    const int width = number("width");
    const int height = number("height");
    const int maxval = number("maxval");
    if (width != kChipSize || height != kChipSize) {
        FAIL(path.string() << ": chip is " << width << "x" << height << ", expected " << kChipSize << "x" << kChipSize);
    }
    if (maxval != 255) FAIL(path.string() << ": PPM maxval is " << maxval << ", expected 255");
    if (pos >= bytes.size() || !isSpace(bytes[pos])) FAIL(path.string() << ": PPM header not followed by pixel data");
    ++pos;
    const std::size_t expected = static_cast<std::size_t>(width) * height * 3;
    if (bytes.size() - pos != expected) {
        FAIL(path.string() << ": PPM holds " << bytes.size() - pos << " pixel bytes, expected " << expected);
    }
    reunite::Image chip = reunite::Image::blank(width, height);
    std::copy(bytes.begin() + static_cast<std::ptrdiff_t>(pos), bytes.end(), chip.pixels.begin());
    return chip;
}

std::vector<double> readReferenceDescriptor(const std::filesystem::path& path) {
    const std::string text = readAll(path);
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) FAIL(path.string() << " is not valid JSON");
    if (!json.is_object() || !json.contains("descriptor") || !json["descriptor"].is_array()) {
        FAIL(path.string() << " has no \"descriptor\" array");
    }
    std::vector<double> descriptor;
    for (const auto& value : json["descriptor"]) {
        if (!value.is_number()) FAIL(path.string() << ": \"descriptor\" holds a non-number");
        descriptor.push_back(value.get<double>());
    }
    if (descriptor.size() != static_cast<std::size_t>(reunite::kEmbeddingSize)) {
        FAIL(path.string() << ": descriptor has " << descriptor.size() << " values, expected " << reunite::kEmbeddingSize);
    }
    return descriptor;
}

}  // namespace

TEST_CASE("converted network reproduces face-api's FaceRecognitionNet descriptor", "[reference][embedder]") {
    const auto networkPath = requiredFileFromEnv("REUNITE_FACE_NET");
    const auto chipPath = requiredFileFromEnv("REUNITE_REFERENCE_CHIP");
    const auto jsonPath = requiredFileFromEnv("REUNITE_REFERENCE_JSON");

    const reunite::Image chip = readChip(chipPath);
    const std::vector<double> reference = readReferenceDescriptor(jsonPath);

    auto embedder = reunite::loadFaceEmbedder(networkPath);
    if (!embedder) FAIL("cannot load " << networkPath.string() << ": " << embedder.error().message);
    const std::vector<reunite::Embedding> embeddings = embedder.value()->embed({chip});
    REQUIRE(embeddings.size() == 1);
    const reunite::Embedding& ours = embeddings.front();

    double maxDiff = 0.0;
    std::size_t worst = 0;
    std::size_t outside = 0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double diff = std::abs(static_cast<double>(ours[i]) - reference[i]);
        if (!(diff <= kTolerance)) ++outside;
        if (!(diff <= maxDiff)) {
            maxDiff = diff;
            worst = i;
        }
    }
    std::ostringstream summary;
    summary.precision(3);
    summary << "max |dlib - face-api| = " << maxDiff << " (component " << worst << "); " << outside << " of "
            << reference.size() << " components differ by more than " << kTolerance;
    WARN(summary.str());
    CHECK(outside == 0);
}
