#pragma once
// A throw-away workstation for application-layer tests: a temporary database, one Engine shared by
// every test of the binary (the face models load once), a Session for the account "test-analyst"
// (a supervisor unless the test names another role) and a change
// listener that records what the actions announced.
#include <filesystem>
#include <memory>
#include <string>
#include <mutex>
#include <vector>

#include <catch2/catch.hpp>

#include "TestAccounts.h"
#include "TestData.h"
#include "db/sqlite/Database.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/session/Engine.h"
#include "workflows/session/Session.h"

namespace reunite::test {

class RecordingListener : public workflows::ChangeListener {
public:
    void onRecordsChanged(const workflows::RecordChange& change) override {
        std::lock_guard lock(mutex_);
        changes_.push_back(change);
    }
    bool heard(workflows::RecordKind kind, std::int64_t id = -1) const {
        std::lock_guard lock(mutex_);
        for (const auto& change : changes_) {
            if (change.kind == kind && (id < 0 || change.id == id)) return true;
        }
        return false;
    }

private:
    mutable std::mutex mutex_;
    std::vector<workflows::RecordChange> changes_;
};

inline workflows::Engine& sharedEngine() {
    static workflows::Engine engine;
    return engine;
}

class ActionWorld {
public:
    // Acts as the account `user` with `role` (a supervisor by default: every action allowed).
    explicit ActionWorld(std::string user = "test-analyst", Role role = Role::Supervisor) : folder_("reunite-actions") {
        auto opened = db::Database::open(folder_.file("actions.db"));
        INFO((opened ? std::string() : opened.error().message));
        REQUIRE(opened.ok());
        database_ = std::move(opened).value();
        sharedEngine().forgetGallery();
        Result<workflows::Actor> account = testAccount(*database_, user, role);
        REQUIRE(account.ok());
        session_ = std::make_unique<workflows::Session>(*database_, account.value(), sharedEngine(), &listener_);
    }

    workflows::Session& session() { return *session_; }
    db::Database& database() { return *database_; }
    const RecordingListener& listener() const { return listener_; }
    const TempFolder& folder() const { return folder_; }

private:
    TempFolder folder_;
    std::unique_ptr<db::Database> database_;
    RecordingListener listener_;
    std::unique_ptr<workflows::Session> session_;
};

// Imports copies of these sample photos as a gallery folder through GalleryActions; returns the run.
inline std::int64_t importSampleGallery(ActionWorld& world, const std::vector<std::string>& names) {
    const std::filesystem::path folder = world.folder().file("gallery");
    std::filesystem::create_directories(folder);
    for (const std::string& name : names) std::filesystem::copy_file(samplePhoto(name), folder / name);
    workflows::GalleryImportRequest request;
    request.input = folder;
    Result<ImportSummary> summary = workflows::GalleryActions(world.session()).import(request);
    INFO((summary ? std::string() : summary.error().message));
    REQUIRE(summary.ok());
    return summary.value().runId;
}

}  // namespace reunite::test
