// The Chinese interface in Chinese: errors from the layers below the GUI (English messages) show
// the message alone in English and a Chinese summary of the kind of error first in Chinese, so a
// volunteer who reads no English still sees what went wrong; the flyer page's forms (whose texts
// lupdate once never saw) are translated; what the layers tell a person as a notice (import
// problems, search notes) is shown in Chinese, with its arguments, and in English as the layers say it.
#include <QCoreApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

#include "db/records/ImportErrorRecord.h"
#include "domain/Notice.h"
#include "gui/common/NoticeText.h"
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

    void noticesFollowTheLanguage() {
        const reunite::Notice badSex{reunite::NoticeId::RowUnknownSex, {"4", "X%2"}};
        const reunite::Notice damaged{reunite::NoticeId::DamagedFacesLeftOut, {"2", "12, 40"}};
        QVERIFY(reunite::gui::LanguageSupport::install(*qApp, QStringLiteral("en")));
        QCOMPARE(reunite::gui::NoticeText::of(badSex), QStringLiteral("row 4: unknown sex 'X%2' (use F, M or U)"));
        // In a status line that strings notices together, each reads as a sentence.
        const reunite::Notice kinship{reunite::NoticeId::KinshipCompared, {"2", "3"}};
        const QString sentence = reunite::gui::NoticeText::asSentence(kinship);
        QVERIFY2(sentence.startsWith(QStringLiteral("The leads were ranked")) && sentence.endsWith(QStringLiteral("a lead only.")),
                 qPrintable(sentence));
        QVERIFY(reunite::gui::LanguageSupport::install(*qApp, QStringLiteral("zh_CN")));
        const QString sex = reunite::gui::NoticeText::of(badSex);
        QVERIFY2(sex.contains(QStringLiteral("第 4 行")) && sex.contains(QStringLiteral("性别")) && sex.contains(QStringLiteral("X%2")),
                 qPrintable(sex));
        const QString faces = reunite::gui::NoticeText::of(damaged);
        QVERIFY2(reunite::gui::NoticeText::asSentence(damaged).endsWith(QChar(0x3002)), qPrintable(reunite::gui::NoticeText::asSentence(damaged)));
        QVERIFY2(faces.contains(QStringLiteral("12, 40")) && faces.contains(QStringLiteral("损坏")), qPrintable(faces));
        // A stored import error: its notice in Chinese; one recorded before notices: its English message.
        reunite::db::ImportErrorRecord stored;
        stored.message = "row 4: unknown sex 'X%2' (use F, M or U)";
        stored.notice = reunite::encodeNotice(badSex);
        QCOMPARE(reunite::gui::NoticeText::ofImportError(stored), sex);
        stored.notice.reset();
        QCOMPARE(reunite::gui::NoticeText::ofImportError(stored), QString::fromStdString(stored.message));
        const QString poster = reunite::gui::NoticeText::of(reunite::Notice{reunite::NoticeId::PosterWithoutPhoto, {"C-7"}});
        QVERIFY2(poster.contains(QStringLiteral("C-7")) && poster.contains(QStringLiteral("童年照片")), qPrintable(poster));
        const QString failure = reunite::gui::NoticeText::of(reunite::failureNotice(Error{ErrorCode::NotFound, "a.jpg does not exist"}));
        QVERIFY2(failure.startsWith(QStringLiteral("未找到")), qPrintable(failure));
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
