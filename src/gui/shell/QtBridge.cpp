#include "gui/shell/QtBridge.h"

#include <cstring>

namespace reunite::gui {

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

QString errorText(const Error& error) { return toQString(error.message); }

}  // namespace reunite::gui
