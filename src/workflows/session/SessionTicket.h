#pragma once
// SessionTicket: what a worker thread needs to act for the user: the database file and its
// generation (which database the screen had open when the work started), the acting user, the
// shared engine, the change listener and the database's data key (null: not encrypted). Taken on the thread that starts the work (the GUI
// thread: Workstation::ticket()), then used on any thread: run() opens (or reuses) that thread's connection and runs the action with a
// Session.
// Thread safety: a copyable value; run() may be called from any thread (the engine and the
// listener are thread-safe and must outlive the work).
#include <filesystem>
#include <functional>
#include <memory>

#include "domain/Result.h"
#include "workflows/encryption/DataKeySealer.h"
#include "workflows/storage/WorkerConnections.h"
#include "workflows/session/Engine.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

class SessionTicket {
public:
    SessionTicket(std::filesystem::path file, int generation, Actor actor, std::shared_ptr<Engine> engine,
                  ChangeListener* listener, security::DataKey key = nullptr)
        : file_(std::move(file)), generation_(generation), actor_(std::move(actor)), engine_(std::move(engine)), listener_(listener),
          key_(std::move(key)) {}

    int generation() const { return generation_; }

    template <typename T>
    Result<T> run(const std::function<Result<T>(Session&)>& action) const {
        if (file_.empty()) return makeError(ErrorCode::Database, "no database is open");
        Result<db::Database*> connection = workerConnectionFor(file_, generation_);
        if (!connection) return connection.error();
        Session session(*connection.value(), actor_, *engine_, listener_, key_);
        return action(session);
    }

    // Loads the search gallery of the ticket's database into the engine (the number of faces).
    // Not a user action: it reads embeddings into memory and shows nothing, so the workstation
    // warms it up before anybody signs in; searching it is authorized (SearchCases).
    Result<std::size_t> warmUpGallery() const {
        if (file_.empty()) return makeError(ErrorCode::Database, "no database is open");
        Result<db::Database*> connection = workerConnectionFor(file_, generation_);
        if (!connection) return connection.error();
        // An encrypted database's embeddings open with the key (none yet: AccessDenied, locked).
        useKey(*connection.value(), key_);
        Result<std::shared_ptr<GalleryIndex>> gallery = engine_->gallery(*connection.value());
        if (!gallery) return gallery.error();
        return gallery.value()->faceCount();
    }

private:
    std::filesystem::path file_;
    int generation_ = 0;
    Actor actor_;
    std::shared_ptr<Engine> engine_;
    ChangeListener* listener_ = nullptr;
    security::DataKey key_;
};

}  // namespace reunite::workflows
