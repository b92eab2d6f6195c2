// FlyerImportPage end to end, offscreen, with the real face models and Tesseract: flyers rendered
// with QPainter (header, the sample face, the fields) are opened, the child's face is clicked, the
// OCR-prefilled fields are checked in the widgets, and the flyers are saved as a case and as a
// gallery record; then a folder (a new flyer, one already in the gallery, a broken file) is
// imported. After each save the stored rows (record, photo, faces) are read back from the database.
#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "GuiTestSupport.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "gui/flyer/FlyerImportPage.h"
#include "db/repositories/ImportRunRepository.h"
#include "gui/common/PhotoFaceView.h"
#include "db/repositories/PhotoRepository.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

namespace {

constexpr int kTimeoutMs = 180000;
const QSize kFlyerSize(827, 1169);
const QRect kFaceOnFlyer(263, 150, 300, 300);

struct FlyerText {
    QString name;
    QString sex;
    QString birth;
    QString missing;
    QString place;
    QString contact;
};

// An A4-proportioned flyer at 100 dpi: red "MISSING" header, the sample face, the fields in black.
QImage renderFlyer(const FlyerText& text) {
    QImage flyer(kFlyerSize, QImage::Format_RGB32);
    flyer.fill(Qt::white);
    const QString samples = qEnvironmentVariable("REUNITE_SAMPLES_DIR");
    const QImage photo(samples + "/astronaut.png");
    if (photo.isNull()) return {};
    QPainter painter(&flyer);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(kFaceOnFlyer, photo.copy(130, 20, 300, 300));
    QFont header(QStringLiteral("DejaVu Sans"));
    header.setPixelSize(110);
    header.setBold(true);
    painter.setFont(header);
    painter.setPen(QColor(200, 20, 20));
    painter.drawText(QRect(0, 10, kFlyerSize.width(), 130), Qt::AlignCenter, QStringLiteral("MISSING"));
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(38);
    painter.setFont(body);
    painter.setPen(Qt::black);
    const QStringList lines = {"Name: " + text.name,       "Sex: " + text.sex,         "DOB: " + text.birth,
                               "Missing since: " + text.missing, "Last seen: " + text.place, "Contact: " + text.contact};
    int y = 500;
    for (const QString& line : lines) {
        painter.drawText(QPoint(60, y), line);
        y += 78;
    }
    return flyer;
}

// The same layout with two photos side by side: the astronaut on the left and another sample face
// (face-api's sample 2) on the right, as flyers showing the child next to a parent or an
// age-progressed picture do.
const QRect kLeftPhoto(90, 150, 300, 300);
const QRect kRightPhoto(437, 150, 300, 300);

QImage renderTwoFaceFlyer() {
    QImage flyer = renderFlyer({"Mia Chen", "Female", "2008-02-29", "July 14, 2013", "Union Station, Denver", "555-014-9001"});
    if (flyer.isNull()) return {};
    const QString samples = qEnvironmentVariable("REUNITE_SAMPLES_DIR");
    const QImage other(samples + "/faceapi-sample2.jpg");
    if (other.isNull()) return {};
    QPainter painter(&flyer);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(kFaceOnFlyer, Qt::white);
    painter.drawImage(kLeftPhoto, QImage(samples + "/astronaut.png").copy(130, 20, 300, 300));
    painter.drawImage(kRightPhoto, other.copy(1358, 124, 360, 360));
    return flyer;
}

QPoint onScreen(const PhotoFaceView& view, QPointF flyerPoint) {
    const QSizeF fitted = QSizeF(kFlyerSize).scaled(QSizeF(view.size()), Qt::KeepAspectRatio);
    const double scale = fitted.width() / kFlyerSize.width();
    const QPointF origin((view.width() - fitted.width()) / 2, (view.height() - fitted.height()) / 2);
    return (origin + flyerPoint * scale).toPoint();
}

QString field(const QWidget& page, const char* name) {
    auto* edit = page.findChild<QLineEdit*>(name);
    return edit ? edit->text() : QStringLiteral("<missing widget>");
}

// The fields read from a flyer as "given names|family name|sex|date of birth|date missing".
QString readPerson(const QWidget& page) {
    auto* sex = page.findChild<QComboBox*>("sexCombo");
    return QStringList{field(page, "givenNamesEdit"), field(page, "familyNameEdit"),
                       sex ? sex->currentData().toString() : QStringLiteral("<missing widget>"),
                       field(page, "birthDateEdit"), field(page, "dateMissingEdit")}
        .join(QLatin1Char('|'));
}

bool boxCoversDrawnFace(const db::FaceRow& face) {
    const RectF& box = face.detection.box;
    const QPointF centre(box.x + box.width / 2, box.y + box.height / 2);
    return QRectF(kFaceOnFlyer).contains(centre);
}

}  // namespace

class FlyerImportPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void savesAFlyerAsACase();
    void savesAFlyerAsAGalleryRecord();
    void importsAFolderOfFlyers();
    void keepsOnlyTheClickedFaceOfADroppedFlyer();
    void refusesTheSameFlyerTwiceInTheGallery();
    void asksBeforeDroppingAnEditedFlyer();
    void reportsAFileThatIsNotAnImage();
    void cancelsAFolderImport();
    void numericDatesDefaultToTheLocalesOrder();
    void cleanupTestCase();

private:
    void openAndPickFace(const QString& file);

    QTemporaryDir folder_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<FlyerImportPage> page_;
    QString caseFlyer_;
    QString galleryFlyer_;
};

void FlyerImportPageTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // the user name below goes to a test settings file
    QVERIFY(folder_.isValid());
    QVERIFY2(!qEnvironmentVariable("REUNITE_MODELS_DIR").isEmpty(), "REUNITE_MODELS_DIR is not set");
    const QImage first = renderFlyer({"Emily Zhang", "Female", "2004-05-06", "June 1, 2010", "Central Park, Springfield",
                                      "555-013-4477"});
    QVERIFY2(!first.isNull(), "astronaut.png not found under REUNITE_SAMPLES_DIR");
    caseFlyer_ = folder_.filePath("emily.png");
    QVERIFY(first.save(caseFlyer_));
    const QImage second = renderFlyer({"Lucas Brown", "Male", "2006-09-14", "March 3, 2012", "Harbor Road, Portland",
                                       "555-019-2288"});
    galleryFlyer_ = folder_.filePath("lucas.png");
    QVERIFY(second.save(galleryFlyer_));

    workstation_ = std::make_unique<Workstation>();
    const Status opened = workstation_->openDatabase(folder_.filePath("reunite.db"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : errorText(opened.error())));
    workstation_->startLoadingModels();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->isReady() || workstation_->phase() == Workstation::Phase::ModelsFailed ||
                                 workstation_->phase() == Workstation::Phase::GalleryFailed,
                             kTimeoutMs);
    QVERIFY2(workstation_->isReady(), qPrintable(workstation_->statusText()));
    QVERIFY(test::signInAsTestSupervisor(*workstation_));

    page_ = std::make_unique<FlyerImportPage>(*workstation_);
    page_->resize(1100, 800);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
}

