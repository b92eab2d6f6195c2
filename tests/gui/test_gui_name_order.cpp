// Forms ask for the family name first where the interface language writes it first (李伟: family
// name 李), and given names first in English; the tab order follows.
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTest>

#include "gui/common/NameFieldOrder.h"
#include "gui/flyer/FlyerFieldsForm.h"

using reunite::gui::FlyerFieldsForm;

namespace {

int rowOf(QWidget& form, const char* field) {
    auto* layout = form.findChild<QFormLayout*>(QStringLiteral("formLayout"));
    auto* widget = form.findChild<QLineEdit*>(QString::fromLatin1(field));
    if (!layout || !widget) return -1;
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(widget, &row, &role);
    return row;
}

}  // namespace

class NameOrderTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void chineseAsksForTheFamilyNameFirst() {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        FlyerFieldsForm form;
        const int family = rowOf(form, "familyNameEdit");
        const int given = rowOf(form, "givenNamesEdit");
        QVERIFY(family >= 0 && given >= 0);
        QCOMPARE(family + 1, given);
        auto* familyEdit = form.findChild<QLineEdit*>(QStringLiteral("familyNameEdit"));
        QCOMPARE(familyEdit->nextInFocusChain(), form.findChild<QLineEdit*>(QStringLiteral("givenNamesEdit")));
    }

    void englishAsksForTheGivenNamesFirst() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        FlyerFieldsForm form;
        QCOMPARE(rowOf(form, "givenNamesEdit") + 1, rowOf(form, "familyNameEdit"));
    }

    void languagesThatPutTheFamilyNameFirst() {
        QVERIFY(reunite::gui::familyNameComesFirst(QLocale(QLocale::Chinese, QLocale::Taiwan)));
        QVERIFY(reunite::gui::familyNameComesFirst(QLocale(QLocale::Japanese)));
        QVERIFY(!reunite::gui::familyNameComesFirst(QLocale(QLocale::German)));
    }
};

QTEST_MAIN(NameOrderTest)
#include "test_gui_name_order.moc"
