// First start and preferences through the real main window: an empty database offers the demo
// workspace, which builds a DEMO case with a childhood photo and a relative and a demo gallery,
// and can be searched at once; the photo database page lists it with its import run; the last
// database, window geometry, language and user name persist in QSettings; opening another database
// is refused while a job runs.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>

#include "gui/shell/AppSettings.h"
#include "gui/shell/AuditLogDialog.h"
#include "gui/common/TimeText.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "gui/gallery/CandidateTableModel.h"
#include "gui/help/UserGuideDialog.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "db/repositories/CaseRepository.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CasesPage.h"
#include "gui/demo/DemoWorkspaceBuilder.h"
#include "gui/gallery/GalleryBrowserPage.h"
#include "GuiTestSupport.h"
#include "db/repositories/ImportRunRepository.h"
#include "gui/shell/MainWindow.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

class GuiDemoAndSettingsTest : public QObject, protected test::WorkstationWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyDatabaseOffersTheDemo();
    void demoWorkspaceIsBuiltAndMarked();
    void demoCaseCanBeSearchedAtOnce();
    void searchingKeepsTheResultsInPlace();
    void photoDatabasePageListsTheGallery();
    void aSearchedRecordIsKeptAsEvidence();
    void settingsPersist();
    void databaseSwitchWaitsForRunningJobs();
    void signsInWithAnAccount();
    void supervisorsSeeTheAuditTrail();
    void f1OpensTheGuideAtTheScreenShown();
    void aboutNamesTheVersionAndTheModels();
    void guideFollowsTheInterfaceLanguage();
    void aLanguageChangeOffersARestart();
    void cleanupTestCase();

private:

    qint64 demoCaseId_ = 0;
    int demoCandidateCount_ = 0;  // made-up people and the unnamed faces of their group photos
};

