#include "gui/common/TimeText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include "gui/shell/QtBridge.h"

namespace reunite::gui {

QString localTimeText(std::string_view stored) {
    QString text = toQString(stored);
    if (text.size() > 10 && text.at(10) == QLatin1Char(' ')) text[10] = QLatin1Char('T');  // "YYYY-MM-DD HH:MM"
    if (!text.contains(QLatin1Char('T'))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) return text;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

}  // namespace reunite::gui
