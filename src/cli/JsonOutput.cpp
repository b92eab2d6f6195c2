#include "cli/JsonOutput.h"

#include <iostream>

namespace reunite::cli {

int printJson(const nlohmann::json& document, int exitCode) {
    std::cout << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return exitCode;
}

}  // namespace reunite::cli