void FlyerImportPageTest::openAndPickFace(const QString& file) {
    QSignalSpy faces(page_.get(), &FlyerImportPage::facesShown);
    QSignalSpy analysed(page_.get(), &FlyerImportPage::flyerAnalysed);
    QVERIFY(page_->openFlyer(file));
    QTRY_COMPARE_WITH_TIMEOUT(faces.count(), 1, kTimeoutMs);
    QVERIFY2(faces.at(0).at(0).toInt() >= 1, "no face found on the rendered flyer");
    auto* view = page_->findChild<PhotoFaceView*>("flyerView");
    QVERIFY(view);
    QCOMPARE(view->selectedFace(), -1);
    const std::vector<db::FaceRow>& found = page_->shownFlyer().faces;
    const auto drawn = std::find_if(found.begin(), found.end(), boxCoversDrawnFace);
    QVERIFY2(drawn != found.end(), "the drawn face was not found");
    const RectF& box = drawn->detection.box;
    QTest::mouseClick(view, Qt::LeftButton, {}, onScreen(*view, QPointF(box.x + box.width / 2, box.y + box.height / 2)));
    QVERIFY(view->selectedFace() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, kTimeoutMs);
    QVERIFY2(analysed.at(0).at(0).toBool(), "the OCR stage failed");
}