void GuiDemoAndSettingsTest::initTestCase() {
    const QString problem = startWindow(QStringLiteral("ReuniteGuiDemoTest"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(AppSettings::lastDatabase(), workspace_->databasePath(), 30000);
}

void GuiDemoAndSettingsTest::emptyDatabaseOffersTheDemo() {
    CasesPage& cases = window_->casesPage();
    QTRY_VERIFY(test::requiredChild<QFrame>(&cases, "demoBanner")->isVisible());
    QVERIFY(test::requiredChild<QPushButton>(&cases, "buildDemoButton")->isEnabled());
    QCOMPARE(cases.caseCount(), 0);
}

void GuiDemoAndSettingsTest::demoWorkspaceIsBuiltAndMarked() {
    CasesPage& cases = window_->casesPage();
    QSignalSpy built(&cases, &CasesPage::demoWorkspaceBuilt);
    QTest::mouseClick(test::requiredChild<QPushButton>(&cases, "buildDemoButton"), Qt::LeftButton);
    QVERIFY(built.wait(300000));
    demoCaseId_ = built.takeFirst().at(0).value<qint64>();

    db::CaseRepository caseRepository(database());
    const auto demoCase = caseRepository.get(demoCaseId_);
    QVERIFY(demoCase.ok());
    QCOMPARE(demoCase.value().caseNumber, std::string("DEMO-0001"));
    QVERIFY(demoCase.value().description.find("DEMO") != std::string::npos);
    db::PhotoRepository photos(database());
    QCOMPARE(photos.listByOwner(db::PhotoOwner::ofCase(demoCaseId_)).value().size(), std::size_t{1});
    db::RelativeRepository relatives(database());
    QCOMPARE(relatives.listForCase(demoCaseId_).value().size(), std::size_t{1});
    db::CandidateRepository candidates(database());
    const auto all = candidates.list().value();
    // Each made-up person holds one face (the leftmost of the sample photo); the other faces of
    // the group photos are unnamed candidates, never shown under a made-up person's name.
    std::size_t named = 0, unnamed = 0;
    db::FaceRepository faces(database());
    for (const db::CandidateRecord& candidate : all) {
        QCOMPARE(faces.listByOwner(db::PhotoOwner::ofCandidate(candidate.id)).value().size(), std::size_t{1});
        if (candidate.groupPhotoOf) {
            ++unnamed;
            QVERIFY(db::candidateDisplayName(candidate).empty());
            continue;
        }
        ++named;
        QVERIFY(candidate.familyName.find("(demo)") != std::string::npos);
        QVERIFY(candidate.externalRef.rfind("demo-", 0) == 0);
    }
    QCOMPARE(named, std::size_t{8});
    QVERIFY(unnamed > 0);
    demoCandidateCount_ = static_cast<int>(all.size());
    QTRY_COMPARE(cases.caseCount(), 1);
    QTRY_VERIFY(!test::requiredChild<QFrame>(&cases, "demoBanner")->isVisible());
    QCOMPARE(workstation_->galleryRegions().size(), 3);

    // Building again duplicates nothing.
    QSignalSpy again(&cases, &CasesPage::demoWorkspaceBuilt);
    QVERIFY(cases.buildDemoWorkspace());
    QVERIFY(again.wait(300000));
    QCOMPARE(static_cast<int>(candidates.count().value()), demoCandidateCount_);
    QCOMPARE(photos.listByOwner(db::PhotoOwner::ofCase(demoCaseId_)).value().size(), std::size_t{1});
    QCOMPARE(caseRepository.list().value().size(), std::size_t{1});
}

void GuiDemoAndSettingsTest::demoCaseCanBeSearchedAtOnce() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    QCOMPARE(workspace.currentCase()->id, demoCaseId_);
    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QVERIFY(search.runSearch());
    QVERIFY(finished.wait(120000));
    // The demo child is a girl born 1990: the male candidate and those born outside 1988..1992 drop out.
    QVERIFY(search.results().rowCount() >= 1);
    for (int row = 0; row < search.results().rowCount(); ++row) {
        const db::CandidateRecord& candidate = search.results().entryAt(row)->candidate;
        QVERIFY(candidate.sex != Sex::Male);
    }
}

// Counts the moves and resizes a widget goes through.
class GeometryChangeCounter : public QObject {
public:
    explicit GeometryChangeCounter(QWidget* watched) { watched->installEventFilter(this); }
    int changes = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Move || event->type() == QEvent::Resize) ++changes;
        return false;
    }
};

void GuiDemoAndSettingsTest::searchingKeepsTheResultsInPlace() {
    // A search shows a busy bar and a one-line "Searching" note, then a longer summary (here three
    // lines: the demo case's relative adds a note). Neither may
    // move the results grid: relaying it out repainted the whole tab on the GUI thread for every
    // search, and the leads jumped up and down under the analyst's pointer.
    window_->casesPage().workspace().showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = window_->casesPage().workspace().searchPanel();
    auto* status = test::requiredChild<QLabel>(&search, "statusLabel");
    auto* results = test::requiredChild<QListView>(&search, "resultsView");
    QTRY_VERIFY(results->isVisible());
    if (!status->text().contains(QStringLiteral("passed the filters"))) {
        QSignalSpy first(&search, &CandidateSearchPanel::searchFinished);
        QVERIFY(search.runSearch());
        QVERIFY(first.wait(120000));
    }
    QTest::qWait(100);  // layouts still pending
    GeometryChangeCounter counter(results);
    const QRect before = results->geometry();
    for (int i = 0; i < 3; ++i) {
        QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
        QTRY_VERIFY(!search.worker().isRunning());
        QVERIFY(search.runSearch());
        QTest::qWait(50);  // layouts run while the search is busy
        QVERIFY(!finished.isEmpty() || finished.wait(120000));
        QTest::qWait(50);
    }
    QCOMPARE(results->geometry(), before);
    QCOMPARE(counter.changes, 0);
}

