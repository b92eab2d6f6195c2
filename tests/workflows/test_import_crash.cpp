// A reunite-cli import killed with SIGKILL in the middle leaves a database that passes
// PRAGMA integrity_check, and re-running the import completes it to the same content as an
// import that was never interrupted; the same for an encrypted database, whose committed photos
// all open from their sealed copies. The test waits on the child's progress output, never sleeps.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <regex>
#include <set>
#include <tuple>

#include <catch2/catch.hpp>

#include "db/repositories/CandidateRepository.h"
#include "db/sqlite/Database.h"
#include "db/repositories/FaceRepository.h"
#include "GalleryFixtures.h"
#include "TestAccounts.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "domain/FileBytes.h"
#include "workflows/encryption/DatabaseKeyring.h"
#include "workflows/encryption/EncryptionActions.h"

using namespace reunite;
using reunite::test::TempFolder;

namespace {

const std::filesystem::path kCli = std::filesystem::path(REUNITE_BINARY_DIR) / "bin" / "reunite-cli";

struct Child {
    pid_t pid = -1;
    int stderrFd = -1;
};

constexpr const char* kPassphrase = "a passphrase for the crash test";

// The importing volunteer's account in `database` and a file holding its password; an encrypted
// database is encrypted by a supervisor first (with this passphrase).
std::filesystem::path prepareImporter(const std::filesystem::path& database, const TempFolder& folder, bool encrypted) {
    workflows::EncryptedCopy copy;
    {
        auto opened = db::Database::open(database);
        REQUIRE(opened.ok());
        REQUIRE(reunite::test::testAccount(*opened.value(), "crash-volunteer", Role::Volunteer).ok());
        if (!encrypted) return folder.write("password", reunite::test::kTestPassword + "\n");
        const workflows::Actor supervisor = reunite::test::testAccount(*opened.value(), "crash-supervisor", Role::Supervisor).value();
        workflows::Engine engine;
        workflows::Session session(*opened.value(), supervisor, engine);
        copy = workflows::EncryptionActions(session).prepareEncryptedCopy(kPassphrase, security::KdfLimits::minimal()).value();
    }
    REQUIRE(workflows::swapInEncryptedCopy(database, copy).ok());
    return folder.write("password", reunite::test::kTestPassword + "\n");
}

// Every committed photo of an encrypted database opens from its sealed copy to its content.
void requireSealedPhotosOpen(const std::filesystem::path& file) {
    auto database = db::Database::open(file);
    REQUIRE(database.ok());
    const security::DataKey key = workflows::unlockDatabase(*database.value(), kPassphrase).value();
    REQUIRE(key);
    const PhotoStore store = PhotoStore::besideDatabase(file, key);
    for (const db::CandidateRecord& candidate : db::CandidateRepository(*database.value()).list(0, 100000).value()) {
        for (const db::PhotoRecord& photo : db::PhotoRepository(*database.value()).listByOwner(db::PhotoOwner::ofCandidate(candidate.id)).value()) {
            CHECK(photo.storedPath.ends_with(".sealed"));
            Result<std::vector<std::uint8_t>> bytes = store.read(photo.storedPath);
            REQUIRE(bytes.ok());
            CHECK(sha256Hex(bytes.value()) == photo.sha256);
        }
    }
}

Child startImport(const std::filesystem::path& database, const std::filesystem::path& folder, const std::filesystem::path& password,
                  const std::filesystem::path& passphrase = {}) {
    int pipeFds[2];
    REQUIRE(pipe(pipeFds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(pipeFds[1], STDERR_FILENO);
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        close(pipeFds[0]);
        setenv("REUNITE_MODELS_DIR", reunite::test::modelsDir().c_str(), 1);
        setenv("REUNITE_USER", "crash-volunteer", 1);
        setenv("REUNITE_PASSWORD_FILE", password.c_str(), 1);
        if (!passphrase.empty()) setenv("REUNITE_PASSPHRASE_FILE", passphrase.c_str(), 1);
        const std::string db = database.string(), dir = folder.string(), cli = kCli.string();
        execl(cli.c_str(), cli.c_str(), "import", "--db", db.c_str(), "--commit-every", "3", dir.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    return Child{pid, pipeFds[0]};
}

// Reads the child's progress until it reports at least `photos` saved (committed) photos.
bool waitForProgress(const Child& child, int photos) {
    std::string seen;
    const std::regex progress(R"(saved (\d+),)");
    char buffer[512];
    for (;;) {
        const ssize_t n = read(child.stderrFd, buffer, sizeof buffer);
        if (n <= 0) return false;
        seen.append(buffer, static_cast<std::size_t>(n));
        int latest = 0;
        for (auto it = std::sregex_iterator(seen.begin(), seen.end(), progress); it != std::sregex_iterator(); ++it) {
            latest = std::stoi((*it)[1]);
        }
        if (latest >= photos) return true;
    }
}

int runToEnd(const Child& child) {
    char buffer[512];
    while (read(child.stderrFd, buffer, sizeof buffer) > 0) {
    }
    close(child.stderrFd);
    int status = 0;
    waitpid(child.pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

using Content = std::set<std::tuple<std::string, std::string, std::size_t>>;  // (reference, sha256, faces)

// The entries of the photos' own records ("p-N"), not of the unnamed faces of group photos.
std::size_t recordCount(const Content& content) {
    std::size_t records = 0;
    for (const auto& entry : content) records += std::get<0>(entry).rfind("p-", 0) == 0;
    return records;
}

// What the database holds, read with the passphrase when it is encrypted.
Content contentOf(const std::filesystem::path& file) {
    auto database = db::Database::open(file);
    REQUIRE(database.ok());
    REQUIRE(database.value()->integrityCheck().ok());
    if (database.value()->isEncrypted()) REQUIRE(workflows::unlockDatabase(*database.value(), kPassphrase).ok());
    db::CandidateRepository candidates(*database.value());
    db::PhotoRepository photos(*database.value());
    db::FaceRepository faces(*database.value());
    Content content;
    auto all = candidates.list(0, 100000);
    REQUIRE(all.ok());
    std::size_t photoCount = 0;
    for (const auto& candidate : all.value()) {
        auto owned = photos.listByOwner(db::PhotoOwner::ofCandidate(candidate.id));
        REQUIRE(owned.ok());
        for (const auto& photo : owned.value()) {
            auto found = faces.listByPhoto(photo.id);
            REQUIRE(found.ok());
            content.emplace(candidate.externalRef, photo.sha256, found.value().size());
            ++photoCount;
        }
    }
    CHECK(photoCount == content.size());  // nothing stored twice
    return content;
}

}  // namespace

TEST_CASE("an import killed mid-way resumes to the same final content", "[import][reliability]") {
    const bool encrypted = GENERATE(false, true);
    INFO((encrypted ? "encrypted database" : "plain database"));
    INFO("reunite-cli not built at " << kCli);
    REQUIRE(std::filesystem::exists(kCli));
    INFO("the import's progress never reached the test (refused?)");
    TempFolder folder;
    std::filesystem::create_directories(folder.file("photos"));
    reunite::test::writeDistinctPhotos(folder.file("photos"), "p", 36);

    const auto crashed = folder.file("crashed.db");
    const auto clean = folder.file("clean.db");
    const std::filesystem::path password = prepareImporter(crashed, folder, encrypted);
    REQUIRE(prepareImporter(clean, folder, encrypted) == password);
    const std::filesystem::path passphrase = encrypted ? folder.write("passphrase", std::string(kPassphrase) + "\n") : std::filesystem::path();
    if (encrypted) {
        std::filesystem::permissions(passphrase, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace);
    }
    Child child = startImport(crashed, folder.file("photos"), password, passphrase);
    REQUIRE(waitForProgress(child, 8));
    REQUIRE(kill(child.pid, SIGKILL) == 0);
    int status = 0;
    waitpid(child.pid, &status, 0);
    close(child.stderrFd);
    REQUIRE(WIFSIGNALED(status));

    {
        auto database = db::Database::open(crashed);
        REQUIRE(database.ok());
        CHECK(database.value()->integrityCheck().ok());
        db::PhotoRepository photos(*database.value());
        const Content partial = contentOf(crashed);
        CHECK(recordCount(partial) < 36);
    }
    if (encrypted) requireSealedPhotosOpen(crashed);

    CHECK(runToEnd(startImport(crashed, folder.file("photos"), password, passphrase)) == 0);
    CHECK(runToEnd(startImport(clean, folder.file("photos"), password, passphrase)) == 0);
    if (encrypted) requireSealedPhotosOpen(crashed);

    const Content resumed = contentOf(crashed);
    // One entry per photo's record, and one per unnamed face of the group photos among them.
    CHECK(recordCount(resumed) == 36);
    CHECK(resumed.size() > 36);
    CHECK(resumed == contentOf(clean));

    auto database = db::Database::open(crashed);
    REQUIRE(database.ok());
    if (encrypted) REQUIRE(workflows::unlockDatabase(*database.value(), kPassphrase).value());  // the runs' folders are sealed
    db::ImportRunRepository runs(*database.value());
    auto recent = runs.listRecent(10);
    REQUIRE(recent.ok());
    REQUIRE(recent.value().size() == 2);
    CHECK(recent.value()[1].status == db::ImportRunStatus::Failed);  // the killed run, marked on resume
    CHECK(recent.value()[0].status == db::ImportRunStatus::Finished);
}
