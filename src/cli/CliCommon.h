#pragma once
// Shared plumbing of reunite-cli commands: exit codes, argument parsing helpers, JSON of faces.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite::cli {

// Exit codes, documented in `reunite-cli --help`.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitBadInput = 3,     // an input image or file could not be used
    ExitNoFace = 4,       // a command that needs a face found none
    ExitModel = 5,        // a model is missing or corrupt: run setup
    ExitCancelled = 6,
    ExitDatabase = 7,
    ExitStorage = 8,      // the workstation's storage is full or cannot be written
    ExitDenied = 9,       // not signed in, wrong password, locked account, or the role may not do this
    ExitInternal = 10,
};

int exitCodeFor(const Error& error);
int fail(const Error& error);              // prints "reunite-cli: error: ..." to stderr, returns exit code
int usageError(const std::string& message);

// Minimal option parser: --name value, --flag, and positional arguments.
class Arguments {
public:
    Arguments(const std::vector<std::string>& args, const std::vector<std::string>& flagNames,
              const std::vector<std::string>& valueNames);
    bool valid() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    // --name as a whole number in [min, max]; nullopt when absent; InvalidArgument (exit 2)
    // naming the option when it is not entirely such a number.
    Result<std::optional<std::int64_t>> integer(const std::string& name, std::int64_t min, std::int64_t max) const;
    // --name as a finite number in [min, max]; as integer().
    Result<std::optional<double>> number(const std::string& name, double min, double max) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::vector<std::string> flags_;
    std::vector<std::string> positional_;
    std::string error_;
};

// A finite number, or nothing when the text is absent or not entirely a number.
std::optional<double> parseNumber(const std::optional<std::string>& text);

nlohmann::json faceToJson(const FaceRecord& face, bool withEmbedding, bool withLandmarks);

}  // namespace reunite::cli
