#pragma once
// OutputFile: writing an exported document so that no partial file is ever left behind.
// checkOutputPath(): before the work starts, refuses a destination that is a folder, whose
// folder does not exist, or where no file can be created (a probe file beside it is created and
// removed). writeOutputFile(): writes to a temporary file in the same folder, flushes it to disk
// and renames it over the destination (atomic on POSIX); on any failure the temporary file is
// removed and the destination is untouched. New files get mode 0600 (personal data; the user
// shares them deliberately).
// Errors: Unreadable naming the path and the system's reason (the CLI maps it to exit 3).
// Thread safety: free functions; two writers of the same destination race only on the rename.
#include <filesystem>
#include <string>

#include "domain/Result.h"

namespace reunite::report {

Status checkOutputPath(const std::filesystem::path& destination);
Status writeOutputFile(const std::filesystem::path& destination, const std::string& bytes);

}  // namespace reunite::report
