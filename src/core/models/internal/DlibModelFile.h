#pragma once
// readDlibModel: loads a model file written with dlib::serialize (the recognition network, the
// landmark predictor) into `model`.
// Errors: ModelMissing when the file is not there, ModelCorrupt when dlib refuses its contents;
// both name the file (`what` says which model) and the setup command that recreates it.
// Thread safety: touches only its arguments.
#include <filesystem>
#include <string>
#include <string_view>

#include <dlib/serialize.h>

#include "core/models/ModelLocator.h"
#include "domain/Result.h"

namespace reunite::internal {

template <typename Model>
Status readDlibModel(const std::filesystem::path& file, std::string_view what, Model& model) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return makeError(ErrorCode::ModelMissing,
                         std::string(what) + " not found at " + file.string() + "; run: " + kSetupCommand);
    }
    try {
        dlib::deserialize(file.string()) >> model;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::ModelCorrupt, std::string(what) + " " + file.string() + " is damaged (" + e.what() +
                                                      "); run: " + kSetupCommand);
    }
    return Ok{};
}

}  // namespace reunite::internal
