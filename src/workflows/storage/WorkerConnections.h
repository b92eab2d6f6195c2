#pragma once
// WorkerConnections: one database connection per worker thread, kept between actions. A thread
// asks for the connection of (database file, generation); a new generation (the user opened
// another database) makes the old connection close and a new one open on that thread's next use.
// Guarantees: connections are opened without the full quick_check (the first open of the file by
// Workstation::openDatabase checked it); each is used only by the thread that opened it.
// Thread safety: connectionFor() may be called from any thread; it only touches that thread's
// own connection (thread-local storage).
#include <filesystem>

#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::workflows {

Result<db::Database*> workerConnectionFor(const std::filesystem::path& file, int generation);

}  // namespace reunite::workflows
