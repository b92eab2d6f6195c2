// reunite-cli encrypt and rekey end to end: only supervisors encrypt; afterwards every command
// needs the passphrase (key file, prompt or the line before the password on standard input); a
// wrong one exits 9 with every file unchanged; no photo-store file is an image any more; backups
// carry the wrapped key and open with the same passphrase.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "FileContent.h"
#include "TestData.h"

using reunite::test::CliRun;
using reunite::test::cliPasswordFile;
using reunite::test::contentOf;
using reunite::test::looksLikeAnImage;
using reunite::test::runCliSignedIn;
using reunite::test::TempFolder;

namespace {

namespace fs = std::filesystem;

constexpr int kOk = 0, kUsage = 2, kDenied = 9;
constexpr const char* kPassphrase = "correct horse battery staple";

nlohmann::json jsonOf(const CliRun& run) {
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(nlohmann::json::accept(run.out));
    return nlohmann::json::parse(run.out);
}

// A key file only its owner may read, as the CLI requires.
fs::path privateFile(const TempFolder& folder, const std::string& name, const std::string& text) {
    const fs::path file = folder.write(name, text);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    return file;
}

// A unit with the supervisor Sam and the analyst Ana, two gallery photos imported, and a
// passphrase in a key file.
struct Unit {
    TempFolder folder{"reunite-cli-encryption"};
    std::string db = folder.file("unit.db").string();
    fs::path keyFile = privateFile(folder, "key.txt", std::string(kPassphrase) + "\n");

    Unit() {
        REQUIRE(as("Sam", {"account", "create", "Ana", "--role", "analyst", "--new-password-file", cliPasswordFile().string()})
                    .exitCode == kOk);
        const fs::path gallery = folder.file("gallery");
        fs::create_directories(gallery);
        for (const char* sample : {"messi5.jpg", "faceapi-sample6.jpg"}) fs::copy_file(reunite::test::samplePhoto(sample), gallery / sample);
        REQUIRE(as("Sam", {"import", "--quiet", gallery.string()}).exitCode == kOk);
    }
    CliRun as(const std::string& user, std::vector<std::string> arguments, std::map<std::string, std::string> environment = {},
              const std::string& standardInput = {}) const {
        arguments.insert(arguments.end(), {"--db", db});
        return runCliSignedIn(arguments, user, environment, standardInput);
    }
    CliRun withKey(const std::string& user, std::vector<std::string> arguments, const fs::path& key) const {
        return as(user, std::move(arguments), {{"REUNITE_PASSPHRASE_FILE", key.string()}});
    }
    fs::path store() const { return db + ".photos"; }
};

}  // namespace

TEST_CASE("encrypt through the CLI: the passphrase opens the database, nothing else does", "[cli][encryption][engine]") {
    Unit unit;
    const std::vector<std::string> encrypt{"encrypt", "--kdf-memory", "8", "--new-passphrase-file", unit.keyFile.string()};
    CHECK(unit.as("Ana", encrypt).exitCode == kDenied);
    CHECK(unit.as("Sam", {"encrypt", "--kdf-memory", "2"}).exitCode == kUsage);
    // A key file other accounts may read has leaked already: refused before anything is written.
    const fs::path readable = unit.folder.write("readable-key.txt", std::string(kPassphrase) + "\n");
    fs::permissions(readable, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read,
                    fs::perm_options::replace);
    const auto untouched = contentOf(unit.store());
    const CliRun leaked = unit.as("Sam", {"encrypt", "--kdf-memory", "8", "--new-passphrase-file", readable.string()});
    CHECK(leaked.exitCode == kDenied);
    CHECK(leaked.err.find("chmod 600") != std::string::npos);
    CHECK(contentOf(unit.store()) == untouched);
    CHECK(unit.as("Sam", {"case", "list"}).exitCode == kOk);  // still plain: no passphrase asked
    const nlohmann::json encrypted = jsonOf(unit.as("Sam", encrypt));
    CHECK(encrypted["sealed_photo_files"] == 2);
    CHECK(encrypted["plain_files_removed"] == 2);
    for (const auto& entry : fs::recursive_directory_iterator(unit.store())) {
        if (!entry.is_regular_file()) continue;
        CHECK_FALSE(looksLikeAnImage(entry.path()));
        CHECK(entry.path().extension() == ".sealed");
    }

    const CliRun noPassphrase = unit.as("Sam", {"case", "list"});
    CHECK(noPassphrase.exitCode == kDenied);
    CHECK(noPassphrase.err.find("passphrase") != std::string::npos);
    const fs::path wrongKey = privateFile(unit.folder, "wrong.txt", "not the passphrase at all\n");
    const auto before = contentOf(unit.folder.path());
    const CliRun wrong = unit.withKey("Sam", {"case", "list"}, wrongKey);
    CHECK(wrong.exitCode == kDenied);
    CHECK(wrong.err.find("wrong passphrase") != std::string::npos);
    CHECK(contentOf(unit.folder.path()) == before);

    CHECK(unit.withKey("Sam", {"case", "list"}, unit.keyFile).exitCode == kOk);
    CHECK(unit.withKey("Sam", {"case", "list"}, readable).exitCode == kDenied);  // the right passphrase, in a leaked file
    CHECK(unit.as("Sam", {"case", "list"}, {}, std::string(kPassphrase) + "\n").exitCode == kOk);  // the line before the password
    CHECK(unit.withKey("Sam", {"check"}, unit.keyFile).exitCode == kOk);
    CHECK(jsonOf(unit.withKey("Sam", encrypt, unit.keyFile))["already_encrypted"] == true);

    const nlohmann::json trail = jsonOf(unit.withKey("Sam", {"audit", "show"}, unit.keyFile));
    CHECK(std::count_if(trail.begin(), trail.end(), [](const nlohmann::json& entry) { return entry["action"] == "database.encrypted"; }) == 1);
}