void GuiDemoAndSettingsTest::photoDatabasePageListsTheGallery() {
    window_->showPage(MainWindow::Page::PhotoDatabase);
    GalleryBrowserPage& page = window_->galleryPage();
    auto* table = test::requiredChild<QTableView>(&page, "candidatesTable");
    QTRY_COMPARE(table->model()->rowCount(), demoCandidateCount_);
    QTRY_VERIFY(test::requiredChild<QLabel>(&page, "countsLabel")->text().contains(QString::number(demoCandidateCount_)));
    int unnamedRows = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        unnamedRows += table->model()->index(row, CandidateTableModel::NameColumn).data().toString() == QStringLiteral("Unnamed face from a group photo");
    }
    QCOMPARE(unnamedRows, demoCandidateCount_ - 8);  // eight made-up people
    auto* runs = test::requiredChild<QTableView>(&page, "importRunsTable");
    QTRY_COMPARE(runs->model()->rowCount(), 2);  // the demo was built twice
    db::ImportRunRepository repository(database());
    const auto stored = repository.listRecent().value();
    QCOMPARE(stored.size(), std::size_t{2});
    QCOMPARE(page.errorRowCount(), 0);
    // Start times are shown in local time and the locale's format, not as the stored UTC text.
    const QString started = runs->model()->index(0, 0).data().toString();
    QVERIFY2(!started.contains(QLatin1Char('T')) && !started.contains(QLatin1Char('Z')), qPrintable(started));
    QCOMPARE(started, localTimeText(stored.front().startedAt));
    window_->showPage(MainWindow::Page::Cases);
}

// The demo case was searched: every record with a face is a stored lead and is kept when asked to remove it.
void GuiDemoAndSettingsTest::aSearchedRecordIsKeptAsEvidence() {
    window_->showPage(MainWindow::Page::PhotoDatabase);
    GalleryBrowserPage& page = window_->galleryPage();
    auto* table = test::requiredChild<QTableView>(&page, "candidatesTable");
    QTRY_COMPARE(table->model()->rowCount(), demoCandidateCount_);
    const auto runs = db::SearchRunRepository(database()).listForCase(demoCaseId_);
    QVERIFY(runs.ok() && !runs.value().empty());
    const auto run = db::SearchRunRepository(database()).get(runs.value().front().id);
    QVERIFY(run.ok() && !run.value().results.empty());
    auto* model = qobject_cast<CandidateTableModel*>(table->model());
    QVERIFY(model);
    int leadRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->candidateAt(row)->id == run.value().results.front().candidateId) leadRow = row;
    }
    QVERIFY(leadRow >= 0);
    page.selectCandidateRow(leadRow);
    QString refusal;
    test::answerMessageBox(QStringLiteral("removeCandidateRefusal"), QMessageBox::Ok, refusal);
    QTest::mouseClick(test::requiredChild<QPushButton>(&page, "removeCandidateButton"), Qt::LeftButton);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("evidence")) && refusal.contains(QStringLiteral("Stored search results: ")),
             qPrintable(refusal));
    QCOMPARE(static_cast<int>(db::CandidateRepository(database()).count().value()), demoCandidateCount_);
    window_->showPage(MainWindow::Page::Cases);
}