void FlyerImportPageTest::savesAFlyerAsACase() {
    openAndPickFace(caseFlyer_);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(readPerson(*page_), QStringLiteral("Emily|Zhang|F|2004-05-06|2010-06-01"));
    QVERIFY2(field(*page_, "placeMissingEdit").contains("Central Park"), qPrintable(field(*page_, "placeMissingEdit")));
    QVERIFY2(field(*page_, "contactEdit").contains("555-013-4477"), qPrintable(field(*page_, "contactEdit")));

    // Without a case number the page refuses and says why.
    auto* saveCase = page_->findChild<QPushButton*>("saveCaseButton");
    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    QTest::mouseClick(saveCase, Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    // The volunteer corrects a field and adds the case number.
    auto* place = page_->findChild<QLineEdit*>("placeMissingEdit");
    place->clear();
    QTest::keyClicks(place, QStringLiteral("Central Park, Springfield"));
    QTest::keyClicks(page_->findChild<QLineEdit*>("caseNumberEdit"), QStringLiteral("FLY-2026-001"));
    QTest::mouseClick(saveCase, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    const qint64 caseId = saved.at(0).at(1).toLongLong();
    QVERIFY(caseId > 0);
    // The message names the case as the volunteer knows it, not an internal id.
    const QString status = page_->findChild<QLabel*>("statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("saved as case FLY-2026-001")), qPrintable(status));

    db::Database& database = reunite::gui::test::testDatabase(*workstation_);
    auto stored = db::CaseRepository(database).get(caseId);
    QVERIFY(stored.ok());
    const db::CaseRecord& record = stored.value();
    QCOMPARE(QString::fromStdString(record.caseNumber), QStringLiteral("FLY-2026-001"));
    QCOMPARE(QString::fromStdString(record.givenNames), QStringLiteral("Emily"));
    QCOMPARE(QString::fromStdString(record.familyName), QStringLiteral("Zhang"));
    QVERIFY(record.sex == Sex::Female);
    QCOMPARE(QString::fromStdString(record.birthDate.value_or("")), QStringLiteral("2004-05-06"));
    QCOMPARE(QString::fromStdString(record.lastSeenDate.value_or("")), QStringLiteral("2010-06-01"));
    QCOMPARE(QString::fromStdString(record.lastSeenPlace), QStringLiteral("Central Park, Springfield"));
    QVERIFY(QString::fromStdString(record.contact).contains("555-013-4477"));  // the case's own field
    QVERIFY(!QString::fromStdString(record.description).contains("555-013-4477"));

    auto photos = db::PhotoRepository(database).listByOwner(db::PhotoOwner{db::PhotoOwnerKind::Case, caseId});
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), std::size_t{1});
    QVERIFY(photos.value().front().status == db::PhotoStatus::Faces);
    auto faces = db::FaceRepository(database).listByPhoto(photos.value().front().id);
    QVERIFY(faces.ok());
    QCOMPARE(faces.value().size(), std::size_t{1});
    QVERIFY(boxCoversDrawnFace(faces.value().front()));
}

void FlyerImportPageTest::savesAFlyerAsAGalleryRecord() {
    const std::size_t galleryFacesBefore = workstation_->gallery()->faceCount();
    openAndPickFace(galleryFlyer_);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(readPerson(*page_), QStringLiteral("Lucas|Brown|M|2006-09-14|2012-03-03"));
    QVERIFY2(field(*page_, "contactEdit").contains("555-019-2288"), qPrintable(field(*page_, "contactEdit")));

    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    QTest::mouseClick(page_->findChild<QPushButton*>("saveGalleryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    const qint64 candidateId = saved.at(0).at(1).toLongLong();
    QVERIFY(candidateId > 0);

    db::Database& database = reunite::gui::test::testDatabase(*workstation_);
    auto stored = db::CandidateRepository(database).get(candidateId);
    QVERIFY(stored.ok());
    const db::CandidateRecord& record = stored.value();
    QVERIFY(record.source == db::CandidateSource::Flyer);
    QVERIFY(QString::fromStdString(record.externalRef).startsWith("flyer-"));
    QCOMPARE(QString::fromStdString(record.givenNames), QStringLiteral("Lucas"));
    QCOMPARE(QString::fromStdString(record.familyName), QStringLiteral("Brown"));
    QVERIFY(record.sex == Sex::Male);
    QCOMPARE(QString::fromStdString(record.birthDate.value_or("")), QStringLiteral("2006-09-14"));
    QVERIFY(QString::fromStdString(record.contact).contains("555-019-2288"));
    QVERIFY(QString::fromStdString(record.notes).contains("Missing since 2012-03-03"));

    auto photos = db::PhotoRepository(database).listByOwner(db::PhotoOwner{db::PhotoOwnerKind::Candidate, candidateId});
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), std::size_t{1});
    auto faces = db::FaceRepository(database).listByPhoto(photos.value().front().id);
    QVERIFY(faces.ok());
    QCOMPARE(faces.value().size(), std::size_t{1});
    QVERIFY(boxCoversDrawnFace(faces.value().front()));
    QCOMPARE(workstation_->gallery()->faceCount(), galleryFacesBefore + 1);
}

void FlyerImportPageTest::importsAFolderOfFlyers() {
    QTemporaryDir batchFolder;
    QVERIFY(batchFolder.isValid());
    // A flyer new to the gallery (it is only a case photo so far), one already in it, a broken file.
    QVERIFY(QFile::copy(caseFlyer_, batchFolder.filePath("a-emily.png")));
    QVERIFY(QFile::copy(galleryFlyer_, batchFolder.filePath("b-lucas.png")));
    QFile broken(batchFolder.filePath("c-broken.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a JPEG file");
    broken.close();
    const std::size_t galleryFacesBefore = workstation_->gallery()->faceCount();

    QSignalSpy finished(page_.get(), &FlyerImportPage::batchFinished);
    QVERIFY(page_->importFolder(batchFolder.path()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);  // imported
    QCOMPARE(finished.at(0).at(1).toInt(), 1);  // skipped
    QCOMPARE(finished.at(0).at(2).toInt(), 1);  // failed
    QCOMPARE(finished.at(0).at(3).toBool(), false);

    auto* progress = page_->findChild<QProgressBar*>("batchProgress");
    QCOMPARE(progress->maximum(), 3);
    QCOMPARE(progress->value(), 3);
    auto* problems = page_->findChild<QTreeWidget*>("batchProblemList");
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("b-lucas.png"));
    QCOMPARE(problems->topLevelItem(1)->text(0), QStringLiteral("c-broken.jpg"));

    db::Database& database = reunite::gui::test::testDatabase(*workstation_);
    auto found = db::CandidateRepository(database).list();
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), std::size_t{2});
    const db::CandidateRecord& imported = found.value().back();
    QCOMPARE(QString::fromStdString(imported.givenNames), QStringLiteral("Emily"));
    QCOMPARE(QString::fromStdString(imported.familyName), QStringLiteral("Zhang"));
    auto photos = db::PhotoRepository(database).listByOwner(db::PhotoOwner{db::PhotoOwnerKind::Candidate, imported.id});
    QVERIFY(photos.ok());
    QCOMPARE(photos.value().size(), std::size_t{1});
    auto faces = db::FaceRepository(database).listByPhoto(photos.value().front().id);
    QVERIFY(faces.ok());
    QCOMPARE(faces.value().size(), std::size_t{1});
    QCOMPARE(workstation_->gallery()->faceCount(), galleryFacesBefore + 1);
}

