// Where reunite-cli puts personal data, end to end: the default data folder, new database folders
// and the photo store are 0700, the database and written faces (chips, progressed images) 0600; a
// database file that is a planted link or another account's file is refused and left unchanged.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "TestData.h"

using reunite::test::CliRun;
using reunite::test::kUnsetVariable;
using reunite::test::cliPasswordFile;
using reunite::test::runCliSignedIn;
using reunite::test::samplePhoto;
using reunite::test::TempFolder;

namespace {

namespace fs = std::filesystem;

constexpr int kOk = 0;

unsigned modeOf(const fs::path& path) {
    struct stat status {};
    REQUIRE(::lstat(path.c_str(), &status) == 0);
    return status.st_mode & 0777;
}

std::string contentOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CliRun cli(const std::vector<std::string>& arguments, std::map<std::string, std::string> environment = {}) {
    return runCliSignedIn(arguments, "privacy-tester", std::move(environment));
}

// `account init` on the database the environment or --db names: the first command of a workstation.
CliRun initAccounts(std::vector<std::string> arguments, std::map<std::string, std::string> environment = {}) {
    std::vector<std::string> full{"account", "init", "--new-password-file", cliPasswordFile().string()};
    full.insert(full.end(), arguments.begin(), arguments.end());
    return cli(full, std::move(environment));
}

}  // namespace

TEST_CASE("the default data folder and the database in it are private", "[cli][privacy]") {
    TempFolder folder("reunite-privacy-home");
    const fs::path home = folder.file("home");
    fs::create_directories(home);
    const std::map<std::string, std::string> onlyHome{{"HOME", home.string()}, {"XDG_DATA_HOME", kUnsetVariable}, {"REUNITE_DB", kUnsetVariable}};
    REQUIRE(initAccounts({}, onlyHome).exitCode == kOk);
    const fs::path data = home / ".local" / "share" / "reunite";
    CHECK(modeOf(data) == 0700);
    CHECK(modeOf(data / "reunite.db") == 0600);

    fs::permissions(data, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
    REQUIRE(cli({"case", "list"}, onlyHome).exitCode == kOk);
    CHECK(modeOf(data) == 0700);  // an existing data folder left open by an older version is closed
}

TEST_CASE("new folders for a database are created private", "[cli][privacy]") {
    TempFolder folder("reunite-privacy-new");
    const fs::path db = folder.file("unit") / "cases" / "r.db";
    REQUIRE(cli({"case", "create", "--db", db.string(), "--number", "P-1", "--given-names", "Lea"}).exitCode == kOk);
    CHECK(modeOf(folder.file("unit")) == 0700);
    CHECK(modeOf(db.parent_path()) == 0700);
    CHECK(modeOf(db) == 0600);
}

TEST_CASE("a world-readable database file is closed to others", "[cli][privacy]") {
    TempFolder folder("reunite-privacy-mode");
    const fs::path db = folder.write("open.db", "");
    fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::group_write |
                            fs::perms::others_read | fs::perms::others_write);
    REQUIRE(initAccounts({"--db", db.string()}).exitCode == kOk);
    CHECK(modeOf(db) == 0600);
}

TEST_CASE("a database path that is a planted link is refused and its target left as it was", "[cli][privacy]") {
    TempFolder folder("reunite-privacy-link");
    const fs::path target = folder.write("elsewhere.db", "");
    const fs::path link = folder.file("reunite.db");
    fs::create_symlink(target, link);
    const CliRun refused = initAccounts({"--db", link.string()});
    CHECK(refused.exitCode != kOk);
    CHECK(refused.err.find("symbolic link") != std::string::npos);
    CHECK(contentOf(target).empty());
    CHECK(fs::is_symlink(link));
}

TEST_CASE("a database file of another account is refused", "[cli][privacy]") {
    if (::geteuid() != 0) {
        WARN("not run: only root can give a file to another account");
        return;
    }
    TempFolder folder("reunite-privacy-owner");
    const fs::path db = folder.write("planted.db", "");
    REQUIRE(::chown(db.c_str(), 65534, 65534) == 0);
    const CliRun refused = initAccounts({"--db", db.string()});
    CHECK(refused.exitCode != kOk);
    CHECK(refused.err.find("another account") != std::string::npos);
    CHECK(contentOf(db).empty());
}

TEST_CASE("the photo store and written faces are private", "[cli][privacy][engine]") {
    TempFolder folder("reunite-privacy-faces");
    const fs::path db = folder.file("r.db");
    REQUIRE(cli({"case", "create", "--db", db.string(), "--number", "P-5"}).exitCode == kOk);
    REQUIRE(cli({"case", "add-photo", "--db", db.string(), "--case", "P-5", "--age", "30", samplePhoto("messi5.jpg").string()})
                .exitCode == kOk);
    const fs::path store = fs::path(db.string() + ".photos");
    REQUIRE(fs::is_directory(store));
    CHECK(modeOf(store) == 0700);
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(store)) {
        INFO(entry.path());
        CHECK(modeOf(entry.path()) == (entry.is_directory() ? 0700u : 0600u));
    }

    const fs::path chip = folder.file("chip.ppm");
    REQUIRE(cli({"chip", samplePhoto("astronaut.png").string(), "--out", chip.string()}).exitCode == kOk);
    CHECK(modeOf(chip) == 0600);
    const fs::path aged = folder.file("aged.png");
    REQUIRE(cli({"progress", samplePhoto("astronaut.png").string(), "--age", "30", "--target", "50", "--out", aged.string()})
                .exitCode == kOk);
    CHECK(modeOf(aged) == 0600);
}
