// The analyst's main path through the real main window: import a small gallery (with one broken
// file), create a case, drop a childhood photo on it, find candidates, open the comparison, reject
// a candidate with a note (an empty note is refused), search again and see the candidate gone.
// Every step is checked in the database through the repositories, not only on screen.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "db/repositories/CandidateRepository.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/cases/CaseDetailsForm.h"
#include "db/repositories/CaseRepository.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CaseListModel.h"
#include "gui/cases/CasesPage.h"
#include "gui/compare/ComparePanel.h"
#include "gui/shell/LanguageSupport.h"
#include "search/GalleryIndex.h"
#include "gui/compare/DecisionNoteDialog.h"
#include "db/repositories/FaceRepository.h"
#include "gui/gallery/GalleryImportPanel.h"
#include "GuiTestSupport.h"
#include "gui/gallery/ImportPage.h"
#include "db/repositories/ImportRunRepository.h"
#include "gui/shell/MainWindow.h"
#include "gui/photos/PhotoAttachWorker.h"
#include "gui/photos/PhotoPanel.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

class GuiWorkflowTest : public QObject, protected test::WorkstationWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAGalleryFolderWithItsErrorReport();
    void createsACaseFromTheForm();
    void addsAChildhoodPhotoByDragAndDrop();
    void findsCandidatesAndStoresTheRun();
    void comparesAndRejectsWithARequiredNote();
    void rejectedCandidateLeavesTheNextRun();
    void asksBeforeUnsavedCaseEditsAreLeft();
    void cleanupTestCase();

private:

    qint64 caseId_ = 0;
    qint64 rejectedCandidateId_ = 0;
    int searchableCandidates_ = 0;  // gallery candidates holding a face
};

