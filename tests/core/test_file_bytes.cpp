// readFileBytes, sha256Hex and sha256OfFile: known digests and every refusal path; files written
// whole or not at all (checkOutputPath, writeFileAtomically, writeTextFile).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "ScratchFolder.h"
#include "TestData.h"
#include "domain/FileBytes.h"

namespace fs = std::filesystem;
using reunite::ErrorCode;

namespace {

using reunite::test::ScratchFolder;

std::vector<std::uint8_t> bytesOf(const std::string& text) { return {text.begin(), text.end()}; }

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("sha256Hex matches the FIPS 180-2 test vectors", "[filebytes]") {
    CHECK(reunite::sha256Hex(bytesOf("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(reunite::sha256Hex({}) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(reunite::sha256Hex(bytesOf(std::string(1'000'000, 'a'))) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256OfFile digests the whole file, across read chunks", "[filebytes]") {
    ScratchFolder folder;
    const auto abc = reunite::sha256OfFile(folder.file("abc.txt", bytesOf("abc")));
    REQUIRE(abc.ok());
    CHECK(abc.value() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    std::vector<std::uint8_t> large(2'500'003);
    std::mt19937 random(7);
    for (auto& byte : large) byte = static_cast<std::uint8_t>(random());
    const auto streamed = reunite::sha256OfFile(folder.file("large.bin", large));
    REQUIRE(streamed.ok());
    CHECK(streamed.value() == reunite::sha256Hex(large));

    const auto empty = reunite::sha256OfFile(folder.file("empty.bin", {}));
    REQUIRE(empty.ok());
    CHECK(empty.value() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256OfFile refuses missing files and folders", "[filebytes]") {
    ScratchFolder folder;
    const auto missing = reunite::sha256OfFile(folder.path() / "absent.bin");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    const auto directory = reunite::sha256OfFile(folder.path());
    REQUIRE_FALSE(directory.ok());
    CHECK(directory.error().code == ErrorCode::NotAFile);
}

TEST_CASE("readFileBytes returns the exact content", "[filebytes]") {
    ScratchFolder folder;
    const std::vector<std::uint8_t> content{0x00, 0xFF, 0x10, 0x0A, 0x0D, 0x1A, 0x00, 0x7F};
    const auto read = reunite::readFileBytes(folder.file("binary.bin", content), 1024);
    REQUIRE(read.ok());
    CHECK(read.value() == content);

    const auto atLimit = reunite::readFileBytes(folder.file("eight.bin", content), content.size());
    REQUIRE(atLimit.ok());
    CHECK(atLimit.value().size() == content.size());
}

TEST_CASE("readFileBytes reads files with Unicode names", "[filebytes]") {
    ScratchFolder folder;
    const fs::path path = folder.path() / fs::path(u8"照片_é.bin");
    {
        std::ofstream out(path, std::ios::binary);
        out << "unicode";
    }
    const auto read = reunite::readFileBytes(path, 1024);
    REQUIRE(read.ok());
    CHECK(read.value() == bytesOf("unicode"));
}

TEST_CASE("readFileBytes explains each refusal and names the file", "[filebytes]") {
    ScratchFolder folder;

    SECTION("missing file") {
        const auto result = reunite::readFileBytes(folder.path() / "absent.jpg", 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::NotFound);
        CHECK_THAT(result.error().message, Catch::Contains("absent.jpg") && Catch::Contains("does not exist"));
    }
    SECTION("folder") {
        fs::create_directory(folder.path() / "album.jpg");
        const auto result = reunite::readFileBytes(folder.path() / "album.jpg", 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::NotAFile);
        CHECK_THAT(result.error().message, Catch::Contains("album.jpg") && Catch::Contains("folder"));
    }
    SECTION("empty file") {
        const auto result = reunite::readFileBytes(folder.file("empty.jpg", {}), 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::EmptyFile);
        CHECK_THAT(result.error().message, Catch::Contains("empty.jpg") && Catch::Contains("empty"));
    }
    SECTION("over the size limit") {
        const auto result = reunite::readFileBytes(folder.file("big.jpg", std::vector<std::uint8_t>(2048, 1)), 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
        CHECK_THAT(result.error().message, Catch::Contains("big.jpg") && Catch::Contains("too large"));
    }
    SECTION("character device") {
        if (!fs::exists("/dev/null")) {
            WARN("no /dev/null on this system; device refusal not checked");
            return;
        }
        const auto result = reunite::readFileBytes("/dev/null", 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::NotAFile);
    }
    SECTION("file without read permission") {
        const fs::path locked = folder.file("locked.bin", bytesOf("secret"));
        fs::permissions(locked, fs::perms::none);
        if (std::ifstream(locked).is_open()) {
            WARN("running with privileges that ignore file permissions; unreadable-file refusal not checked");
            return;
        }
        const auto result = reunite::readFileBytes(locked, 1024);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Unreadable);
        CHECK_THAT(result.error().message, Catch::Contains("locked.bin"));
    }
}

TEST_CASE("output files are written whole or not at all", "[filebytes]") {
    reunite::test::TempFolder folder;
    const auto target = folder.file("out.pdf");
    REQUIRE(reunite::writeFileAtomically(target, "first").ok());
    REQUIRE(reunite::writeFileAtomically(target, "second").ok());
    CHECK(readText(target) == "second");
    struct stat info {};
    REQUIRE(::stat(target.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    const auto blocker = folder.write("a-file", "x");
    for (const std::filesystem::path& bad : {blocker / "out.pdf", folder.path(), folder.file("missing") / "out.pdf"}) {
        INFO(bad);
        CHECK(reunite::checkOutputPath(bad).error().code == ErrorCode::Unreadable);
        const reunite::Status status = reunite::writeFileAtomically(bad, "bytes");
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.find(bad.string()) != std::string::npos);
    }
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path())) names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"a-file", "out.pdf"});
}

TEST_CASE("writeTextFile replaces a file whole: a hard link to the old file keeps the old text", "[filebytes]") {
    reunite::test::TempFolder folder;
    const auto target = folder.write("model.json", "old");
    const auto link = folder.file("old-model.json");
    fs::create_hard_link(target, link);
    REQUIRE(reunite::writeTextFile(target, "new").ok());
    CHECK(readText(target) == "new");
    CHECK(readText(link) == "old");
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder.path())) names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"model.json", "old-model.json"});
    CHECK(reunite::writeTextFile(folder.file("made/on/demand.json"), "{}").ok());
    CHECK(readText(folder.file("made/on/demand.json")) == "{}");
}
