#pragma once
// KeyringRecord: the data key of an encrypted database as stored (the one row of table
// `keyring`): wrapped under the passphrase, in security::WrappedKey's text form. Plain data.
// Thread safety: plain value type, no shared state.
#include <string>

namespace reunite::db {

struct KeyringRecord {
    std::string wrappedKey;
    std::string createdAt;
    std::string changedAt;
    std::string changedBy;
};

}  // namespace reunite::db