void GuiWorkflowTest::initTestCase() {
    QVERIFY(LanguageSupport::install(*qApp, QStringLiteral("en")));  // as the workstation starts
    const QString problem = startWindow(QStringLiteral("ReuniteGuiWorkflowTest"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(workstation_->userName(), QString::fromStdString(test::kTestSupervisor));  // decisions carry the signed-in account
}

void GuiWorkflowTest::importsAGalleryFolderWithItsErrorReport() {
    const QString folder = workspace_->path("gallery");
    const QStringList copies = test::copySamples({"faceapi-sample1.jpg", "faceapi-sample2.jpg", "faceapi-sample3.jpg",
                                                  "faceapi-sample4.jpg", "faceapi-sample5.jpg", "faceapi-sample6.jpg",
                                                  "messi5.jpg"},
                                                 folder);
    QCOMPARE(copies.size(), 7);
    QFile broken(QDir(folder).filePath("broken.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a photo");
    broken.close();

    window_->showPage(MainWindow::Page::Import);
    GalleryImportPanel& panel = window_->importPage().galleryPanel();
    test::requiredChild<QLineEdit>(&panel, "pathEdit")->setText(folder);
    QSignalSpy finished(&panel, &GalleryImportPanel::importFinished);
    QTest::mouseClick(test::requiredChild<QPushButton>(&panel, "startButton"), Qt::LeftButton);
    QVERIFY(panel.worker().isRunning());
    QVERIFY(test::requiredChild<QPushButton>(&panel, "cancelButton")->isEnabled());
    QVERIFY(finished.wait(300000));
    const auto outcome = finished.takeFirst().at(0).value<GalleryImportOutcome>();
    QVERIFY2(outcome.errorMessage.isEmpty(), qPrintable(outcome.errorMessage));

    // A folder names no face: each group photo's record gets none, its faces are unnamed candidates,
    // and the summary says so.
    db::CandidateRepository candidates(database());
    std::size_t named = 0;
    const auto stored = candidates.list();
    QVERIFY(stored.ok());
    for (const db::CandidateRecord& c : stored.value()) named += !c.groupPhotoOf;
    QCOMPARE(named, std::size_t{7});
    QVERIFY(outcome.groupPhotos > 0);
    QCOMPARE(outcome.groupPhotosWithoutChoice, outcome.groupPhotos);
    QVERIFY(test::requiredChild<QLabel>(&panel, "statsLabel")->text().contains(QStringLiteral("unnamed candidates")));
    db::ImportRunRepository runs(database());
    const auto run = runs.get(outcome.runId);
    QVERIFY(run.ok());
    QCOMPARE(run.value().status, db::ImportRunStatus::Finished);
    QCOMPARE(run.value().counts.photosAdded, 7);
    QCOMPARE(run.value().counts.itemsFailed, 1);
    const auto errors = runs.errors(outcome.runId);
    QVERIFY(errors.ok());
    QCOMPARE(errors.value().size(), std::size_t{1});
    QVERIFY(QString::fromStdString(errors.value().front().file).endsWith("broken.jpg"));
    QTRY_COMPARE(panel.errorRowCount(), 1);
    db::FaceRepository faces(database());
    QCOMPARE(static_cast<std::size_t>(faces.countGalleryFaces().value()), workstation_->gallery()->faceCount());
    QVERIFY(workstation_->gallery()->faceCount() >= 7);
}

void GuiWorkflowTest::createsACaseFromTheForm() {
    window_->showPage(MainWindow::Page::Cases);
    CasesPage& cases = window_->casesPage();
    QTest::mouseClick(test::requiredChild<QPushButton>(&cases, "newCaseButton"), Qt::LeftButton);
    CaseDetailsForm& form = cases.workspace().detailsForm();
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "caseNumberEdit"), "GUI-TEST-1");
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "givenNamesEdit"), "Lena");
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "familyNameEdit"), "Tester");
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "lastSeenPlaceEdit"), "Harbour market");
    QTest::keyClicks(test::requiredChild<QPlainTextEdit>(&form, "marksEdit"), "birthmark on the right wrist");
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "contactEdit"), "Tester family, 555-0100");
    QSignalSpy saved(&form, &CaseDetailsForm::saved);
    QTest::mouseClick(test::requiredChild<QPushButton>(&form, "saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(30000));

    db::CaseRepository repository(database());
    const auto stored = repository.findByCaseNumber("GUI-TEST-1");
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->givenNames, std::string("Lena"));
    QCOMPARE(stored.value()->lastSeenPlace, std::string("Harbour market"));
    QCOMPARE(stored.value()->distinguishingMarks, std::string("birthmark on the right wrist"));
    QCOMPARE(stored.value()->contact, std::string("Tester family, 555-0100"));
    QCOMPARE(stored.value()->createdBy, test::kTestSupervisor);
    caseId_ = stored.value()->id;
    QTRY_COMPARE(cases.caseCount(), 1);
    QTRY_VERIFY(cases.workspace().currentCase().has_value());
    QTRY_COMPARE(cases.workspace().currentCase()->id, caseId_);

    // A second case with the same number is refused and nothing is stored.
    QTest::mouseClick(test::requiredChild<QPushButton>(&cases, "newCaseButton"), Qt::LeftButton);
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "caseNumberEdit"), "GUI-TEST-1");
    QSignalSpy refused(&form, &CaseDetailsForm::saveFailed);
    form.save();
    QVERIFY(refused.wait(30000));
    QVERIFY(!test::requiredChild<QLabel>(&form, "messageLabel")->text().isEmpty());
    QCOMPARE(repository.list().value().size(), std::size_t{1});
    test::answerUnsavedQuestion(QMessageBox::Discard);  // the refused new case is left on purpose
    QVERIFY(cases.selectCase(caseId_));
}

void GuiWorkflowTest::addsAChildhoodPhotoByDragAndDrop() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Photos);
    PhotoPanel& photos = workspace.photoPanel();
    QSignalSpy finished(&photos.attachWorker(), &PhotoAttachWorker::finished);
    test::dropFiles(&photos, {test::samplePhoto("astronaut.png")});
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.takeFirst().at(0).toInt(), 1);

    db::PhotoRepository repository(database());
    const auto stored = repository.listByOwner(db::PhotoOwner::ofCase(caseId_));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), std::size_t{1});
    QCOMPARE(stored.value().front().originalFileName, std::string("astronaut.png"));
    QVERIFY(QFile::exists(QString::fromStdString(stored.value().front().storedPath)));
    db::FaceRepository faces(database());
    QCOMPARE(faces.listByPhoto(stored.value().front().id).value().size(), std::size_t{1});
    QTRY_COMPARE(photos.photoCount(), 1);

    // Dropping the same file again is refused by the attacher and stores nothing new.
    test::dropFiles(&photos, {test::samplePhoto("astronaut.png")});
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.takeFirst().at(1).toInt(), 1);
    QCOMPARE(repository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().size(), std::size_t{1});
}