void FlyerImportPageTest::keepsOnlyTheClickedFaceOfADroppedFlyer() {
    const QImage flyer = renderTwoFaceFlyer();
    QVERIFY2(!flyer.isNull(), "sample photos not found under REUNITE_SAMPLES_DIR");
    const QString file = folder_.filePath("mia.png");
    QVERIFY(flyer.save(file));

    QSignalSpy faces(page_.get(), &FlyerImportPage::facesShown);
    QSignalSpy analysed(page_.get(), &FlyerImportPage::flyerAnalysed);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint centre(page_->width() / 2, page_->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page_.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, kTimeoutMs);
    QCOMPARE(faces.count(), 1);
    QCOMPARE(faces.at(0).at(0).toInt(), 2);
    qInfo().noquote() << "text read from" << file << ":\n" << page_->findChild<QPlainTextEdit*>("ocrTextView")->toPlainText();
    QCOMPARE(field(*page_, "givenNamesEdit"), QStringLiteral("Mia"));
    QCOMPARE(field(*page_, "birthDateEdit"), QStringLiteral("2008-02-29"));

    // Two faces and none picked: saving is refused with a reason.
    QTest::keyClicks(page_->findChild<QLineEdit*>("caseNumberEdit"), QStringLiteral("FLY-2026-002"));
    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    auto* saveCase = page_->findChild<QPushButton*>("saveCaseButton");
    QTest::mouseClick(saveCase, Qt::LeftButton);
    QCOMPARE(saved.count(), 0);

    auto* view = page_->findChild<PhotoFaceView*>("flyerView");
    QTest::mouseClick(view, Qt::LeftButton, {}, onScreen(*view, QPointF(kRightPhoto.center())));
    QVERIFY(view->selectedFace() >= 0);
    QTest::mouseClick(saveCase, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    const qint64 caseId = saved.at(0).at(1).toLongLong();
    QVERIFY(caseId > 0);

    db::Database& database = reunite::gui::test::testDatabase(*workstation_);
    auto stored = db::FaceRepository(database).listByOwner(db::PhotoOwner{db::PhotoOwnerKind::Case, caseId});
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), std::size_t{1});
    const RectF& box = stored.value().front().detection.box;
    QVERIFY(QRectF(kRightPhoto).contains(QPointF(box.x + box.width / 2, box.y + box.height / 2)));
}

