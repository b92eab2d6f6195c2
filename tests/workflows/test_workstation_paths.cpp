// The default database place: never a shared temporary folder, whatever the environment lacks.
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "workflows/storage/WorkstationPaths.h"

namespace {

// Sets or removes an environment variable for the scope, restoring it afterwards.
class ScopedVariable {
public:
    ScopedVariable(const char* name, std::optional<std::string> value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) setenv(name, value->c_str(), 1);
        else unsetenv(name);
    }
    ~ScopedVariable() {
        if (old_) setenv(name_, old_->c_str(), 1);
        else unsetenv(name_);
    }
    ScopedVariable(const ScopedVariable&) = delete;
    ScopedVariable& operator=(const ScopedVariable&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("without HOME the database goes to the account's home and never to the temporary folder", "[paths][privacy]") {
    ScopedVariable db("REUNITE_DB", std::nullopt), xdg("XDG_DATA_HOME", std::nullopt), home("HOME", std::nullopt),
        tmp("TMPDIR", "/tmp");
    const reunite::Result<std::filesystem::path> path = reunite::defaultDatabasePath();
    const struct passwd* account = ::getpwuid(::geteuid());
    REQUIRE(account);
    REQUIRE(path);
    CHECK(path.value() == std::filesystem::path(account->pw_dir) / ".local" / "share" / "reunite" / "reunite.db");
    CHECK(path.value().string().rfind("/tmp/", 0) != 0);
}

TEST_CASE("REUNITE_DB and XDG_DATA_HOME choose the database place", "[paths]") {
    ScopedVariable xdg("XDG_DATA_HOME", "/srv/data"), db("REUNITE_DB", std::nullopt);
    CHECK(reunite::defaultDatabasePath().value() == std::filesystem::path("/srv/data/reunite/reunite.db"));
    ScopedVariable explicitDb("REUNITE_DB", "/cases/unit.db");
    CHECK(reunite::defaultDatabasePath().value() == std::filesystem::path("/cases/unit.db"));
    CHECK_FALSE(reunite::isDefaultDataFolder("/srv/data/reunite"));
}

TEST_CASE("a relative data home is refused rather than guessed", "[paths][privacy]") {
    ScopedVariable db("REUNITE_DB", std::nullopt), xdg("XDG_DATA_HOME", "relative/data");
    const reunite::Result<std::filesystem::path> path = reunite::defaultDatabasePath();
    REQUIRE_FALSE(path);
    CHECK(path.error().message.find("REUNITE_DB") != std::string::npos);
}
