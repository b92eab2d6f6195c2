// Photos of a case and of a relative through the real case workspace: a group photo's faces and
// the choice of the child's face (stored by keeping only that face, undone by detecting again),
// the landmark overlay, the age at the photo, a photo without a face, and a relative with a photo.
// Checked in the database through the repositories.
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "gui/age/AgeProgressionPanel.h"
#include "gui/cases/CaseDetailsForm.h"
#include "db/repositories/CaseRepository.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/compare/ComparePanel.h"
#include "gui/cases/CasesPage.h"
#include "gui/photos/FaceRedetectWorker.h"
#include "db/repositories/FaceRepository.h"
#include "GuiTestSupport.h"
#include "gui/shell/MainWindow.h"
#include "gui/photos/PhotoAttachWorker.h"
#include "gui/common/PhotoFaceView.h"
#include "gui/photos/PhotoPanel.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "gui/relatives/RelativesPanel.h"
#include "gui/shell/Workstation.h"
#include "workflows/photos/PhotoActions.h"

using namespace reunite;
using namespace reunite::gui;

class GuiCasePhotosTest : public QObject, protected test::WorkstationWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void groupPhotoShowsEveryFaceAndWarns();
    void keepingTheChildsFaceRemovesTheOthers();
    void detectingAgainBringsTheFacesBack();
    void landmarksToggleAndAgeAreStored();
    void photoWithoutAFaceIsFlagged();
    void relativeGetsItsOwnPhotos();
    void newRelativeFormStartsBlankAndFollowsTheRelation();
    void unsavedRelativeEditsAreNeverDroppedSilently();
    void ageProgressionStartsAfreshForAnotherCase();
    void ageProgressionSeesPhotosAddedElsewhere();
    void removingAPhotoAsksAndSaysWhatItDoes();
    void compareShowsTheRelativesOnDemand();
    void aFaceCanBeDrawnByHand();
    void cleanupTestCase();

private:
    PhotoPanel& photos() { return window_->casesPage().workspace().photoPanel(); }
    std::vector<db::FaceRow> facesOfOnlyPhoto(const db::PhotoOwner& owner, int photoIndex = 0) {
        db::PhotoRepository repository(database());
        const auto listed = repository.listByOwner(owner);
        if (!listed || static_cast<int>(listed.value().size()) <= photoIndex) return {};
        db::FaceRepository faces(database());
        return faces.listByPhoto(listed.value()[static_cast<std::size_t>(photoIndex)].id).value();
    }

    qint64 caseId_ = 0;
};

void GuiCasePhotosTest::initTestCase() {
    const QString problem = startWindow(QStringLiteral("ReuniteGuiCasePhotosTest"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    CaseDetailsForm& form = window_->casesPage().workspace().detailsForm();
    test::requiredChild<QLineEdit>(&form, "caseNumberEdit")->setText("PHOTO-TEST");
    QSignalSpy saved(&form, &CaseDetailsForm::saved);
    QVERIFY(form.save());
    QVERIFY(saved.wait(30000));
    caseId_ = *form.caseId();
    QTRY_COMPARE(window_->casesPage().workspace().currentCase()->id, caseId_);
    window_->casesPage().workspace().showTab(CaseWorkspace::Tab::Photos);
}

void GuiCasePhotosTest::groupPhotoShowsEveryFaceAndWarns() {
    QSignalSpy finished(&photos().attachWorker(), &PhotoAttachWorker::finished);
    QVERIFY(photos().addFiles({test::samplePhoto("faceapi-sample1.jpg")}));
    QVERIFY(finished.wait(120000));
    const auto faces = facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_));
    QCOMPARE(faces.size(), std::size_t{3});
    auto* faceList = test::requiredChild<QListWidget>(&photos(), "faceList");
    QTRY_COMPARE(faceList->count(), 3);
    QTRY_VERIFY(test::requiredChild<QLabel>(&photos(), "warningsLabel")->text().contains("3"));
    QVERIFY(!test::requiredChild<QPushButton>(&photos(), "keepFaceButton")->isEnabled());  // nothing selected yet
}

