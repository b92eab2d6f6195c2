// The analyst's path through the real MainWindow, end to end, asserting on the database: import a
// small gallery folder (Import page), create a case (Details form), add a childhood photo (Photos
// tab, off the GUI thread), find candidates (background search), open the comparison, reject the
// best candidate with a note through the note dialog (keyboard shortcut R), re-run the search and
// check the rejected candidate is gone. Waits on signals and QTRY_*, never on sleeps.
#include <algorithm>
#include <filesystem>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include "CandidateResultModel.h"
#include "CandidateSearchPanel.h"
#include "CaseDetailsForm.h"
#include "CandidateRepository.h"
#include "CaseRepository.h"
#include "CaseSearchWorker.h"
#include "CasesPage.h"
#include "CaseWorkspace.h"
#include "ComparePanel.h"
#include "DecisionNoteDialog.h"
#include "GalleryImportPanel.h"
#include "GalleryImportWorker.h"
#include "ImportPage.h"
#include "MainWindow.h"
#include "PhotoAttachWorker.h"
#include "PhotoPanel.h"
#include "PhotoRepository.h"
#include "ReviewDecisionRepository.h"
#include "SearchRunRepository.h"
#include "Workstation.h"
#include "WorkstationDatabase.h"

using namespace reunite;
using namespace reunite::gui;

namespace {

constexpr int kModelTimeoutMs = 180000;
constexpr int kJobTimeoutMs = 300000;
const char* const kRejectNote = "Different eye spacing and ear shape; test rejection.";

QString samplesDir() {
    const QByteArray fromEnvironment = qgetenv("REUNITE_SAMPLES_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(REUNITE_SAMPLES_DIR) : QString::fromUtf8(fromEnvironment);
}

// Answers the next DecisionNoteDialog with `note` as soon as it is shown.
void answerNextNoteDialog(const QString& note, bool* answered) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, note, answered] {
        auto* dialog = qobject_cast<DecisionNoteDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) return;
        dialog->setNote(note);
        dialog->accept();
        *answered = true;
        poll->deleteLater();
    });
    poll->start();
}

}  // namespace

class InvestigationFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importsGallery();
    void createsCaseWithPhoto();
    void searchesComparesAndRejects();
    void rejectedCandidateIsGoneAfterRerun();

private:
    std::unique_ptr<db::Database> checkConnection();

    QTemporaryDir folder_;
    QString databaseFile_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<MainWindow> window_;
    qint64 caseId_ = 0;
    qint64 rejectedCandidateId_ = 0;
};

std::unique_ptr<db::Database> InvestigationFlowTest::checkConnection() {
    auto opened = openWorkstationDatabase(databaseFile_.toStdString());
    if (!opened.ok()) qFatal("cannot open the test database: %s", opened.error().message.c_str());
    return std::move(opened).value();
}

void InvestigationFlowTest::initTestCase() {
    QVERIFY(folder_.isValid());
    QVERIFY2(QFile::exists(samplesDir() + QStringLiteral("/astronaut.png")), "sample photos missing: run scripts/setup.sh");
    databaseFile_ = folder_.filePath(QStringLiteral("investigation.db"));

    workstation_ = std::make_unique<Workstation>();
    workstation_->setUserName(QStringLiteral("test-analyst"));
    window_ = std::make_unique<MainWindow>(*workstation_);
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openDatabaseFile(databaseFile_, true));
    workstation_->startLoadingModels();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->isReady() || workstation_->phase() == Workstation::Phase::ModelsFailed ||
                                 workstation_->phase() == Workstation::Phase::GalleryFailed,
                             kModelTimeoutMs);
    QVERIFY2(workstation_->isReady(), qPrintable(workstation_->statusText()));
}

void InvestigationFlowTest::cleanupTestCase() {
    window_.reset();
    workstation_.reset();
}

void InvestigationFlowTest::importsGallery() {
    // A small gallery: each sub-folder is one candidate.
    const QDir root(folder_.filePath(QStringLiteral("gallery")));
    const QStringList photos = {QStringLiteral("faceapi-sample1.jpg"), QStringLiteral("faceapi-sample2.jpg"),
                                QStringLiteral("faceapi-sample3.jpg"), QStringLiteral("messi5.jpg")};
    for (const QString& photo : photos) {
        const QString candidateFolder = root.filePath(QFileInfo(photo).completeBaseName());
        QVERIFY(QDir().mkpath(candidateFolder));
        QVERIFY(QFile::copy(samplesDir() + QLatin1Char('/') + photo, candidateFolder + QLatin1Char('/') + photo));
    }

    window_->showPage(MainWindow::Page::Import);
    QCOMPARE(window_->currentPage(), MainWindow::Page::Import);
    GalleryImportPanel& panel = window_->importPage().galleryPanel();
    QSignalSpy finished(&panel, &GalleryImportPanel::importFinished);
    panel.setPath(root.path());
    QVERIFY(panel.startImport());
    QVERIFY(finished.wait(kJobTimeoutMs));
    const auto outcome = finished.takeFirst().at(0).value<GalleryImportOutcome>();
    QVERIFY2(outcome.errorMessage.isEmpty(), qPrintable(outcome.errorMessage));
    QVERIFY(!outcome.cancelled);

    auto database = checkConnection();
    const auto candidates = db::CandidateRepository(*database).count();
    QVERIFY(candidates.ok());
    QCOMPARE(candidates.value(), static_cast<std::int64_t>(photos.size()));
    QVERIFY(workstation_->gallery()->faceCount() > 0);
}

