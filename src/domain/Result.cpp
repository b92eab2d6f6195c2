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
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

}  // namespace reunite