void GuiCasePhotosTest::keepingTheChildsFaceRemovesTheOthers() {
    const auto before = facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_));
    auto* faceList = test::requiredChild<QListWidget>(&photos(), "faceList");
    faceList->setCurrentRow(1);
    auto* keep = test::requiredChild<QPushButton>(&photos(), "keepFaceButton");
    QVERIFY(keep->isEnabled());
    QTest::mouseClick(keep, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_)).size(), std::size_t{1}, 30000);
    const auto after = facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_));
    QCOMPARE(after.size(), std::size_t{1});
    QCOMPARE(after.front().faceIndex, before[1].faceIndex);
    QVERIFY(after.front().embedding == before[1].embedding);
    QCOMPARE(after.front().detection.box.x, before[1].detection.box.x);
    QTRY_COMPARE(faceList->count(), 1);
    QTRY_VERIFY(!test::requiredChild<QLabel>(&photos(), "warningsLabel")->text().contains("faces in this photo"));
}

void GuiCasePhotosTest::detectingAgainBringsTheFacesBack() {
    QSignalSpy finished(&photos().redetectWorker(), &FaceRedetectWorker::finished);
    QTest::mouseClick(test::requiredChild<QPushButton>(&photos(), "redetectButton"), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.takeFirst().at(1).toInt(), 3);
    QCOMPARE(facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_)).size(), std::size_t{3});
    QTRY_COMPARE(test::requiredChild<QListWidget>(&photos(), "faceList")->count(), 3);
}

void GuiCasePhotosTest::landmarksToggleAndAgeAreStored() {
    auto* view = test::requiredChild<PhotoFaceView>(&photos(), "faceView");
    QVERIFY(!view->showLandmarks());
    QTest::mouseClick(test::requiredChild<QCheckBox>(&photos(), "landmarksCheck"), Qt::LeftButton);
    QVERIFY(view->showLandmarks());

    auto* age = test::requiredChild<QDoubleSpinBox>(&photos(), "ageSpin");
    age->setFocus();
    age->selectAll();
    QTest::keyClicks(age, "7.5");
    QTest::keyClick(age, Qt::Key_Return);
    db::PhotoRepository repository(database());
    QTRY_VERIFY_WITH_TIMEOUT(repository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().front().ageAtPhotoYears.has_value(), 30000);
    const auto stored = repository.listByOwner(db::PhotoOwner::ofCase(caseId_));
    QVERIFY(stored.value().front().ageAtPhotoYears.has_value());
    QCOMPARE(*stored.value().front().ageAtPhotoYears, 7.5);
}

void GuiCasePhotosTest::photoWithoutAFaceIsFlagged() {
    QImage blank(200, 200, QImage::Format_RGB888);
    blank.fill(QColor(120, 160, 200));
    const QString file = workspace_->path("blank-wall.png");
    QVERIFY(blank.save(file));
    QSignalSpy finished(&photos().attachWorker(), &PhotoAttachWorker::finished);
    QVERIFY(photos().addFiles({file}));
    QVERIFY(finished.wait(120000));
    db::PhotoRepository repository(database());
    const auto stored = repository.listByOwner(db::PhotoOwner::ofCase(caseId_));
    QCOMPARE(stored.value().size(), std::size_t{2});
    QCOMPARE(stored.value().back().status, db::PhotoStatus::NoFace);
    QCOMPARE(facesOfOnlyPhoto(db::PhotoOwner::ofCase(caseId_), 1).size(), std::size_t{0});
    QTRY_VERIFY(test::requiredChild<QLabel>(&photos(), "warningsLabel")->text().contains("No face"));
}

