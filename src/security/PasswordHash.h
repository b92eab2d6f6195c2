#pragma once
// Password hashes for accounts: Argon2id (libsodium crypto_pwhash_str, its "interactive" limits:
// 64 MiB and two passes, about 0.1-0.3 s on a workstation), encoded with salt and limits in one
// text, so stronger limits can come later without breaking stored hashes.
// Inputs: a password as typed (UTF-8). checkPasswordRules: at least kMinimumPasswordLength
// characters and not only blanks.
// Guarantees: hashPassword never returns the password or a hash without a fresh random salt;
// passwordMatches compares in constant time and is false for any malformed hash.
// Errors: InvalidArgument (rules), Internal (libsodium could not start or ran out of memory).
// Thread safety: free functions, safe from any thread.
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/Result.h"

namespace reunite::security {

constexpr std::size_t kMinimumPasswordLength = 10;

Status checkPasswordRules(std::string_view password);
Result<std::string> hashPassword(std::string_view password);
bool passwordMatches(std::string_view encodedHash, std::string_view password);

}  // namespace reunite::security