void GuiDemoAndSettingsTest::settingsPersist() {
    QString account;
    test::whenModalDialogOpens([&account](QDialog* dialog) {
        auto* language = dialog->findChild<QComboBox*>("languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        account = dialog->findChild<QLabel*>("accountValueLabel")->text();
        dialog->accept();
    });
    SettingsDialog dialog(*workstation_, window_.get());
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QVERIFY(dialog.languageChanged());
    QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(account, QStringLiteral("gui-supervisor (supervisor)"));

    window_->resize(1400, 820);
    window_->close();
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    MainWindow second(*workstation_);
    second.restoreSavedGeometry();
    QCOMPARE(second.size(), QSize(1400, 820));
    window_->show();
}

void GuiDemoAndSettingsTest::databaseSwitchWaitsForRunningJobs() {
    CandidateSearchPanel& search = window_->casesPage().workspace().searchPanel();
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QVERIFY(search.runSearch());
    const QString other = workspace_->path("other.db");
    QVERIFY(!workstation_->openDatabase(other).ok());
    QCOMPARE(workstation_->databasePath(), workspace_->databasePath());
    QVERIFY(finished.wait(120000));
    QVERIFY(window_->openDatabaseFile(other, true));
    QTRY_COMPARE_WITH_TIMEOUT(AppSettings::lastDatabase(), other, 30000);
    QTRY_COMPARE(window_->casesPage().caseCount(), 0);
    QVERIFY(test::waitUntilReady(*workstation_));
    QCOMPARE(workstation_->gallery()->faceCount(), std::size_t{0});
}

void GuiDemoAndSettingsTest::signsInWithAnAccount() {
    // A new database has no accounts: the first sign-in creates the supervisor, and OK waits for
    // the same password typed twice.
    const QString fresh = workspace_->path("accounts.db");
    QVERIFY(window_->openDatabaseFile(fresh, true));
    QTRY_COMPARE_WITH_TIMEOUT(workstation_->databasePath(), fresh, 30000);
    QVERIFY(!workstation_->isSignedIn());  // opening another database signed the last account out
    bool okEnabledWhileDifferent = true;
    test::whenModalDialogOpens([&okEnabledWhileDifferent](QDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit*>("accountNameEdit")->setText(QStringLiteral("Officer Chen"));
        dialog->findChild<QLineEdit*>("passwordEdit")->setText(QStringLiteral("harbour lights 7"));
        dialog->findChild<QLineEdit*>("repeatPasswordEdit")->setText(QStringLiteral("harbour lights"));
        okEnabledWhileDifferent = ok->isEnabled();
        dialog->findChild<QLineEdit*>("repeatPasswordEdit")->setText(QStringLiteral("harbour lights 7"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window_->signInIfNeeded();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->isSignedIn(), 30000);
    QVERIFY(!okEnabledWhileDifferent);
    QCOMPARE(workstation_->userName(), QStringLiteral("Officer Chen"));
    QCOMPARE(workstation_->actor().role, Role::Supervisor);
    QTRY_VERIFY(test::requiredChild<QLabel>(window_.get(), "databaseLabel")->text().contains(QStringLiteral("Officer Chen")));

    // Signing in again: a wrong password is refused in the dialog, which stays open; the right
    // one signs in.
    workstation_->signOut();
    QVERIFY(test::requiredChild<QLabel>(window_.get(), "databaseLabel")->text().contains(QStringLiteral("not signed in")));
    QString refusal;
    test::whenModalDialogOpens([&refusal](QDialog* dialog) {
        QCOMPARE(dialog->findChild<QLineEdit*>("accountNameEdit")->text(), QStringLiteral("Officer Chen"));
        QVERIFY(!dialog->findChild<QLineEdit*>("repeatPasswordEdit"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* problem = dialog->findChild<QLabel*>("signInProblemLabel");
        dialog->findChild<QLineEdit*>("passwordEdit")->setText(QStringLiteral("not the password"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30000);
        refusal = problem->text();
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit*>("passwordEdit")->setText(QStringLiteral("harbour lights 7"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window_->signInIfNeeded();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->isSignedIn(), 30000);
    QVERIFY2(refusal.contains(QStringLiteral("wrong password")), qPrintable(refusal));
    QCOMPARE(AppSettings::userName(), QStringLiteral("Officer Chen"));
}

void GuiDemoAndSettingsTest::supervisorsSeeTheAuditTrail() {
    QVERIFY(window_->findChild<QAction*>("auditLogAction")->isEnabled());  // Officer Chen is the supervisor
    AuditLogDialog dialog(*workstation_, window_.get());
    QSignalSpy loaded(&dialog, &AuditLogDialog::loaded);
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.first().first().toInt() >= 3);  // the first supervisor, a refused and a good sign-in
    auto* table = dialog.findChild<QTableWidget*>("auditTable");
    QStringList actions;
    for (int row = 0; row < table->rowCount(); ++row) actions << table->item(row, 3)->text();
    QVERIFY2(actions.contains(QStringLiteral("sign-in.refused")) && actions.contains(QStringLiteral("account.first-supervisor")),
             qPrintable(actions.join(QLatin1Char(','))));
    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    dialog.verify();
    QVERIFY(verified.wait(30000));
    QVERIFY(verified.first().first().toBool());
    QVERIFY(dialog.findChild<QLabel*>("auditStatusLabel")->text().contains(QStringLiteral("intact")));

    // Without a supervisor signed in the menu does not offer the trail (the application layer refuses it anyway).
    workstation_->signOut();
    QVERIFY(!window_->findChild<QAction*>("auditLogAction")->isEnabled());
    bool signedIn = false;
    workstation_->signIn(this, QStringLiteral("Officer Chen"), QStringLiteral("harbour lights 7"),
                         [&signedIn](const QString& failure) { signedIn = failure.isEmpty(); });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, 30000);
}

void GuiDemoAndSettingsTest::f1OpensTheGuideAtTheScreenShown() {
    window_->showPage(MainWindow::Page::PhotoDatabase);
    window_->raise();
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTest::keyClick(window_.get(), Qt::Key_F1);
    auto* guide = window_->findChild<UserGuideDialog*>(QStringLiteral("userGuideDialog"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->topic(), QStringLiteral("photo-database"));
    auto* browser = test::requiredChild<QTextBrowser>(guide, "guideBrowser");
    QVERIFY(browser->toPlainText().contains(QStringLiteral("A gallery record holds the face of")));
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);  // scrolled to the section, not the top

    // On the case's Search tab, F1 opens the Search section of the same, raised guide.
    window_->showPage(MainWindow::Page::Cases);
    window_->casesPage().workspace().showTab(CaseWorkspace::Tab::Search);
    QCOMPARE(window_->helpTopic(), QStringLiteral("search"));
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTest::keyClick(window_.get(), Qt::Key_F1);
    QTRY_COMPARE(guide->topic(), QStringLiteral("search"));
    QCOMPARE(window_->findChildren<UserGuideDialog*>().size(), 1);
    guide->close();
    window_->casesPage().workspace().showTab(CaseWorkspace::Tab::Details);
}

void GuiDemoAndSettingsTest::aboutNamesTheVersionAndTheModels() {
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->pipeline() != nullptr, 60000);
    const QString about = window_->aboutText();
    QVERIFY2(about.contains(QStringLiteral("Reunite " REUNITE_VERSION)), qPrintable(about));
    QVERIFY2(about.contains(QString::fromStdString(workstation_->pipeline()->embeddingModelId())), qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("Age-invariant comparison:")), qPrintable(about));
}

void GuiDemoAndSettingsTest::guideFollowsTheInterfaceLanguage() {
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    UserGuideDialog chinese;
    QLocale::setDefault(before);
    QCOMPARE(UserGuideDialog::guideResource(), QStringLiteral(":/help/guide.en.html"));
    const QString text = test::requiredChild<QTextBrowser>(&chinese, "guideBrowser")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("使用指南")) && text.contains(QStringLiteral("合影中的未具名人脸")), qPrintable(text.left(200)));
}

void GuiDemoAndSettingsTest::aLanguageChangeOffersARestart() {
    bool offered = false;
    test::whenModalDialogOpens([&offered](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box && box->objectName() == QStringLiteral("restartQuestion"));
        offered = box->findChild<QPushButton*>(QStringLiteral("restartNowButton")) != nullptr;
        box->findChild<QPushButton*>(QStringLiteral("restartLaterButton"))->click();
    });
    window_->offerRestartForLanguage();
    QVERIFY(offered);
    QVERIFY(window_->isVisible());  // "Later" leaves the workstation as it is
}

void GuiDemoAndSettingsTest::cleanupTestCase() { closeWindow(); }

QTEST_MAIN(GuiDemoAndSettingsTest)
#include "test_gui_demo_and_settings.moc"
