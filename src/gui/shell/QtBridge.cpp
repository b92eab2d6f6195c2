#include "gui/shell/QtBridge.h"

#include <cstring>

#include <QCoreApplication>

namespace reunite::gui {
namespace {

constexpr const char* kErrorContext = "reunite::gui::ErrorText";

struct ErrorSummary {
    ErrorCode code;
    const char* text;
};

// The kind of error in the interface's language (the details below the GUI are English).
constexpr ErrorSummary kErrorSummaries[] = {
    {ErrorCode::NotFound, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Not found")},
    {ErrorCode::NotAFile, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Not a regular file")},
    {ErrorCode::Unreadable, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Could not be read")},
    {ErrorCode::EmptyFile, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "The file is empty")},
    {ErrorCode::UnsupportedFormat, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Not a supported image format")},
    {ErrorCode::CorruptData, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "The data are damaged")},
    {ErrorCode::TooLarge, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Too large")},
    {ErrorCode::TooSmall, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Too small")},
    {ErrorCode::NoFace, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "No face was found")},
    {ErrorCode::ModelMissing, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "A model file is missing")},
    {ErrorCode::ModelCorrupt, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "A model could not be loaded")},
    {ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Invalid input")},
    {ErrorCode::Cancelled, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Cancelled")},
    {ErrorCode::Database, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Database error")},
    {ErrorCode::StorageFull, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "The workstation's storage is full")},
    {ErrorCode::AccessDenied, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Not allowed")},
    {ErrorCode::Internal, QT_TRANSLATE_NOOP("reunite::gui::ErrorText", "Internal error")},
};

QString errorSummary(ErrorCode code) {
    for (const ErrorSummary& summary : kErrorSummaries) {
        if (summary.code == code) return QCoreApplication::translate(kErrorContext, summary.text);
    }
    return {};
}

}  // namespace

QString toQString(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

std::string toUtf8(const QString& text) { return text.toUtf8().toStdString(); }

std::filesystem::path toPath(const QString& path) {
    const QByteArray utf8 = path.toUtf8();
    return std::filesystem::path(std::u8string(reinterpret_cast<const char8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size())));
}

QString fromPath(const std::filesystem::path& path) {
    const std::u8string utf8 = path.u8string();
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8.data()), static_cast<qsizetype>(utf8.size()));
}

QImage toQImage(const Image& image) {
    if (image.empty() || image.pixels.size() < static_cast<std::size_t>(image.width) * image.height * 3) return {};
    QImage result(image.width, image.height, QImage::Format_RGB888);
    const std::size_t rowBytes = static_cast<std::size_t>(image.width) * 3;
    for (int y = 0; y < image.height; ++y) std::memcpy(result.scanLine(y), image.pixel(0, y), rowBytes);
    return result;
}

QString errorText(const Error& error) {
    const QString details = toQString(error.message);
    const QString summary = errorSummary(error.code);
    const QString format = QCoreApplication::translate("reunite::gui::ErrorText", "%1: %2", "kind of error, then the English details");
    if (format == QLatin1String("%1: %2")) return details;  // English interface: the details say it all
    return format.arg(summary, details);
}

}  // namespace reunite::gui
