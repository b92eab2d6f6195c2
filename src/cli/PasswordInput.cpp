#include "cli/PasswordInput.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>

#include "domain/Utf8Text.h"

namespace reunite::cli {

namespace {

// What is read: a password (signing in) or a passphrase (the database's key), and where from.
struct SecretKind {
    const char* noun;
    const char* environment;  // names a file whose first line is it
    const char* newFileOption;
    bool privateFileOnly;     // refuse a file that other accounts may read (a key file)
};

constexpr SecretKind kPassword{"password", "REUNITE_PASSWORD_FILE", "new-password-file", false};
constexpr SecretKind kPassphrase{"passphrase", "REUNITE_PASSPHRASE_FILE", "new-passphrase-file", true};

std::string withoutLineEnd(std::string line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
    return line;
}

// Without a password nobody is signed in: AccessDenied (exit 9), like a wrong one.
Result<std::string> requireNotEmpty(std::string secret, const SecretKind& kind, const std::string& source) {
    if (secret.empty()) return makeError(ErrorCode::AccessDenied, std::string("no ") + kind.noun + " was given (" + source + ")");
    return secret;
}

// A key file that the group or other accounts may read has leaked already: refused, as ssh
// refuses such a private key.
Status requirePrivateKeyFile(const std::string& file, const SecretKind& kind) {
    struct stat status {};
    if (!kind.privateFileOnly || ::stat(file.c_str(), &status) != 0 || (status.st_mode & 077) == 0) return Ok{};
    return makeError(ErrorCode::AccessDenied, std::string("the ") + kind.noun + " file " + quotedPathText(file) +
                                                  " may be read by other accounts: restrict it with chmod 600 first");
}

Result<std::string> firstLineOf(const std::string& file, const SecretKind& kind) {
    if (Status restricted = requirePrivateKeyFile(file, kind); !restricted) return restricted.error();
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError(ErrorCode::AccessDenied, std::string("cannot read the ") + kind.noun + " file " + quotedPathText(file));
    std::string line;
    std::getline(in, line);
    return requireNotEmpty(withoutLineEnd(line), kind, "the file " + quotedPathText(file) + " is empty");
}

Result<std::string> nextStandardInputLine(const SecretKind& kind) {
    std::string line;
    if (!std::getline(std::cin, line)) {
        return makeError(ErrorCode::AccessDenied, std::string("no ") + kind.noun + " was given: set " + kind.environment +
                                                      ", type it at the prompt or pipe it to standard input");
    }
    return requireNotEmpty(withoutLineEnd(line), kind, "standard input held an empty line");
}

void writeToTerminal(int tty, std::string_view text) {
    if (::write(tty, text.data(), text.size()) < 0) return;  // a prompt that cannot be shown is not fatal
}

// Asks on the controlling terminal with echo turned off.
Result<std::string> askTerminal(std::string_view prompt, const SecretKind& kind) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) return nextStandardInputLine(kind);
    termios saved{};
    const bool canHide = ::tcgetattr(tty, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &hidden);
    }
    writeToTerminal(tty, std::string(prompt) + ": ");
    std::string line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n') line.push_back(c);
    if (canHide) ::tcsetattr(tty, TCSAFLUSH, &saved);
    writeToTerminal(tty, "\n");
    ::close(tty);
    return requireNotEmpty(withoutLineEnd(line), kind, "nothing was typed");
}

bool inputIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

Result<std::string> readSecret(std::string_view prompt, const SecretKind& kind) {
    if (const char* file = std::getenv(kind.environment); file && *file) return firstLineOf(file, kind);
    if (inputIsTerminal()) return askTerminal(prompt, kind);
    return nextStandardInputLine(kind);
}

Result<std::string> readNewSecret(const Arguments& args, std::string_view prompt, const SecretKind& kind) {
    if (auto file = args.value(kind.newFileOption)) return firstLineOf(*file, kind);
    if (!inputIsTerminal()) return nextStandardInputLine(kind);
    Result<std::string> first = askTerminal(prompt, kind);
    if (!first) return first;
    Result<std::string> again = askTerminal("Type it again", kind);
    if (!again) return again;
    if (first.value() != again.value()) return makeError(ErrorCode::InvalidArgument, std::string("the two ") + kind.noun + "s differ");
    return first;
}

}  // namespace

Result<std::string> readPassword(std::string_view prompt) { return readSecret(prompt, kPassword); }

Result<std::string> readNewPassword(const Arguments& args, std::string_view prompt) { return readNewSecret(args, prompt, kPassword); }

Result<std::string> readPassphrase(std::string_view prompt) { return readSecret(prompt, kPassphrase); }

Result<std::string> readNewPassphrase(const Arguments& args, std::string_view prompt) {
    return readNewSecret(args, prompt, kPassphrase);
}

}  // namespace reunite::cli