void GuiCasePhotosTest::relativeGetsItsOwnPhotos() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Relatives);
    RelativesPanel& relatives = workspace.relativesPanel();
    QTest::mouseClick(test::requiredChild<QPushButton>(&relatives, "addRelativeButton"), Qt::LeftButton);
    QTest::keyClicks(test::requiredChild<QLineEdit>(&relatives, "givenNamesEdit"), "Marta");
    QTest::mouseClick(test::requiredChild<QPushButton>(&relatives, "saveRelativeButton"), Qt::LeftButton);
    db::RelativeRepository repository(database());
    QTRY_COMPARE_WITH_TIMEOUT(repository.listForCase(caseId_).value().size(), std::size_t{1}, 30000);
    const auto listed = repository.listForCase(caseId_);
    QCOMPARE(listed.value().size(), std::size_t{1});
    QCOMPARE(listed.value().front().givenNames, std::string("Marta"));
    QCOMPARE(listed.value().front().relation, db::Relation::Mother);

    PhotoPanel& relativePhotos = relatives.photoPanel();
    QTRY_VERIFY(relativePhotos.owner().has_value());
    QCOMPARE(relativePhotos.owner()->kind, db::PhotoOwnerKind::Relative);
    QSignalSpy finished(&relativePhotos.attachWorker(), &PhotoAttachWorker::finished);
    test::dropFiles(&relativePhotos, {test::samplePhoto("astronaut.png")});
    QVERIFY(finished.wait(120000));
    QCOMPARE(facesOfOnlyPhoto(db::PhotoOwner::ofRelative(listed.value().front().id)).size(), std::size_t{1});
    // The child's own photos are unchanged.
    db::PhotoRepository photosRepository(database());
    QCOMPARE(photosRepository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().size(), std::size_t{2});
}

void GuiCasePhotosTest::newRelativeFormStartsBlankAndFollowsTheRelation() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Relatives);
    RelativesPanel& relatives = workspace.relativesPanel();
    auto* birth = test::requiredChild<QDateEdit>(&relatives, "birthDateEdit");
    birth->setDate(QDate(1975, 5, 5));  // what an earlier relative or case would leave behind
    QTest::mouseClick(test::requiredChild<QPushButton>(&relatives, "addRelativeButton"), Qt::LeftButton);
    QCOMPARE(birth->date(), birth->minimumDate());
    QCOMPARE(birth->text(), QStringLiteral("unknown"));

    auto* relation = test::requiredChild<QComboBox>(&relatives, "relationCombo");
    auto* sex = test::requiredChild<QComboBox>(&relatives, "sexCombo");
    relation->setCurrentIndex(relation->findData(QStringLiteral("father")));
    QCOMPARE(sex->currentData().toString(), QStringLiteral("M"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("mother")));
    QCOMPARE(sex->currentData().toString(), QStringLiteral("F"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("father")));

    QTest::keyClicks(test::requiredChild<QLineEdit>(&relatives, "givenNamesEdit"), "Jon");
    test::requiredChild<QPlainTextEdit>(&relatives, "notesEdit")->setPlainText(QStringLiteral("lives abroad\nsample by post"));
    QTest::mouseClick(test::requiredChild<QPushButton>(&relatives, "saveRelativeButton"), Qt::LeftButton);
    db::RelativeRepository repository(database());
    QTRY_COMPARE_WITH_TIMEOUT(repository.listForCase(caseId_).value().size(), std::size_t{2}, 30000);
    const auto listed = repository.listForCase(caseId_);
    std::optional<db::RelativeRecord> father;
    for (const db::RelativeRecord& r : listed.value())
        if (r.givenNames == "Jon") father = r;
    QVERIFY(father.has_value());
    QCOMPARE(father->relation, db::Relation::Father);
    QCOMPARE(father->sex, Sex::Male);
    QVERIFY(!father->birthDate.has_value());
    QCOMPARE(father->notes, std::string("lives abroad\nsample by post"));
}

