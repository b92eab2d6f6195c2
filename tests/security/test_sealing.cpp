// The building blocks of encryption at rest: keys in locked memory, values sealed with
// XChaCha20-Poly1305 and bound to where they belong, and a data key wrapped under a passphrase.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "security/KeyedName.h"
#include "security/SealedBox.h"
#include "security/SecretKey.h"
#include "security/WrappedKey.h"

using namespace reunite;
using namespace reunite::security;

namespace {

std::vector<std::uint8_t> bytesOf(const std::string& text) { return {text.begin(), text.end()}; }

SecretKey randomKey() {
    Result<SecretKey> key = SecretKey::random();
    REQUIRE(key.ok());
    return std::move(key).value();
}

}  // namespace

TEST_CASE("a sealed value opens with its key and place only", "[security][seal]") {
    const SecretKey key = randomKey();
    const std::vector<std::uint8_t> name = bytesOf("Li Wei");
    const std::vector<std::uint8_t> sealed = seal(key, name, "cases/given_names/7").value();
    CHECK(sealed.size() == name.size() + kSealOverheadBytes);
    CHECK(std::search(sealed.begin(), sealed.end(), name.begin(), name.end()) == sealed.end());
    CHECK(open(key, sealed, "cases/given_names/7").value() == name);

    CHECK(open(key, sealed, "cases/given_names/8").error().code == ErrorCode::AccessDenied);  // moved to another row
    CHECK(open(key, sealed, "cases/notes/7").error().code == ErrorCode::AccessDenied);        // or column
    CHECK(open(randomKey(), sealed, "cases/given_names/7").error().code == ErrorCode::AccessDenied);
    for (std::size_t at : {std::size_t{0}, kSealNonceBytes, sealed.size() - 1}) {
        std::vector<std::uint8_t> damaged = sealed;
        damaged[at] ^= 0x01;
        CHECK(open(key, damaged, "cases/given_names/7").error().code == ErrorCode::AccessDenied);
    }
    CHECK(open(key, std::vector<std::uint8_t>(10, 0), "x").error().code == ErrorCode::AccessDenied);
}

TEST_CASE("the same value sealed twice differs and empty values seal", "[security][seal]") {
    const SecretKey key = randomKey();
    const std::vector<std::uint8_t> value = bytesOf("same");
    CHECK(seal(key, value, "a").value() != seal(key, value, "a").value());
    const std::vector<std::uint8_t> empty = seal(key, {}, "a").value();
    CHECK(open(key, empty, "a").value().empty());
}

TEST_CASE("keys are exactly 256 bits and copies are equal", "[security][key]") {
    CHECK(SecretKey::fromBytes(std::vector<std::uint8_t>(31, 1)).error().code == ErrorCode::InvalidArgument);
    const SecretKey key = randomKey();
    const SecretKey copy = key.copy().value();
    CHECK(std::equal(key.bytes().begin(), key.bytes().end(), copy.bytes().begin()));
    SecretKey moved = randomKey();
    SecretKey target = std::move(moved);
    CHECK_FALSE(moved.valid());  // NOLINT(bugprone-use-after-move): the moved-from state is the contract
    CHECK(seal(moved, bytesOf("x"), "a").error().code == ErrorCode::InvalidArgument);
    CHECK(target.valid());
}

TEST_CASE("a data key wrapped under a passphrase opens with that passphrase only", "[security][wrap]") {
    const SecretKey dataKey = randomKey();
    const WrappedKey wrapped = wrapKey(dataKey, "correct horse battery", KdfLimits::minimal()).value();
    const std::string text = wrapped.encode();
    CHECK(text.rfind("reunite-key-1$", 0) == 0);
    const WrappedKey read = WrappedKey::decode(text).value();

    const SecretKey opened = unwrapKey(read, "correct horse battery").value();
    CHECK(std::equal(opened.bytes().begin(), opened.bytes().end(), dataKey.bytes().begin()));
    const Result<SecretKey> wrong = unwrapKey(read, "correct horse battery!");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AccessDenied);
    CHECK(wrong.error().message == "wrong passphrase");

    // Wrapped again (a new passphrase): the same data key, a different salt and text.
    const WrappedKey rewrapped = wrapKey(opened, "another passphrase", KdfLimits::minimal()).value();
    CHECK(rewrapped.salt != wrapped.salt);
    const SecretKey again = unwrapKey(rewrapped, "another passphrase").value();
    CHECK(std::equal(again.bytes().begin(), again.bytes().end(), dataKey.bytes().begin()));
    CHECK(wrapKey(dataKey, "short", KdfLimits::minimal()).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a damaged or planted wrapped key is refused before any derivation", "[security][wrap]") {
    const std::string text = wrapKey(randomKey(), "correct horse battery", KdfLimits::minimal()).value().encode();
    CHECK(WrappedKey::decode("").error().code == ErrorCode::InvalidArgument);
    CHECK(WrappedKey::decode("reunite-key-2" + text.substr(13)).error().code == ErrorCode::InvalidArgument);
    CHECK(WrappedKey::decode(text + "zz").error().code == ErrorCode::InvalidArgument);
    CHECK(WrappedKey::decode("reunite-key-1$1$99999999999999$00$00").error().code == ErrorCode::InvalidArgument);
    CHECK(WrappedKey::decode("reunite-key-1$x$8192$00$00").error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a value sealed in place keeps its size and opens in place only with its key, place and tag", "[security][seal]") {
    const SecretKey key = randomKey();
    const std::vector<std::uint8_t> plain = bytesOf("a 512-byte embedding stands here; any fixed size works the same");
    std::vector<std::uint8_t> stored = plain;
    const Result<DetachedSealBytes> seal = sealDetached(key, stored, "faces/7/embedding");
    REQUIRE(seal.ok());
    CHECK(stored.size() == plain.size());
    CHECK(stored != plain);

    std::vector<std::uint8_t> elsewhere = stored;
    CHECK(openDetached(key, elsewhere, seal.value(), "faces/8/embedding").error().code == ErrorCode::AccessDenied);
    CHECK(elsewhere != plain);  // refused: nothing decrypted
    std::vector<std::uint8_t> changed = stored;
    changed[3] ^= 1;
    CHECK(openDetached(key, changed, seal.value(), "faces/7/embedding").error().code == ErrorCode::AccessDenied);
    std::vector<std::uint8_t> otherKey = stored;
    CHECK(openDetached(randomKey(), otherKey, seal.value(), "faces/7/embedding").error().code == ErrorCode::AccessDenied);
    REQUIRE(openDetached(key, stored, seal.value(), "faces/7/embedding").ok());
    CHECK(stored == plain);
}

TEST_CASE("keyed names: the same for the same key, purpose and value, and with the subkey derived once", "[security][name]") {
    const SecretKey key = randomKey();
    const std::string name = keyedName(key, "case-num", "GZ-2026-0117").value();
    CHECK(name.size() == 64);
    CHECK(name == keyedName(key, "case-num", "GZ-2026-0117").value());
    CHECK(name != keyedName(key, "cand-ref", "GZ-2026-0117").value());
    CHECK(name != keyedName(randomKey(), "case-num", "GZ-2026-0117").value());
    CHECK(name != keyedName(key, "case-num", "GZ-2026-0118").value());
    const SecretKey subkey = namingKey(key, "case-num").value();
    CHECK(nameUnder(subkey, "GZ-2026-0117") == name);
    CHECK(namingKey(key, "too-long-purpose").error().code == ErrorCode::InvalidArgument);
}
