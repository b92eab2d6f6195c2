#pragma once
// Where reunite-cli takes passwords from — never from an argument, which other local users can
// read in the process list and which shells keep in their history.
// readPassword: the first line of the file named by $REUNITE_PASSWORD_FILE; else, when standard
// input is a terminal, a prompt on the terminal without echo; else the next line of standard input.
// readNewPassword: the first line of the file given with --new-password-file; else, on a
// terminal, a prompt asked twice (both must agree); else the next line of standard input (after
// the sign-in password, when that came from there too).
// readPassphrase / readNewPassphrase: the same for an encrypted database's passphrase, from the
// file named by $REUNITE_PASSPHRASE_FILE (a key file for unattended use) / by --new-passphrase-file;
// on standard input the passphrase's line comes before the password's. A passphrase file that the
// group or other accounts may read is refused (AccessDenied: chmod 600 it).
// Guarantees: a trailing carriage return is removed; an empty or missing password is
// AccessDenied naming where it was looked for (InvalidArgument when two typed passwords differ);
// nothing is echoed or printed.
// Thread safety: reads process-wide standard input and the terminal; main thread only.
#include <string>
#include <string_view>

#include "cli/CliCommon.h"
#include "domain/Result.h"

namespace reunite::cli {

Result<std::string> readPassword(std::string_view prompt);
Result<std::string> readNewPassword(const Arguments& args, std::string_view prompt);
Result<std::string> readPassphrase(std::string_view prompt);
Result<std::string> readNewPassphrase(const Arguments& args, std::string_view prompt);

}  // namespace reunite::cli
