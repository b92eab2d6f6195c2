#pragma once
// DataKey: the key an encrypted workstation database seals its personal values and photos with,
// once unwrapped from its passphrase (WrappedKey.h). One per open database, shared read-only by
// every session and worker thread of the workstation; null for a database that is not encrypted.
// Thread safety: the key is immutable once unwrapped; the shared pointer is copied freely.
#include <memory>

#include "security/SecretKey.h"

namespace reunite::security {

using DataKey = std::shared_ptr<const SecretKey>;

}  // namespace reunite::security
