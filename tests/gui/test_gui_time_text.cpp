// Stored times as people read them: a UTC stamp in the local time zone and the locale's short
// format, a local event time as entered, a date as a date, anything else unchanged.
#include <cstdlib>
#include <ctime>

#include <QLocale>
#include <QTest>

#include "gui/common/TimeText.h"

using reunite::gui::localTimeText;

class TimeTextTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qputenv("TZ", "Asia/Shanghai");  // UTC+8 all year, no daylight saving
        tzset();
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void utcStampsAreShownInLocalTimeAndLocaleFormat() {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString chinese = localTimeText("2026-11-30T11:09:09.290Z");
        QVERIFY2(chinese.contains(QStringLiteral("19:09")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("2026")), qPrintable(chinese));
        QVERIFY2(!chinese.contains(QLatin1Char('T')) && !chinese.contains(QLatin1Char('Z')), qPrintable(chinese));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(localTimeText("2026-11-30T23:30:00.000Z"), QStringLiteral("01/12/2026 07:30"));
    }

    void localEventTimesAndDatesKeepTheirValue() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(localTimeText("2026-11-20T10:20"), QStringLiteral("20/11/2026 10:20"));
        QCOMPARE(localTimeText("2026-11-20 10:20"), QStringLiteral("20/11/2026 10:20"));
        QCOMPARE(localTimeText("2004-05-06"), QStringLiteral("06/05/2004"));
    }

    void otherTextIsReturnedUnchanged() {
        QCOMPARE(localTimeText("not a time"), QStringLiteral("not a time"));
        QCOMPARE(localTimeText("2026-13-45T99:00"), QStringLiteral("2026-13-45T99:00"));
        QCOMPARE(localTimeText(""), QString());
    }
};

QTEST_GUILESS_MAIN(TimeTextTest)
#include "test_gui_time_text.moc"