TEST_CASE("rekey and backups of an encrypted database", "[cli][encryption][engine]") {
    Unit unit;
    REQUIRE(unit.as("Sam", {"encrypt", "--kdf-memory", "8", "--new-passphrase-file", unit.keyFile.string()}).exitCode == kOk);

    const fs::path newKey = privateFile(unit.folder, "new-key.txt", "another passphrase, longer\n");
    const std::vector<std::string> rekey{"rekey", "--kdf-memory", "8", "--new-passphrase-file", newKey.string()};
    CHECK(unit.withKey("Ana", rekey, unit.keyFile).exitCode == kDenied);
    CHECK(unit.withKey("Sam", rekey, unit.keyFile).exitCode == kOk);
    CHECK(unit.withKey("Sam", {"case", "list"}, unit.keyFile).exitCode == kDenied);
    CHECK(unit.withKey("Sam", {"case", "list"}, newKey).exitCode == kOk);

    const fs::path backup = unit.folder.file("backup.db");
    REQUIRE(unit.withKey("Sam", {"backup", backup.string()}, newKey).exitCode == kOk);
    const auto asBackup = [&](const fs::path& key) {
        return runCliSignedIn({"case", "list", "--db", backup.string()}, "Sam", {{"REUNITE_PASSPHRASE_FILE", key.string()}});
    };
    CHECK(asBackup(unit.keyFile).exitCode == kDenied);
    CHECK(asBackup(newKey).exitCode == kOk);
}

