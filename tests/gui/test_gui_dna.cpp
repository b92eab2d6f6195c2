// DNA confirmation through the real main window, from "Request DNA…" to a closed case: a case
// with a childhood photo and a small gallery (prepared through the application layer), a search,
// Request DNA… with a note in Compare and decide, then on the DNA confirmation tab: the request
// appears, samples are registered (one through the dialog), a custody event is added, the lab
// file is dropped (a file naming an unregistered sample first: refused, nothing imported), the
// analysis is run and shown per locus, and "Confirm reunion…" (a note required) closes the case.
// Every step is checked in the database.
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "GuiTestSupport.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/CustodyEventRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/StrProfileRepository.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CasesPage.h"
#include "gui/compare/ComparePanel.h"
#include "gui/dna/DnaPanel.h"
#include "gui/dna/KinshipAnalysisView.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/shell/LanguageSupport.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

class GuiDnaTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requestDnaFromTheComparison();
    void registersSamplesAndCustody();
    void importsTheLabFileAllOrNothing();
    void analysesAndShowsEveryLocus();
    void confirmingTheReunionClosesTheCase();

private:
    db::Database& database() { return test::testDatabase(*workstation_); }
    DnaPanel& dnaPanel() { return window_->casesPage().workspace().dnaPanel(); }
    QString labFile(const QString& name, const QStringList& samples) const;

    std::unique_ptr<test::TemporaryWorkspace> workspace_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<MainWindow> window_;
    qint64 caseId_ = 0;
    qint64 candidateId_ = 0;
    qint64 requestId_ = 0;
};

namespace {

// A small gallery and one case with a childhood photo, through the application layer.
qint64 prepareDatabase(const QString& path, const QString& folder) {
    db::CaseRecord record;
    record.caseNumber = "DNA-GUI-1";
    record.givenNames = "Lan";
    record.familyName = "Demo";
    return test::prepareGalleryAndCase(path, folder, {"messi5.jpg", "faceapi-sample3.jpg", "faceapi-sample6.jpg"}, record,
                                       QStringLiteral("test-analyst"));
}

void acceptWithNote(QDialog* dialog, const char* editName, const QString& note) {
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QString::fromLatin1(editName)), note);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

}  // namespace

QString GuiDnaTest::labFile(const QString& name, const QStringList& samples) const {
    QFile in(QStringLiteral(REUNITE_SOURCE_DIR "/tests/workflows/data/dna_family_lab.csv"));
    if (!in.open(QIODevice::ReadOnly)) qFatal("fixture lab file missing");
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString text = lines.front() + QLatin1Char('\n');
    for (const QString& line : lines.mid(1)) {
        if (samples.contains(line.section(QLatin1Char(','), 0, 0))) text += line + QLatin1Char('\n');
    }
    QFile out(workspace_->path(name));
    if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write the lab file");
    out.write(text.toUtf8());
    return out.fileName();
}

void GuiDnaTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReuniteGuiDnaTest"));
    workspace_ = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY(workspace_->isValid());
    caseId_ = prepareDatabase(workspace_->databasePath(), workspace_->path(QStringLiteral("gallery")));
    // REUNITE_DNA_LANGUAGE=zh_CN runs the same path in Simplified Chinese (for its screenshot).
    if (const QString language = qEnvironmentVariable("REUNITE_DNA_LANGUAGE"); !language.isEmpty()) {
        QVERIFY(LanguageSupport::install(*QCoreApplication::instance(), language));
    }
    workstation_ = std::make_unique<Workstation>();
    window_ = std::make_unique<MainWindow>(*workstation_);
    window_->resize(1500, 950);
    window_->show();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QVERIFY(window_->openDatabaseFile(workspace_->databasePath(), false));
    workstation_->startLoadingModels();
    QVERIFY2(test::waitUntilReady(*workstation_), qPrintable(workstation_->statusText()));
}