void GuiCasePhotosTest::unsavedRelativeEditsAreNeverDroppedSilently() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Relatives);
    RelativesPanel& relatives = workspace.relativesPanel();
    auto* list = test::requiredChild<QListWidget>(&relatives, "relativesList");
    auto* notes = test::requiredChild<QPlainTextEdit>(&relatives, "notesEdit");
    auto* given = test::requiredChild<QLineEdit>(&relatives, "givenNamesEdit");
    QTRY_COMPARE(list->count(), 2);
    relatives.selectRelative(0);
    QCOMPARE(given->text(), QStringLiteral("Marta"));
    QVERIFY(!relatives.hasUnsavedChanges());
    notes->setPlainText(QStringLiteral("called on Monday"));
    QVERIFY(relatives.hasUnsavedChanges());

    // Stay: the other relative is not shown and the edit is still there.
    test::answerUnsavedQuestion(QMessageBox::Cancel);
    list->setCurrentRow(1);
    QTRY_COMPARE(list->currentRow(), 0);
    QCOMPARE(given->text(), QStringLiteral("Marta"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("called on Monday"));

    // Discard: the other relative is shown, nothing is stored.
    test::answerUnsavedQuestion(QMessageBox::Discard);
    list->setCurrentRow(1);
    QTRY_COMPARE(given->text(), QStringLiteral("Jon"));
    db::RelativeRepository repository(database());
    const auto afterDiscard = repository.listForCase(caseId_);
    QVERIFY(afterDiscard.ok());
    for (const db::RelativeRecord& r : afterDiscard.value()) QVERIFY(r.notes != "called on Monday");

    // Save, then go on: "Add relative" stores Jon's edit first and then opens the empty form.
    notes->setPlainText(QStringLiteral("sample by courier"));
    test::answerUnsavedQuestion(QMessageBox::Save);
    QTest::mouseClick(test::requiredChild<QPushButton>(&relatives, "addRelativeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(given->text().isEmpty() && list->currentRow() < 0, 30000);
    const auto afterSave = repository.listForCase(caseId_);
    QVERIFY(afterSave.ok());
    bool stored = false;
    for (const db::RelativeRecord& r : afterSave.value()) stored |= r.notes == "sample by courier";
    QVERIFY(stored);

    // Leaving the case asks about the new relative's unsaved form too.
    QTest::keyClicks(given, "Ola");
    test::answerUnsavedQuestion(QMessageBox::Cancel);
    QVERIFY(!window_->casesPage().mayLeaveCurrentCase([] {}));
    QCOMPARE(given->text(), QStringLiteral("Ola"));
    test::answerUnsavedQuestion(QMessageBox::Discard);
    QVERIFY(window_->casesPage().mayLeaveCurrentCase([] {}));
    relatives.startNewRelative();
    QCOMPARE(repository.listForCase(caseId_).value().size(), std::size_t{2});
}

void GuiCasePhotosTest::ageProgressionStartsAfreshForAnotherCase() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::AgeProgression);
    AgeProgressionPanel& panel = workspace.progressionPanel();
    QSignalSpy rendered(&panel, &AgeProgressionPanel::renderFinished);
    QTRY_VERIFY_WITH_TIMEOUT(panel.render(), 30000);  // the case's photos load in the background first
    QVERIFY(rendered.wait(120000));
    auto* status = test::requiredChild<QLabel>(&panel, "statusLabel");
    auto* exportButton = test::requiredChild<QPushButton>(&panel, "exportButton");
    QVERIFY(!status->text().isEmpty());
    QTRY_VERIFY(exportButton->isEnabled());

    window_->casesPage().startNewCase();  // another case: nothing of the last one may remain
    QTRY_VERIFY(status->text().isEmpty());
    QVERIFY(!exportButton->isEnabled());
}

// A photo attached by another route than the photo panel (the demo, a flyer saved as a case)
// reaches the age-progression tab: before, the tab kept the photo list it loaded first.
void GuiCasePhotosTest::ageProgressionSeesPhotosAddedElsewhere() {
    window_->casesPage().startNewCase();
    CaseDetailsForm& form = window_->casesPage().workspace().detailsForm();
    test::requiredChild<QLineEdit>(&form, "caseNumberEdit")->setText("PHOTO-ELSEWHERE");
    QSignalSpy saved(&form, &CaseDetailsForm::saved);
    QVERIFY(form.save());
    QVERIFY(saved.wait(30000));
    const qint64 caseId = *form.caseId();
    CaseWorkspace& workspace = window_->casesPage().workspace();
    QTRY_COMPARE(workspace.currentCase()->id, caseId);
    workspace.showTab(CaseWorkspace::Tab::AgeProgression);
    AgeProgressionPanel& panel = workspace.progressionPanel();
    QVERIFY(!panel.render());

    const PhotoToAttach photo{test::samplePhoto("astronaut.png").toStdString(), db::PhotoOwner::ofCase(caseId), 6.0, {}, "test"};
    const auto attached = workstation_->ticket().run<AttachedPhoto>(
        [&photo](workflows::Session& session) { return workflows::PhotoActions(session).attach(photo); });
    QVERIFY2(attached.ok(), attached.ok() ? "" : attached.error().message.c_str());

    QSignalSpy rendered(&panel, &AgeProgressionPanel::renderFinished);
    QTRY_VERIFY_WITH_TIMEOUT(panel.render(), 30000);
    QVERIFY(rendered.wait(120000));
}