void GuiWorkflowTest::findsCandidatesAndStoresTheRun() {
    QVERIFY(test::runCaseSearchFromWindow(*window_));
    CandidateSearchPanel& search = window_->casesPage().workspace().searchPanel();

    db::SearchRunRepository runs(database());
    const auto listed = runs.listForCase(caseId_);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), std::size_t{1});
    const auto run = runs.get(listed.value().front().id);
    QVERIFY(run.ok());
    // Every candidate holding a face is a lead (fewer than the 30 shown): the unnamed faces of the
    // group photos, and the records of the photos with one face.
    searchableCandidates_ = 0;
    db::FaceRepository faces(database());
    const auto candidates = db::CandidateRepository(database()).list();
    QVERIFY(candidates.ok());
    for (const db::CandidateRecord& c : candidates.value()) {
        searchableCandidates_ += !faces.listByOwner(db::PhotoOwner::ofCandidate(c.id)).value().empty();
    }
    QVERIFY(searchableCandidates_ > 7);
    QCOMPARE(static_cast<int>(run.value().results.size()), searchableCandidates_);
    QCOMPARE(run.value().runBy, test::kTestSupervisor);
    QCOMPARE(search.results().rowCount(), searchableCandidates_);
    for (int row = 0; row < searchableCandidates_; ++row) {
        QCOMPARE(search.results().entryAt(row)->candidate.id, run.value().results[static_cast<std::size_t>(row)].candidateId);
        QStringList kinds;
        const auto breakdown = search.results().breakdownAt(row);  // a value: its components must outlive the loop
        for (const ScoreComponentView& component : breakdown.components()) kinds << component.kind;
        QVERIFY(kinds.contains("photo"));
        // With the shipped age-invariant transform the childhood photo is also compared in that space.
        QCOMPARE(kinds.contains("age_invariant"), workstation_->ageInvariantTransform() != nullptr);
    }
    QVERIFY(search.results().data(search.results().index(0), Qt::ToolTipRole).toString().contains("never an identification"));
    QTRY_VERIFY_WITH_TIMEOUT(!search.results().data(search.results().index(0), Qt::DecorationRole).isNull(), 30000);

    // The summary's figures agree with the status bar's gallery count and read as English.
    const QString summary = test::requiredChild<QLabel>(&search, "statusLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("%1 leads.").arg(searchableCandidates_)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("of the %1 gallery faces").arg(workstation_->gallery()->faceCount())),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("The search took")) && !summary.contains(QStringLiteral("(s)")),
             qPrintable(summary));
}