void GuiDnaTest::requestDnaFromTheComparison() {
    window_->showPage(MainWindow::Page::Cases);
    CasesPage& cases = window_->casesPage();
    QTRY_VERIFY(cases.selectCase(caseId_));
    CaseWorkspace& workspace = cases.workspace();
    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QTest::mouseClick(test::requiredChild<QPushButton>(&search, "findButton"), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QVERIFY(search.results().rowCount() > 0);
    ComparePanel& compare = workspace.comparePanel();
    compare.showResult(0);
    workspace.showTab(CaseWorkspace::Tab::Compare);
    candidateId_ = search.results().entryAt(0)->candidate.id;

    test::whenModalDialogOpens([](QDialog* dialog) { acceptWithNote(dialog, "noteEdit", QStringLiteral("same ear shape; ask for DNA")); });
    QTest::mouseClick(test::requiredChild<QPushButton>(&compare, "dnaButton"), Qt::LeftButton);
    db::DnaRequestRepository requests(database());
    QTRY_VERIFY_WITH_TIMEOUT(requests.listForCase(caseId_).value().size() == 1, 30000);
    const db::DnaRequestRecord request = requests.listForCase(caseId_).value().front();
    QCOMPARE(request.candidateId, candidateId_);
    QCOMPARE(request.reason, std::string("same ear shape; ask for DNA"));
    QVERIFY(request.reviewDecisionId.has_value());
    requestId_ = request.id;

    workspace.showTab(CaseWorkspace::Tab::Dna);
    QCOMPARE(workspace.currentTab(), CaseWorkspace::Tab::Dna);
    QTRY_COMPARE(dnaPanel().requestCount(), 1);
    QCOMPARE(dnaPanel().currentRequestId().value_or(0), requestId_);
    QVERIFY(!test::requiredChild<QPushButton>(&dnaPanel(), "confirmButton")->isEnabled());
}

void GuiDnaTest::registersSamplesAndCustody() {
    window_->activateWindow();  // the offscreen platform does not hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    // The candidate's sample through the dialog (OK stays disabled without a sample id).
    bool okWasDisabled = false;
    test::whenModalDialogOpens([&](QDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->findChild<QLineEdit*>("sampleCodeEdit"), "CAND-001");
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(test::requiredChild<QPushButton>(&dnaPanel(), "registerSampleButton"), Qt::LeftButton);
    QVERIFY(okWasDisabled);
    QTRY_COMPARE_WITH_TIMEOUT(dnaPanel().sampleCount(), 1, 30000);
    const auto candidateSample = db::DnaSampleRepository(database()).findByCode("CAND-001").value();
    QVERIFY(candidateSample.has_value());
    QCOMPARE(candidateSample->donorRole, db::DonorRole::Candidate);
    QCOMPARE(candidateSample->collectedBy, toUtf8(workstation_->userName()));  // the dialog's default collector
    QCOMPARE(candidateSample->registeredBy, toUtf8(workstation_->userName()));

    for (const auto& [code, role] : {std::pair{"MOTHER-001", db::DonorRole::Mother}, std::pair{"FATHER-001", db::DonorRole::Father}}) {
        workflows::SampleRegistration input;
        input.sampleCode = code;
        input.donorRole = role;
        input.sampleType = db::SampleType::BloodCard;
        input.collectedAt = "2026-11-18T14:00";
        input.collectedBy = "Officer Wang";
        QSignalSpy done(&dnaPanel(), &DnaPanel::actionFinished);
        dnaPanel().registerSample(input);
        QVERIFY(done.wait(30000));
        QVERIFY(done.takeFirst().at(0).toBool());
    }
    QTRY_COMPARE(dnaPanel().sampleCount(), 3);

    QSignalSpy custody(&dnaPanel(), &DnaPanel::actionFinished);
    const QString sealedAt = QDateTime::currentDateTime().addSecs(600).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    dnaPanel().addCustodyEvent({.sampleId = candidateSample->id, .event = db::CustodyEventKind::Sealed,
                                 .occurredAt = toUtf8(sealedAt), .person = "Officer Wang", .note = "seal 88123"});
    QVERIFY(custody.wait(30000));
    QVERIFY(custody.takeFirst().at(0).toBool());
    QCOMPARE(db::CustodyEventRepository(database()).timeline(candidateSample->id).value().size(), std::size_t{2});
}

void GuiDnaTest::importsTheLabFileAllOrNothing() {
    auto* dropArea = test::requiredChild<QWidget>(&dnaPanel(), "labDropArea");
    QTRY_VERIFY(dropArea->isEnabled());
    QSignalSpy imported(&dnaPanel(), &DnaPanel::labImportFinished);
    test::dropFiles(dropArea, {labFile(QStringLiteral("with-unknown.csv"), {"CAND-001", "MOTHER-001", "OTHER-001"})});
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.takeFirst().at(0).toBool(), false);
    QVERIFY(test::requiredChild<QListWidget>(&dnaPanel(), "importReportList")->count() >= 1);
    db::StrProfileRepository profiles(database());
    const auto candidateSample = db::DnaSampleRepository(database()).findByCode("CAND-001").value();
    QVERIFY(!profiles.latestForSample(candidateSample->id).value().has_value());

    test::dropFiles(dropArea, {labFile(QStringLiteral("family.csv"), {"CAND-001", "MOTHER-001", "FATHER-001"})});
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.takeFirst().at(0).toBool(), true);
    const auto profile = profiles.latestForSample(candidateSample->id).value();
    QVERIFY(profile.has_value());
    QCOMPARE(profile->loci.size(), std::size_t{23});
    QCOMPARE(profile->sourceFile, std::string("family.csv"));
    QCOMPARE(profile->sourceSha256.size(), std::size_t{64});
}

