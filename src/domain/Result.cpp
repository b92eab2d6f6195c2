#include "domain/Result.h"

namespace reunite {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::NotAFile: return "not-a-file";
    case ErrorCode::Unreadable: return "unreadable";
    case ErrorCode::EmptyFile: return "empty-file";
    case ErrorCode::UnsupportedFormat: return "unsupported-format";
    case ErrorCode::CorruptData: return "corrupt-data";
    case ErrorCode::TooLarge: return "too-large";
    case ErrorCode::TooSmall: return "too-small";
    case ErrorCode::NoFace: return "no-face";
    case ErrorCode::ModelMissing: return "model-missing";
    case ErrorCode::ModelCorrupt: return "model-corrupt";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Database: return "database";
    case ErrorCode::StorageFull: return "storage-full";
    case ErrorCode::AccessDenied: return "access-denied";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

ErrorCode errorCodeFromName(std::string_view name) {
    for (int value = 0; value <= static_cast<int>(ErrorCode::Internal); ++value) {
        const auto code = static_cast<ErrorCode>(value);
        if (name == errorCodeName(code)) return code;
    }
    return ErrorCode::Internal;
}

}  // namespace reunite