void InvestigationFlowTest::createsCaseWithPhoto() {
    window_->showPage(MainWindow::Page::Cases);
    CasesPage& cases = window_->casesPage();
    cases.startNewCase();
    CaseWorkspace& workspace = cases.workspace();
    CaseDetailsForm& form = workspace.detailsForm();
    auto* caseNumber = form.findChild<QLineEdit*>(QStringLiteral("caseNumberEdit"));
    auto* givenNames = form.findChild<QLineEdit*>(QStringLiteral("givenNamesEdit"));
    QVERIFY(caseNumber != nullptr && givenNames != nullptr);
    QTest::keyClicks(caseNumber, QStringLiteral("TEST-0042"));
    QTest::keyClicks(givenNames, QStringLiteral("Test child"));
    QSignalSpy saved(&workspace, &CaseWorkspace::caseSaved);
    QVERIFY(form.save());
    QCOMPARE(saved.count(), 1);

    auto database = checkConnection();
    const auto stored = db::CaseRepository(*database).findByCaseNumber("TEST-0042");
    QVERIFY(stored.ok() && stored.value().has_value());
    caseId_ = stored.value()->id;
    QVERIFY(workspace.currentCase().has_value());
    QCOMPARE(workspace.currentCase()->id, caseId_);

    workspace.showTab(CaseWorkspace::Tab::Photos);
    PhotoPanel& photos = workspace.photoPanel();
    QSignalSpy attached(&photos.attachWorker(), &PhotoAttachWorker::finished);
    QVERIFY(photos.addFiles({samplesDir() + QStringLiteral("/astronaut.png")}));
    QVERIFY(attached.wait(kJobTimeoutMs));
    QCOMPARE(attached.first().at(0).toInt(), 1);
    QTRY_COMPARE(photos.photoCount(), 1);

    const auto storedPhotos = db::PhotoRepository(*database).listByOwner(db::PhotoOwner::ofCase(caseId_));
    QVERIFY(storedPhotos.ok());
    QCOMPARE(storedPhotos.value().size(), std::size_t{1});
}

void InvestigationFlowTest::searchesComparesAndRejects() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QVERIFY(search.runSearch());
    QVERIFY(finished.wait(kJobTimeoutMs));
    QVERIFY(search.results().rowCount() > 0);
    QVERIFY(search.results().rowCount() <= 30);

    auto database = checkConnection();
    const auto runs = db::SearchRunRepository(*database).listForCase(caseId_);
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), std::size_t{1});

    const SearchResultEntry* best = search.results().entryAt(0);
    QVERIFY(best != nullptr);
    rejectedCandidateId_ = best->candidate.id;

    search.selectResult(0);
    emit search.compareRequested(0);
    QCOMPARE(workspace.currentTab(), CaseWorkspace::Tab::Compare);
    ComparePanel& compare = workspace.comparePanel();
    QCOMPARE(compare.currentRow(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(compare.chipsShown(), 30000);

    QSignalSpy decided(&compare, &ComparePanel::decisionRecorded);
    bool answered = false;
    answerNextNoteDialog(QString::fromUtf8(kRejectNote), &answered);
    QApplication::setActiveWindow(window_.get());
    QTRY_VERIFY(window_->isActiveWindow());
    auto* focusTarget = compare.findChild<QAbstractButton*>(QStringLiteral("nextButton"));
    QVERIFY(focusTarget != nullptr);
    focusTarget->setFocus();
    QTRY_VERIFY(focusTarget->hasFocus());
    QTest::keyClick(focusTarget, Qt::Key_R);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(decided.count(), 1);
    QCOMPARE(decided.first().at(0).toLongLong(), rejectedCandidateId_);

    const auto decision = db::ReviewDecisionRepository(*database).currentDecision(caseId_, rejectedCandidateId_);
    QVERIFY(decision.ok() && decision.value().has_value());
    QCOMPARE(decision.value()->decision, db::ReviewDecision::Rejected);
    QCOMPARE(QString::fromStdString(decision.value()->note), QString::fromUtf8(kRejectNote));
    QCOMPARE(QString::fromStdString(decision.value()->decidedBy), QStringLiteral("test-analyst"));
    QVERIFY(!decision.value()->decidedAt.empty());
    QVERIFY(decision.value()->searchRunId.has_value());
}

void InvestigationFlowTest::rejectedCandidateIsGoneAfterRerun() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    QTRY_VERIFY(!search.worker().isRunning());
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QVERIFY(search.runSearch());
    QVERIFY(finished.wait(kJobTimeoutMs));
    QCOMPARE(search.results().rowForCandidate(rejectedCandidateId_), -1);

    auto database = checkConnection();
    const auto runs = db::SearchRunRepository(*database).listForCase(caseId_);
    QVERIFY(runs.ok());
    QVERIFY(runs.value().size() >= 2);
    const auto latest = db::SearchRunRepository(*database).get(runs.value().front().id);
    QVERIFY(latest.ok());
    QVERIFY(!latest.value().results.empty());
    const bool stillListed = std::any_of(latest.value().results.begin(), latest.value().results.end(),
                                         [this](const db::SearchResultRow& row) { return row.candidateId == rejectedCandidateId_; });
    QVERIFY(!stillListed);
}

int main(int argc, char* argv[]) {
    QTemporaryDir settingsHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toUtf8());
    qputenv("REUNITE_DB", (settingsHome.path() + QStringLiteral("/default.db")).toUtf8());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("InvestigationFlowTest"));
    InvestigationFlowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "InvestigationFlowTest.moc"
