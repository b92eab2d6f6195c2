#pragma once
// Result<T>: a value or a human-readable error, never both. [[nodiscard]]: a Result is never
// dropped silently (the build treats an ignored Result as an error).
// Contract: value() may only be called when ok(); error() only when !ok(). andThen(f) calls f with
// the value and returns f's Result, or passes the error on, so a chain of steps needs no
// "if (!x) return x.error();" between them.
// Thread safety: plain value type, no shared state.
#include <optional>
#include <type_traits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace reunite {

enum class ErrorCode {
    NotFound,          // file or record does not exist
    NotAFile,          // a directory or special file where a regular file was expected
    Unreadable,        // permission or I/O failure
    EmptyFile,
    UnsupportedFormat, // bytes are not a supported image format
    CorruptData,       // truncated or damaged content
    TooLarge,          // exceeds a configured limit (pixels, bytes)
    TooSmall,          // e.g. a 1x1 image, too small to hold a face
    NoFace,
    ModelMissing,
    ModelCorrupt,
    InvalidArgument,
    Cancelled,
    Database,
    StorageFull,       // the workstation's own storage cannot take more (disk full, quota, file size limit)
    AccessDenied,      // not signed in, wrong password, locked account, or the role may not do this
    Internal,
};

const char* errorCodeName(ErrorCode code);
// The code errorCodeName gave the name; Internal for a name it never gives.
ErrorCode errorCodeFromName(std::string_view name);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { check(); return std::get<T>(state_); }
    T& value() & { check(); return std::get<T>(state_); }
    // By value: the value of a temporary Result (e.g. `for (auto& x : list().value())`) must not
    // be a reference into the temporary, which dies before the loop body runs.
    T value() && { check(); return std::get<T>(std::move(state_)); }

    // f(T&) -> Result<U>: runs f on the value (f may move from it); an error is passed on unchanged.
    template <typename F>
    auto andThen(F&& f) -> std::invoke_result_t<F, T&> {
        if (!ok()) return error();
        return std::forward<F>(f)(std::get<T>(state_));
    }

    const Error& error() const {
        if (ok()) throw std::logic_error("Result::error() called on a value");
        return std::get<Error>(state_);
    }

private:
    void check() const {
        if (!ok()) throw std::logic_error("Result::value() called on an error: " + std::get<Error>(state_).message);
    }
    std::variant<T, Error> state_;
};

// Result<void> equivalent.
struct Ok {};
using Status = Result<Ok>;

template <typename T>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<Result<T>> : std::true_type {};

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

}  // namespace reunite
