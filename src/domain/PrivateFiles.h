#pragma once
// Private places for personal data: folders only their owner may enter (0700) and files only
// their owner may read (0600), refusing symbolic links and files or folders of other accounts
// (a planted link or a pre-created file in a shared folder must not receive children's data).
// Inputs: paths; nothing is followed through a symbolic link at the final component.
// Guarantees: on failure nothing was loosened; errors (Unreadable) name the path and the reason.
// Thread safety: free functions without shared state.
#include <filesystem>

#include "domain/Result.h"

namespace reunite {

// Creates every missing folder of `folder` with mode 0700 (existing parents are left as they are),
// then requires `folder` itself to be a real folder (not a link) of this account and restricts it
// to 0700. For folders the workstation owns whole: its data folder and its photo store.
Status preparePrivateFolder(const std::filesystem::path& folder);

// Creates the missing folders of `folder` with mode 0700, leaving existing ones (the user's own
// folders, such as the working folder) untouched.
Status createMissingFoldersPrivately(const std::filesystem::path& folder);

// For a file that will hold personal data: when it exists it must be a regular file of this
// account and not a symbolic link; any group or other permission is removed (0600). A missing
// file is fine (callers create it 0600).
Status requirePrivateFile(const std::filesystem::path& file);

}  // namespace reunite
