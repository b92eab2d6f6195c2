#include "db/records/Timestamps.h"

#include <chrono>

#include "domain/IsoDateTime.h"

namespace reunite::db {

std::string currentUtcTimestamp() {
    return formatUtcMilliseconds(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
}

}  // namespace reunite::db
