#include "workflows/storage/WorkerConnections.h"

#include <memory>

namespace reunite::workflows {
namespace {

struct ThreadConnection {
    std::filesystem::path file;
    int generation = -1;
    std::unique_ptr<db::Database> database;
};

}  // namespace

Result<db::Database*> workerConnectionFor(const std::filesystem::path& file, int generation) {
    thread_local ThreadConnection connection;
    if (connection.database && connection.file == file && connection.generation == generation) return connection.database.get();
    connection.database.reset();
    db::OpenOptions options;
    options.quickCheckOnOpen = false;
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(file, options);
    if (!opened) return opened.error();
    connection.file = file;
    connection.generation = generation;
    connection.database = std::move(opened).value();
    return connection.database.get();
}

}  // namespace reunite::workflows