namespace {

// What the sqlite3 shell prints for `command` on the database (".dump", or a query).
std::string sqliteShell(const std::string& db, const std::string& command) {
    const std::string line = "sqlite3 -readonly '" + db + "' '" + command + "' 2>&1";
    std::string output;
    if (FILE* pipe = popen(line.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, read);
        REQUIRE(pclose(pipe) == 0);
    }
    return output;
}

// Every byte of the database's files (the file itself and a write-ahead log, if any).
std::string databaseBytes(const std::string& db) {
    std::string bytes;
    for (const std::string& file : {db, db + "-wal"}) {
        if (!fs::exists(file)) continue;
        std::ifstream in(file, std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return bytes;
}

std::string fromHex(const std::string& hex) {
    std::string bytes;
    for (std::size_t at = 0; at + 1 < hex.size(); at += 2) bytes.push_back(static_cast<char>(std::stoi(hex.substr(at, 2), nullptr, 16)));
    return bytes;
}

}  // namespace

TEST_CASE("after encrypt no name, note, date or embedding can be read from the database file", "[cli][encryption][engine]") {
    Unit unit;
    REQUIRE(unit.as("Sam", {"case", "create", "--number", "CASE-SEAL-4711", "--given-names", "Xiaoming", "--family-name", "Qiuzhanglong",
                            "--birth-date", "2015-03-04", "--description", "scar above the left knee", "--contact", "13900001111"})
                .exitCode == kOk);
    REQUIRE(unit.as("Sam", {"case", "add-relative", "--case", "CASE-SEAL-4711", "--relation", "mother", "--given-names", "Meifangzhu",
                            "--notes", "lives near the old mill"})
                .exitCode == kOk);
    REQUIRE(unit.as("Sam", {"case", "add-photo", "--case", "CASE-SEAL-4711", "--age", "4",
                            reunite::test::samplePhoto("faceapi-sample1.jpg").string()})
                .exitCode == kOk);
    // A volunteer's folder named after the person, with a file the import cannot read.
    const fs::path flyers = unit.folder.file("Wangjianguo");
    fs::create_directories(flyers);
    fs::copy_file(reunite::test::samplePhoto("faceapi-sample2.jpg"), flyers / "photo.jpg");
    std::ofstream(flyers / "Zhoulimei.jpg") << "not an image";
    CHECK(unit.as("Sam", {"import", "--quiet", flyers.string()}).exitCode == kOk);
    CHECK(sqliteShell(unit.db, "SELECT count(*) FROM import_errors") == "1\n");
    const std::string embeddingHex = sqliteShell(unit.db, "SELECT hex(embedding) FROM faces ORDER BY id LIMIT 1");
    REQUIRE(embeddingHex.size() >= 1024);
    const std::vector<std::string> secrets{"CASE-SEAL-4711", "Xiaoming", "Qiuzhanglong", "2015-03-04", "scar above", "13900001111",
                                           "Meifangzhu", "old mill", "messi5", "faceapi-sample", "Wangjianguo", "Zhoulimei"};
    const std::string plainDump = sqliteShell(unit.db, ".dump");
    for (const std::string& secret : secrets) CHECK(plainDump.find(secret) != std::string::npos);  // the test can fail

    REQUIRE(unit.as("Sam", {"encrypt", "--kdf-memory", "8", "--new-passphrase-file", unit.keyFile.string()}).exitCode == kOk);
    // A case added afterwards is sealed as it is written.
    REQUIRE(unit.withKey("Sam", {"case", "create", "--number", "CASE-SEAL-0815", "--given-names", "Lanfengyu"}, unit.keyFile).exitCode == kOk);

    const std::string dump = sqliteShell(unit.db, ".dump");
    const std::string bytes = databaseBytes(unit.db);
    for (const std::string& secret : secrets) {
        INFO(secret);
        CHECK(dump.find(secret) == std::string::npos);
        CHECK(bytes.find(secret) == std::string::npos);
    }
    for (const std::string& later : {"CASE-SEAL-0815", "Lanfengyu"}) {
        CHECK(dump.find(later) == std::string::npos);
        CHECK(bytes.find(later) == std::string::npos);
    }
    CHECK(dump.find(embeddingHex.substr(0, 64)) == std::string::npos);
    CHECK(bytes.find(fromHex(embeddingHex.substr(0, 64))) == std::string::npos);

    // With the passphrase every value reads back, in case-number order.
    const nlohmann::json shown = jsonOf(unit.withKey("Sam", {"case", "show", "--case", "CASE-SEAL-4711"}, unit.keyFile));
    CHECK(shown.dump().find("Qiuzhanglong") != std::string::npos);
    CHECK(shown.dump().find("2015-03-04") != std::string::npos);
    CHECK(shown.dump().find("old mill") != std::string::npos);
    CHECK(shown.dump().find("Meifangzhu") != std::string::npos);
    const nlohmann::json listed = jsonOf(unit.withKey("Sam", {"case", "list"}, unit.keyFile));
    REQUIRE(listed.size() == 2);
    CHECK(listed[0]["case_number"] == "CASE-SEAL-0815");
    CHECK(listed[1]["case_number"] == "CASE-SEAL-4711");
    CHECK(unit.withKey("Sam", {"check"}, unit.keyFile).exitCode == kOk);
    CHECK(jsonOf(unit.withKey("Sam", {"audit", "verify"}, unit.keyFile))["intact"] == true);
}