void GuiDnaTest::analysesAndShowsEveryLocus() {
    QSignalSpy done(&dnaPanel(), &DnaPanel::actionFinished);
    QTRY_VERIFY(test::requiredChild<QPushButton>(&dnaPanel(), "analyseButton")->isEnabled());
    QTest::mouseClick(test::requiredChild<QPushButton>(&dnaPanel(), "analyseButton"), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    const auto analysis = db::KinshipAnalysisRepository(database()).latestForRequest(requestId_).value();
    QVERIFY(analysis.has_value());
    QCOMPARE(analysis->hypothesis, std::string("both-parents"));
    QCOMPARE(analysis->conclusion, std::string("supported"));
    QCOMPARE(analysis->prior, 0.5);
    QTRY_COMPARE(dnaPanel().analysisView().locusRowCount(), 23);
    QCOMPARE(analysis->inconsistentLoci, 1);  // the fixture's paternal mutation, highlighted
    QCOMPARE(dnaPanel().analysisView().highlightedRowCount(), 1);
    const QString summary = dnaPanel().analysisView().summaryText();
    if (qEnvironmentVariableIsEmpty("REUNITE_DNA_LANGUAGE")) {
        QVERIFY(summary.contains(QStringLiteral("<b>with prior</b> 0.5")));  // the prior, always shown with the probability
    }
    QVERIFY(summary.contains(QStringLiteral("GB/T 37223-2018")));
    auto* loci = test::requiredChild<QTableWidget>(&dnaPanel(), "lociTable");
    QCOMPARE(loci->horizontalHeaderItem(1)->text(), KinshipAnalysisView::tr("Candidate"));
    QCOMPARE(loci->columnCount(), 6);  // marker, candidate, mother, father, LR, Mendel
    QTRY_VERIFY(test::requiredChild<QPushButton>(&dnaPanel(), "confirmButton")->isEnabled());
    QVERIFY(!test::requiredChild<QPushButton>(&dnaPanel(), "excludeButton")->isEnabled());
    // REUNITE_DNA_SCREENSHOT=FILE.png saves the window as it is now (docs/screenshots, under Xvfb).
    if (const QString shot = qEnvironmentVariable("REUNITE_DNA_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(300);
        QVERIFY(window_->grab().save(shot));
    }
}

void GuiDnaTest::confirmingTheReunionClosesTheCase() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    // A blank note cannot be accepted; cancelling records nothing.
    bool blankRefused = false;
    test::whenModalDialogOpens([&](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>("closingNoteEdit")->setPlainText(QStringLiteral("  \n"));
        dialog->accept();
        blankRefused = dialog->isVisible();
        dialog->reject();
    });
    QTest::mouseClick(test::requiredChild<QPushButton>(&dnaPanel(), "confirmButton"), Qt::LeftButton);
    QVERIFY(blankRefused);
    QVERIFY(db::CaseOutcomeRepository(database()).listForCase(caseId_).value().empty());

    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QSignalSpy changed(&dnaPanel(), &DnaPanel::caseChanged);
    test::whenModalDialogOpens(
        [](QDialog* dialog) { acceptWithNote(dialog, "closingNoteEdit", QStringLiteral("CPI far above 10,000; family informed")); });
    QTest::mouseClick(test::requiredChild<QPushButton>(&dnaPanel(), "confirmButton"), Qt::LeftButton);
    QVERIFY(changed.wait(30000));
    QCOMPARE(db::CaseRepository(database()).get(caseId_).value().status, db::CaseStatus::Closed);
    const auto outcomes = db::CaseOutcomeRepository(database()).listForCase(caseId_).value();
    QCOMPARE(outcomes.size(), std::size_t{1});
    QCOMPARE(outcomes.front().outcome, db::DnaOutcome::Confirmed);
    QCOMPARE(outcomes.front().note, std::string("CPI far above 10,000; family informed"));
    QCOMPARE(db::DnaRequestRepository(database()).get(requestId_).value().status, db::DnaRequestStatus::Confirmed);
    QTRY_COMPARE(window_->casesPage().workspace().currentCase()->status, db::CaseStatus::Closed);
    QTRY_VERIFY(!test::requiredChild<QPushButton>(&dnaPanel(), "registerSampleButton")->isEnabled());
}

QTEST_MAIN(GuiDnaTest)
#include "test_gui_dna.moc"
