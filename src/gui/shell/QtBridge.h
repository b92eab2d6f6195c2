#pragma once
// Conversions between the engine's plain types (UTF-8 std::string, std::filesystem::path,
// reunite::Image, reunite::Error) and Qt's. The only place where the two worlds meet.
// Guarantees: text is converted as UTF-8 both ways; toQImage() returns a deep copy (the QImage does
// not refer to the Image's buffer) and a null QImage for an empty Image. errorText() is the
// error's (English) message in the English interface; in a translated interface a translated
// summary of its kind comes first ("未找到：…"), since the layers below the GUI speak English.
// Thread safety: pure functions, safe from any thread (translators are installed at start-up).
#include <filesystem>
#include <string>
#include <string_view>

#include <QImage>
#include <QString>

#include "core/image/Image.h"
#include "domain/Result.h"

namespace reunite::gui {

QString toQString(std::string_view text);
std::string toUtf8(const QString& text);
std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);
QImage toQImage(const Image& image);
QString errorText(const Error& error);

}  // namespace reunite::gui
