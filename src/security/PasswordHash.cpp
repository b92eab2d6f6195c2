#include "security/PasswordHash.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace reunite::security {

namespace {

Status startSodium() {
    if (sodium_init() < 0) return makeError(ErrorCode::Internal, "the cryptography library (libsodium) could not start");
    return Ok{};
}

}  // namespace

Status checkPasswordRules(std::string_view password) {
    const bool blank = std::all_of(password.begin(), password.end(), [](unsigned char c) { return std::isspace(c); });
    if (blank || password.size() < kMinimumPasswordLength) {
        return makeError(ErrorCode::InvalidArgument,
                         "a password needs at least " + std::to_string(kMinimumPasswordLength) + " characters");
    }
    return Ok{};
}

Result<std::string> hashPassword(std::string_view password) {
    if (Status rules = checkPasswordRules(password); !rules) return rules.error();
    if (Status started = startSodium(); !started) return started.error();
    std::string encoded(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(encoded.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Internal, "the password could not be hashed (out of memory)");
    }
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool passwordMatches(std::string_view encodedHash, std::string_view password) {
    if (!startSodium() || encodedHash.empty() || encodedHash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string terminated(encodedHash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace reunite::security