void GuiCasePhotosTest::removingAPhotoAsksAndSaysWhatItDoes() {
    QVERIFY(window_->casesPage().selectCase(caseId_));
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Photos);
    db::PhotoRepository repository(database());
    QCOMPARE(repository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().size(), std::size_t{2});
    QTRY_COMPARE(photos().photoCount(), 2);
    photos().selectPhoto(0);
    auto* remove = test::requiredChild<QPushButton>(&photos(), "removePhotoButton");
    QTRY_VERIFY(remove->isEnabled());

    // Cancel keeps the photo; the question says what happens to stored searches.
    QString question;
    test::answerMessageBox(QStringLiteral("removePhotoQuestion"), QMessageBox::Cancel, question);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("stored search")) && question.contains(QStringLiteral("cannot be undone")),
             qPrintable(question));
    QCOMPARE(repository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().size(), std::size_t{2});

    test::whenModalDialogOpens([](QDialog* dialog) {
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(repository.listByOwner(db::PhotoOwner::ofCase(caseId_)).value().size(), std::size_t{1}, 30000);
    QTRY_COMPARE(photos().photoCount(), 1);
}

void GuiCasePhotosTest::compareShowsTheRelativesOnDemand() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    QTRY_VERIFY(workspace.currentCase().has_value() && workspace.currentCase()->id == caseId_);
    workspace.showTab(CaseWorkspace::Tab::Compare);
    ComparePanel& compare = workspace.comparePanel();
    auto* strip = test::requiredChild<QListWidget>(&compare, "relativesStrip");
    QVERIFY(!strip->isVisible());
    QCOMPARE(compare.relativeFaceCount(), 0);  // read on demand only

    compare.setShowRelatives(true);
    QVERIFY(strip->isVisible());
    // Marta (the mother) has a photo with one face; Jon has none.
    QTRY_COMPARE_WITH_TIMEOUT(compare.relativeFaceCount(), 1, 30000);
    QVERIFY2(strip->item(0)->text().contains(QStringLiteral("Marta")), qPrintable(strip->item(0)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!strip->item(0)->icon().isNull(), 30000);

    compare.setShowRelatives(false);
    QVERIFY(!strip->isVisible());
}

void GuiCasePhotosTest::aFaceCanBeDrawnByHand() {
    CaseWorkspace& workspace = window_->casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Photos);
    QTRY_COMPARE(photos().photoCount(), 1);
    photos().selectPhoto(0);
    db::PhotoRepository repository(database());
    const auto listed = repository.listByOwner(db::PhotoOwner::ofCase(caseId_));
    QVERIFY(listed.ok() && listed.value().size() == 1);
    const qint64 photoId = listed.value().front().id;
    db::FaceRepository faces(database());
    const std::size_t before = faces.listByPhoto(photoId).value().size();

    auto* draw = test::requiredChild<QPushButton>(&photos(), "drawFaceButton");
    QTRY_VERIFY(draw->isEnabled());
    QTest::mouseClick(draw, Qt::LeftButton);
    auto* view = test::requiredChild<PhotoFaceView>(&photos(), "faceView");
    QVERIFY(view->drawingEnabled());
    QSignalSpy drawn(view, &PhotoFaceView::boxDrawn);
    const QPoint from(view->width() / 2 - 40, view->height() / 2 - 40);
    const QPoint to(view->width() / 2 + 40, view->height() / 2 + 40);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(drawn.count(), 1);
    QVERIFY(!view->drawingEnabled());  // one box per click of the button

    QTRY_COMPARE_WITH_TIMEOUT(faces.listByPhoto(photoId).value().size(), before + 1, 30000);
    const auto stored = faces.listByPhoto(photoId).value();
    QVERIFY((stored.back().quality.flags & QualityManualBox) != 0);
    auto* status = test::requiredChild<QLabel>(&photos(), "attachStatusLabel");
    QTRY_VERIFY2(status->text().contains(QStringLiteral("was added")), qPrintable(status->text()));
}

void GuiCasePhotosTest::cleanupTestCase() { closeWindow(); }

QTEST_MAIN(GuiCasePhotosTest)
#include "test_gui_case_photos.moc"
