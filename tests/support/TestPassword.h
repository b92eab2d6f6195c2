#pragma once
// The password of every account tests make (through the application layer or reunite-cli).
#include <string>

namespace reunite::test {

inline const std::string kTestPassword = "test password 1";

}  // namespace reunite::test
