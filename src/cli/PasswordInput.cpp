#include "cli/PasswordInput.h"

#include <fcntl.h>
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

std::string withoutLineEnd(std::string line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
    return line;
}

// Without a password nobody is signed in: AccessDenied (exit 9), like a wrong one.
Result<std::string> requireNotEmpty(std::string password, const std::string& source) {
    if (password.empty()) return makeError(ErrorCode::AccessDenied, "no password was given (" + source + ")");
    return password;
}

Result<std::string> firstLineOf(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError(ErrorCode::AccessDenied, "cannot read the password file " + quotedPathText(file));
    std::string line;
    std::getline(in, line);
    return requireNotEmpty(withoutLineEnd(line), "the file " + quotedPathText(file) + " is empty");
}

Result<std::string> nextStandardInputLine() {
    std::string line;
    if (!std::getline(std::cin, line)) {
        return makeError(ErrorCode::AccessDenied,
                         "no password was given: set REUNITE_PASSWORD_FILE, type it at the prompt or pipe it to standard input");
    }
    return requireNotEmpty(withoutLineEnd(line), "standard input held an empty line");
}

void writeToTerminal(int tty, std::string_view text) {
    if (::write(tty, text.data(), text.size()) < 0) return;  // a prompt that cannot be shown is not fatal
}

// Asks on the controlling terminal with echo turned off.
Result<std::string> askTerminal(std::string_view prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) return nextStandardInputLine();
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
    return requireNotEmpty(withoutLineEnd(line), "nothing was typed");
}

bool inputIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

}  // namespace

Result<std::string> readPassword(std::string_view prompt) {
    if (const char* file = std::getenv("REUNITE_PASSWORD_FILE"); file && *file) return firstLineOf(file);
    if (inputIsTerminal()) return askTerminal(prompt);
    return nextStandardInputLine();
}

Result<std::string> readNewPassword(const Arguments& args, std::string_view prompt) {
    if (auto file = args.value("new-password-file")) return firstLineOf(*file);
    if (!inputIsTerminal()) return nextStandardInputLine();
    Result<std::string> first = askTerminal(prompt);
    if (!first) return first;
    Result<std::string> again = askTerminal("Type it again");
    if (!again) return again;
    if (first.value() != again.value()) return makeError(ErrorCode::InvalidArgument, "the two passwords differ");
    return first;
}

}  // namespace reunite::cli
