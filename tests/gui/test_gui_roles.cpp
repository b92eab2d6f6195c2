// The window follows the signed-in account's role: a volunteer sees only the import page (cases
// and the photo database are hidden, the audit trail and the demo workspace unavailable); an
// analyst sees cases and the photo database but not the audit trail; a supervisor everything.
#include <QAction>
#include <QListWidget>
#include <QTest>

#include "GuiTestSupport.h"
#include "TestAccounts.h"
#include "TestPassword.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

class GuiRolesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aVolunteerSeesOnlyTheImportPage();
    void anAnalystSeesCasesButNotTheAuditTrail();
    void aSupervisorSeesEverything();
    void cleanupTestCase();

private:
    bool signInAs(const std::string& name, Role role);
    bool pageShown(MainWindow::Page page) const {
        return !gui::test::requiredChild<QListWidget>(window_.get(), "navigationList")->item(static_cast<int>(page))->isHidden();
    }
    bool actionEnabled(const char* name) const { return gui::test::requiredChild<QAction>(window_.get(), name)->isEnabled(); }

    std::unique_ptr<gui::test::TemporaryWorkspace> workspace_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<MainWindow> window_;
};

void GuiRolesTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReuniteGuiRolesTest"));
    workspace_ = std::make_unique<gui::test::TemporaryWorkspace>();
    workstation_ = std::make_unique<Workstation>();
    window_ = std::make_unique<MainWindow>(*workstation_);
    window_->show();
    QVERIFY(window_->openDatabaseFile(workspace_->databasePath(), true));
    QVERIFY(gui::test::waitForDatabase(*workstation_, workspace_->databasePath()));
}

bool GuiRolesTest::signInAs(const std::string& name, Role role) {
    if (!reunite::test::testAccount(gui::test::testDatabase(*workstation_), name, role)) return false;
    workstation_->signOut();
    bool finished = false;
    QString failure;
    workstation_->signIn(this, QString::fromStdString(name), QString::fromStdString(reunite::test::kTestPassword), [&](QString problem) {
        failure = problem;
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, 30000) && failure.isEmpty() && workstation_->isSignedIn();
}

void GuiRolesTest::aVolunteerSeesOnlyTheImportPage() {
    window_->showPage(MainWindow::Page::Cases);
    QVERIFY(signInAs("gui-volunteer", Role::Volunteer));
    QVERIFY(!pageShown(MainWindow::Page::Cases));
    QVERIFY(!pageShown(MainWindow::Page::PhotoDatabase));
    QVERIFY(pageShown(MainWindow::Page::Import));
    QCOMPARE(window_->currentPage(), MainWindow::Page::Import);
    QVERIFY(!actionEnabled("auditLogAction"));
    QVERIFY(!actionEnabled("buildDemoAction"));
}

void GuiRolesTest::anAnalystSeesCasesButNotTheAuditTrail() {
    QVERIFY(signInAs("gui-analyst", Role::Analyst));
    QVERIFY(pageShown(MainWindow::Page::Cases));
    QVERIFY(pageShown(MainWindow::Page::PhotoDatabase));
    QVERIFY(!actionEnabled("auditLogAction"));
    QVERIFY(actionEnabled("buildDemoAction"));
}

void GuiRolesTest::aSupervisorSeesEverything() {
    QVERIFY(signInAs(gui::test::kTestSupervisor, Role::Supervisor));
    QVERIFY(pageShown(MainWindow::Page::Cases));
    QVERIFY(pageShown(MainWindow::Page::PhotoDatabase));
    QVERIFY(actionEnabled("auditLogAction"));
}

void GuiRolesTest::cleanupTestCase() {
    window_.reset();
    workstation_.reset();
}

QTEST_MAIN(GuiRolesTest)
#include "test_gui_roles.moc"
