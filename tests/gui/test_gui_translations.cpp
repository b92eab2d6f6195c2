// The Chinese interface in Chinese: errors from the layers below the GUI (English messages) show
// the message alone in English and a Chinese summary of the kind of error first in Chinese, so a
// volunteer who reads no English still sees what went wrong; the flyer page's forms (whose texts
// lupdate once never saw) are translated.
#include <QCoreApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

#include "gui/flyer/FlyerFieldsForm.h"
#include "gui/shell/LanguageSupport.h"
#include "gui/shell/QtBridge.h"

using reunite::Error;
using reunite::ErrorCode;
using reunite::gui::errorText;

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void englishShowsTheMessageAlone() {
        QVERIFY(reunite::gui::LanguageSupport::install(*qApp, QStringLiteral("en")));
        QCOMPARE(errorText(Error{ErrorCode::NotFound, "flyer.png does not exist"}), QStringLiteral("flyer.png does not exist"));
    }

    void chineseNamesTheKindOfErrorFirst() {
        QVERIFY(reunite::gui::LanguageSupport::install(*qApp, QStringLiteral("zh_CN")));
        const QString notFound = errorText(Error{ErrorCode::NotFound, "flyer.png does not exist"});
        QVERIFY2(notFound.startsWith(QStringLiteral("未找到")), qPrintable(notFound));
        QVERIFY2(notFound.endsWith(QStringLiteral("flyer.png does not exist")), qPrintable(notFound));
        const QString unsupported = errorText(Error{ErrorCode::UnsupportedFormat, "not an image"});
        QVERIFY2(unsupported.startsWith(QStringLiteral("不是支持的图像格式")), qPrintable(unsupported));
    }

    void theFlyerFormIsTranslated() {
        QVERIFY(reunite::gui::LanguageSupport::install(*qApp, QStringLiteral("zh_CN")));
        reunite::gui::FlyerFieldsForm form;
        const auto* hint = form.findChild<QLabel*>(QStringLiteral("hintLabel"));
        QVERIFY(hint);
        QVERIFY2(hint->text().startsWith(QStringLiteral("从启事中读取的字段")), qPrintable(hint->text()));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_gui_translations.moc"