void FlyerImportPageTest::refusesTheSameFlyerTwiceInTheGallery() {
    db::Database& database = reunite::gui::test::testDatabase(*workstation_);
    const auto before = db::CandidateRepository(database).count();
    QVERIFY(before.ok());
    openAndPickFace(galleryFlyer_);
    if (QTest::currentTestFailed()) return;
    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    QTest::mouseClick(page_->findChild<QPushButton*>("saveGalleryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
    QCOMPARE(saved.at(0).at(1).toLongLong(), qint64{0});
    const QString status = page_->findChild<QLabel*>("statusLabel")->text();
    QVERIFY2(status.contains("already in the gallery"), qPrintable(status));
    const auto after = db::CandidateRepository(database).count();
    QVERIFY(after.ok());
    QCOMPARE(after.value(), before.value());
}

// The refused flyer of the test before is still on show, its face picked: opening another one asks.
void FlyerImportPageTest::asksBeforeDroppingAnEditedFlyer() {
    QVERIFY(page_->hasUnsavedDraft());
    auto* given = page_->findChild<QLineEdit*>("givenNamesEdit");
    given->setText(QStringLiteral("Lucas Jr"));
    reunite::gui::test::answerUnsavedQuestion(QMessageBox::Cancel);
    QVERIFY(!page_->openFlyer(caseFlyer_));
    QCOMPARE(given->text(), QStringLiteral("Lucas Jr"));
    QCOMPARE(page_->shownFlyer().file, galleryFlyer_);

    QSignalSpy analysed(page_.get(), &FlyerImportPage::flyerAnalysed);
    reunite::gui::test::answerUnsavedQuestion(QMessageBox::Discard);
    QVERIFY(page_->openFlyer(caseFlyer_));
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, kTimeoutMs);
    QCOMPARE(given->text(), QStringLiteral("Emily"));
    QVERIFY(!page_->hasUnsavedDraft());  // freshly read, nothing changed yet
    given->setText(QStringLiteral("Emilia"));
    QVERIFY(page_->hasUnsavedDraft());
    given->setText(QStringLiteral("Emily"));
    QVERIFY(!page_->hasUnsavedDraft());
}

void FlyerImportPageTest::reportsAFileThatIsNotAnImage() {
    const QString file = folder_.filePath("not-a-flyer.png");
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a PNG file");
    broken.close();
    QSignalSpy faces(page_.get(), &FlyerImportPage::facesShown);
    QVERIFY(page_->openFlyer(file));
    QTRY_COMPARE_WITH_TIMEOUT(faces.count(), 1, kTimeoutMs);
    QCOMPARE(faces.at(0).at(0).toInt(), -1);
    QVERIFY(!page_->findChild<QPushButton*>("saveCaseButton")->isEnabled());
    QVERIFY(!page_->findChild<QPushButton*>("saveGalleryButton")->isEnabled());
}

void FlyerImportPageTest::cancelsAFolderImport() {
    QTemporaryDir batchFolder;
    QVERIFY(batchFolder.isValid());
    for (int i = 0; i < 4; ++i) {
        QImage flyer = renderFlyer({"Copy " + QString(QChar('A' + i)) + " Test", "Female", "2004-05-06", "June 1, 2010",
                                    "Central Park, Springfield", "555-013-4477"});
        QVERIFY(flyer.save(batchFolder.filePath(QStringLiteral("copy-%1.png").arg(i))));
    }
    QSignalSpy finished(page_.get(), &FlyerImportPage::batchFinished);
    QVERIFY(page_->importFolder(batchFolder.path()));
    auto* cancel = page_->findChild<QPushButton*>("cancelBatchButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.at(0).at(3).toBool(), true);
    QVERIFY(finished.at(0).at(0).toInt() < 4);
    QVERIFY(!cancel->isEnabled());

    auto runs = db::ImportRunRepository(reunite::gui::test::testDatabase(*workstation_)).listRecent(1);
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), std::size_t{1});
    QVERIFY(runs.value().front().status == db::ImportRunStatus::Cancelled);
}

void FlyerImportPageTest::numericDatesDefaultToTheLocalesOrder() {
    const QLocale before;
    const auto defaultOrder = [this](const char* locale) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        FlyerImportPage page(*workstation_);
        return page.findChild<QComboBox*>("dateOrderCombo")->currentData().toInt();
    };
    const int us = defaultOrder("en_US");
    const int british = defaultOrder("en_GB");
    const int chinese = defaultOrder("zh_CN");
    QLocale::setDefault(before);
    QCOMPARE(us, static_cast<int>(ocr::NumericDateOrder::MonthFirst));
    QCOMPARE(british, static_cast<int>(ocr::NumericDateOrder::DayFirst));
    QCOMPARE(chinese, static_cast<int>(ocr::NumericDateOrder::DayFirst));
}

void FlyerImportPageTest::cleanupTestCase() {
    page_.reset();
    workstation_.reset();
}

QTEST_MAIN(FlyerImportPageTest)
#include "FlyerImportPageTest.moc"
