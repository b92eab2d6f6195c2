#pragma once
// Runs the built reunite-cli as a child process with exact arguments (no shell, so any byte can
// be passed), extra or removed (kUnsetVariable) environment variables, and captures stdout, stderr and the exit code.
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "TestPassword.h"

namespace reunite::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// An environment value that removes the variable from the child's environment.
inline const std::string kUnsetVariable = "\x01unset";

inline std::filesystem::path cliPath() { return std::filesystem::path(REUNITE_BINARY_DIR) / "bin" / "reunite-cli"; }

inline CliRun runCli(const std::vector<std::string>& arguments, const std::map<std::string, std::string>& environment = {},
                     const std::string& standardInput = {}) {
    int outPipe[2], errPipe[2], inPipe[2];
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0 || pipe(inPipe) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(inPipe[0], STDIN_FILENO);
        dup2(outPipe[1], STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1], inPipe[0], inPipe[1]}) close(fd);
        for (const auto& [name, value] : environment) {
            if (value == kUnsetVariable) unsetenv(name.c_str());
            else setenv(name.c_str(), value.c_str(), 1);
        }
        const std::string program = cliPath().string();
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    close(inPipe[0]);
    CliRun run;
    if (!standardInput.empty() && write(inPipe[1], standardInput.data(), standardInput.size()) < 0) {
        run.err = "(the test could not write the child's standard input)\n";
    }
    close(inPipe[1]);
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    char buffer[4096];
    while (open > 0 && poll(fds, 2, -1) > 0) {
        for (pollfd& fd : fds) {
            if (fd.fd < 0 || !(fd.revents & (POLLIN | POLLHUP))) continue;
            const ssize_t n = read(fd.fd, buffer, sizeof buffer);
            if (n <= 0) {
                close(fd.fd);
                fd.fd = -1;
                --open;
                continue;
            }
            (fd.fd == outPipe[0] ? run.out : run.err).append(buffer, static_cast<std::size_t>(n));
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

// kTestPassword in a file for REUNITE_PASSWORD_FILE: written once per test process, removed when
// the process exits (a temporary folder is shared by every test run of the machine).
inline std::filesystem::path cliPasswordFile() {
    struct PasswordFile {
        std::filesystem::path path =
            std::filesystem::temp_directory_path() / ("reunite-cli-password-" + std::to_string(getpid()));
        PasswordFile() {
            std::ofstream(path, std::ios::binary | std::ios::trunc) << kTestPassword << "\n";
            std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        }
        ~PasswordFile() {
            std::error_code ignored;
            std::filesystem::remove(path, ignored);
        }
    };
    static const PasswordFile file;
    return file.path;
}

// The value of --db among the arguments, if any.
inline std::optional<std::string> databaseArgument(const std::vector<std::string>& arguments) {
    for (std::size_t i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == "--db") return arguments[i + 1];
    }
    return std::nullopt;
}

// Runs reunite-cli signed in as `user` (REUNITE_USER, password from cliPasswordFile()). When the
// arguments name a database file that does not exist yet, it is first made with `user` as its
// first supervisor (`account init`), as a unit would set up a new workstation.
inline CliRun runCliSignedIn(const std::vector<std::string>& arguments, const std::string& user,
                             std::map<std::string, std::string> environment = {}, const std::string& standardInput = {}) {
    environment["REUNITE_USER"] = user;
    environment["REUNITE_PASSWORD_FILE"] = cliPasswordFile().string();
    const std::optional<std::string> database = databaseArgument(arguments);
    if (database && !std::filesystem::exists(*database)) {
        runCli({"account", "init", "--db", *database, "--new-password-file", cliPasswordFile().string()}, environment);
    }
    return runCli(arguments, environment, standardInput);
}

}  // namespace reunite::test
