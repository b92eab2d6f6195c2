#pragma once
// readJsonModel: reads a JSON model file and builds a T from it with `build(json) -> Result<T>`.
// Errors: ModelMissing "<what> not found: FILE" when the file cannot be opened; ModelCorrupt
// "FILE is not a valid <what>: ..." when it is not JSON or `build` throws (nlohmann's at() on a
// missing key, a wrong type); an error `build` returns keeps its code, with the file named.
// Thread safety: touches only its arguments.
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/Result.h"

namespace reunite {

template <typename T, typename Build>
Result<T> readJsonModel(const std::filesystem::path& file, std::string_view what, Build build) {
    std::ifstream in(file);
    if (!in) return makeError(ErrorCode::ModelMissing, std::string(what) + " not found: " + file.string());
    try {
        nlohmann::json json;
        in >> json;
        Result<T> built = build(json);
        if (!built) return makeError(built.error().code, file.string() + ": " + built.error().message);
        return built;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::ModelCorrupt, file.string() + " is not a valid " + std::string(what) + ": " + e.what());
    }
}

}  // namespace reunite