void GuiWorkflowTest::comparesAndRejectsWithARequiredNote() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    CandidateSearchPanel& search = workspace.searchPanel();
    auto* resultsView = test::requiredChild<QListView>(&search, "resultsView");
    resultsView->setFocus();
    search.selectResult(0);
    QTest::keyClick(resultsView, Qt::Key_Return);
    QCOMPARE(workspace.currentTab(), CaseWorkspace::Tab::Compare);
    ComparePanel& compare = workspace.comparePanel();
    QCOMPARE(compare.currentRow(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(compare.chipsShown(), 30000);
    rejectedCandidateId_ = search.results().entryAt(0)->candidate.id;
    // The gallery folder gave no regions: the details line has no empty field between separators.
    const QString details = test::requiredChild<QLabel>(&compare, "candidateDetailsLabel")->text();
    QVERIFY2(!details.contains(QStringLiteral(" ·  · ")), qPrintable(details));

    // First attempt: an empty note cannot be accepted; cancel stores nothing.
    bool okWasDisabled = false;
    bool blankNoteRefused = false;
    test::whenModalDialogOpens([&](QDialog* dialog) {
        auto* buttons = dialog->findChild<QDialogButtonBox*>("buttonBox");
        okWasDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->findChild<QPlainTextEdit*>("noteEdit")->setPlainText("   \n ");
        dialog->accept();
        blankNoteRefused = dialog->isVisible() && !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(test::requiredChild<QPushButton>(&compare, "rejectButton"), Qt::LeftButton);
    QVERIFY(okWasDisabled);
    QVERIFY(blankNoteRefused);
    db::ReviewDecisionRepository reviews(database());
    QVERIFY(!reviews.currentDecision(caseId_, rejectedCandidateId_).value().has_value());

    // Second attempt, by keyboard shortcut, with a note.
    test::whenModalDialogOpens([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("noteEdit"), "ear shape and hairline differ");
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window_->activateWindow();  // the offscreen platform does not hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    compare.setFocus();
    QTest::keyClick(&compare, Qt::Key_R);

    QTRY_VERIFY_WITH_TIMEOUT(reviews.currentDecision(caseId_, rejectedCandidateId_).value().has_value(), 30000);
    const auto decision = reviews.currentDecision(caseId_, rejectedCandidateId_);
    QVERIFY(decision.ok() && decision.value().has_value());
    QCOMPARE(decision.value()->decision, db::ReviewDecision::Rejected);
    QCOMPARE(decision.value()->note, std::string("ear shape and hairline differ"));
    QCOMPARE(decision.value()->decidedBy, test::kTestSupervisor);
    QVERIFY(decision.value()->searchRunId.has_value());
    QVERIFY(!decision.value()->decidedAt.empty());
    QTRY_COMPARE(compare.currentRow(), 1);  // a rejection moves on to the next candidate
    QTRY_VERIFY(search.results().entryAt(0)->decision.has_value());

    // Keep the next one with the button: the dialog's button says what it does, Ctrl+Enter in the
    // note records it, and keeping moves on like rejecting; then step back and forth with the keys.
    QString keepButtonText;
    test::whenModalDialogOpens([&keepButtonText](QDialog* dialog) {
        keepButtonText = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text();
        auto* note = dialog->findChild<QPlainTextEdit*>("noteEdit");
        QTest::keyClicks(note, "same chin; compare with the relatives");
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::mouseClick(test::requiredChild<QPushButton>(&compare, "keepButton"), Qt::LeftButton);
    QCOMPARE(keepButtonText, QStringLiteral("Keep"));
    const qint64 keptId = search.results().entryAt(1)->candidate.id;
    QTRY_VERIFY_WITH_TIMEOUT(reviews.currentDecision(caseId_, keptId).value().has_value(), 30000);
    QCOMPARE(reviews.currentDecision(caseId_, keptId).value()->decision, db::ReviewDecision::Kept);
    QCOMPARE(reviews.currentDecision(caseId_, keptId).value()->note, std::string("same chin; compare with the relatives"));
    QTRY_COMPARE(compare.currentRow(), 2);  // keeping moves on to the next candidate, too
    window_->activateWindow();  // the offscreen platform does not hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    compare.setFocus();
    QTest::keyClick(&compare, Qt::Key_N);
    QCOMPARE(compare.currentRow(), 3);
    QTest::keyClick(&compare, Qt::Key_P);
    QCOMPARE(compare.currentRow(), 2);
}

void GuiWorkflowTest::rejectedCandidateLeavesTheNextRun() {
    QVERIFY(test::runCaseSearchFromWindow(*window_));
    CandidateSearchPanel& search = window_->casesPage().workspace().searchPanel();

    db::SearchRunRepository runs(database());
    const auto listed = runs.listForCase(caseId_);
    QCOMPARE(listed.value().size(), std::size_t{2});
    const auto newest = runs.get(listed.value().front().id);
    QVERIFY(newest.ok());
    QCOMPARE(static_cast<int>(newest.value().results.size()), searchableCandidates_ - 1);
    for (const db::SearchResultRow& row : newest.value().results) QVERIFY(row.candidateId != rejectedCandidateId_);
    QCOMPARE(search.results().rowCount(), searchableCandidates_ - 1);
    QCOMPARE(search.results().rowForCandidate(rejectedCandidateId_), -1);

    // Changing a filter re-runs the search by itself: sources limited to one that nobody has.
    auto* sources = test::requiredChild<QListWidget>(&search, "sourceList");
    QSignalSpy rerun(&search, &CandidateSearchPanel::searchFinished);
    sources->item(3)->setCheckState(Qt::Checked);  // tip-off
    QVERIFY(rerun.wait(60000));
    QCOMPARE(runs.listForCase(caseId_).value().size(), std::size_t{3});
    QCOMPARE(search.results().rowCount(), 0);
}

void GuiWorkflowTest::asksBeforeUnsavedCaseEditsAreLeft() {
    window_->showPage(MainWindow::Page::Cases);
    CasesPage& cases = window_->casesPage();
    CaseDetailsForm& form = cases.workspace().detailsForm();
    auto* givenNames = test::requiredChild<QLineEdit>(&form, "givenNamesEdit");
    auto* familyName = test::requiredChild<QLineEdit>(&form, "familyNameEdit");
    QTest::mouseClick(test::requiredChild<QPushButton>(&cases, "newCaseButton"), Qt::LeftButton);
    QTest::keyClicks(test::requiredChild<QLineEdit>(&form, "caseNumberEdit"), "GUI-TEST-2");
    QSignalSpy saved(&form, &CaseDetailsForm::saved);
    form.save();
    QVERIFY(saved.wait(30000));
    db::CaseRepository repository(database());
    const auto stored = repository.findByCaseNumber("GUI-TEST-2");
    QVERIFY(stored.ok() && stored.value().has_value());
    const qint64 secondCase = stored.value()->id;
    QTRY_COMPARE(cases.caseCount(), 2);
    QVERIFY(cases.selectCase(caseId_));
    QVERIFY(!form.hasUnsavedChanges());

    // Cancel: the edits and the case stay.
    QTest::keyClicks(givenNames, "-edited");
    QVERIFY(form.hasUnsavedChanges());
    test::answerUnsavedQuestion(QMessageBox::Cancel);
    QVERIFY(!cases.selectCase(secondCase));
    QCOMPARE(cases.workspace().currentCase()->id, caseId_);
    QCOMPARE(givenNames->text(), QStringLiteral("Lena-edited"));
    auto* list = test::requiredChild<QListView>(&cases, "caseList");
    QCOMPARE(list->currentIndex().data(CaseListModel::CaseIdRole).value<qint64>(), caseId_);
    // The same with a click on the other case's row: the list keeps showing the case being edited.
    QModelIndex otherRow;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(CaseListModel::CaseIdRole).value<qint64>() == secondCase) otherRow = index;
    }
    QVERIFY(otherRow.isValid());
    test::answerUnsavedQuestion(QMessageBox::Cancel);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(otherRow).center());
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QTest::qWait(50);
    QCOMPARE(cases.workspace().currentCase()->id, caseId_);
    const QModelIndexList selected = list->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front().data(CaseListModel::CaseIdRole).value<qint64>(), caseId_);

    // Discard: the other case is shown and nothing was stored.
    test::answerUnsavedQuestion(QMessageBox::Discard);
    QVERIFY(cases.selectCase(secondCase));
    QCOMPARE(repository.get(caseId_).value().givenNames, std::string("Lena"));

    // Save: the edits are stored, then the case the user was heading to is shown.
    QVERIFY(cases.selectCase(caseId_));
    QCOMPARE(givenNames->text(), QStringLiteral("Lena"));
    familyName->clear();
    QTest::keyClicks(familyName, "Tester-Saved");
    test::answerUnsavedQuestion(QMessageBox::Save);
    QVERIFY(!cases.selectCase(secondCase));
    QTRY_COMPARE_WITH_TIMEOUT(cases.workspace().currentCase()->id, secondCase, 30000);
    QCOMPARE(repository.get(caseId_).value().familyName, std::string("Tester-Saved"));
    QVERIFY(!form.hasUnsavedChanges());

    // Closing the window asks too; Cancel keeps it open with the edits.
    QTest::keyClicks(givenNames, "Second");
    test::answerUnsavedQuestion(QMessageBox::Cancel);
    QVERIFY(!window_->close());
    QVERIFY(window_->isVisible());
    QCOMPARE(givenNames->text(), QStringLiteral("Second"));
    test::answerUnsavedQuestion(QMessageBox::Discard);
    QVERIFY(cases.selectCase(caseId_));
}

void GuiWorkflowTest::cleanupTestCase() { closeWindow(); }

QTEST_MAIN(GuiWorkflowTest)
#include "test_gui_workflow.moc"
