#pragma once
// keyedName: a name for a value that only the key's holder can compute: BLAKE2b-256 under a
// subkey derived from the data key for `purpose` (libsodium crypto_kdf, so the sealing key itself
// is never used for hashing), as 64 lowercase hex digits. The same key, purpose and value always
// give the same name (so equal contents are found again); without the key a name tells nothing
// about the value, not even whether a known photo is among the stored ones.
// Inputs: purpose is exactly 8 characters (crypto_kdf's context), e.g. "photo-nm".
// namingKey + nameUnder split the work for a caller that names many values for one purpose: the
// subkey is derived once (in locked memory) and each name is one BLAKE2b pass.
// Errors: InvalidArgument for an empty key or a purpose of another length.
// Thread safety: free functions; the keys are only read.
#include <string>
#include <string_view>

#include "domain/Result.h"
#include "security/SecretKey.h"

namespace reunite::security {

Result<std::string> keyedName(const SecretKey& key, std::string_view purpose, std::string_view value);
Result<SecretKey> namingKey(const SecretKey& key, std::string_view purpose);
std::string nameUnder(const SecretKey& namingKey, std::string_view value);

}  // namespace reunite::security
