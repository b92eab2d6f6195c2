#pragma once
// JsonOutput: prints a command's JSON result to standard output, indented, one document per call.
// Guarantees: text that is not valid UTF-8 (a file name in another encoding, or a value stored by an
// older version) is printed with U+FFFD in place of the bad bytes instead of failing, so a
// batch's output is never lost to one odd name. Never throws.
// Thread safety: writes to std::cout; call from one thread.
#include <nlohmann/json.hpp>

namespace reunite::cli {

// Returns exitCode, so a command can end with `return printJson(result);`.
int printJson(const nlohmann::json& document, int exitCode = 0);

}  // namespace reunite::cli
