// FlyerImportPage end to end, offscreen: flyers are rendered here with QPainter ("MISSING"
// header, sample faces from the setup's samples folder, the fields in a large clean font), then
// the real page opens them (file and drag and drop), finds the faces, reads the text, prefills
// the widgets; the test picks a face with the mouse, saves as a case and as a gallery candidate,
// runs a folder import with a bad file and a duplicate, cancels one, and checks every stored
// record, photo and face in the database. Only signals are waited on (no sleeps).
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include "CandidateRepository.h"
#include "CaseRepository.h"
#include "Database.h"
#include "FaceRepository.h"
#include "FlyerImportPage.h"
#include "ImportRunRepository.h"
#include "PhotoFaceView.h"
#include "PhotoRepository.h"
#include "Workstation.h"

using namespace reunite;
using reunite::gui::FlyerImportPage;
using reunite::gui::Workstation;

namespace {

constexpr int kWaitMs = 180000;
constexpr int kFlyerWidth = 900;
constexpr int kFlyerHeight = 1300;

QString samplePath(const QString& name) {
    const QByteArray env = qgetenv("REUNITE_SAMPLES_DIR");
    const QString folder = env.isEmpty() ? QStringLiteral(REUNITE_SAMPLES_DIR) : QString::fromLocal8Bit(env);
    return folder + "/" + name;
}

struct FacePhoto {
    QString sample;
    QRect crop;  // around the face, in the sample's pixels
};

// Where the photos go on the flyer: one centred, or two side by side.
QList<QRect> photoSlots(int count) {
    if (count == 1) return {QRect(285, 170, 330, 380)};
    return {QRect(90, 170, 330, 380), QRect(480, 170, 330, 380)};
}

QImage renderFlyer(const QList<FacePhoto>& photos, const QStringList& lines) {
    QImage flyer(kFlyerWidth, kFlyerHeight, QImage::Format_RGB32);
    flyer.fill(Qt::white);
    QPainter painter(&flyer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QFont header(QStringLiteral("DejaVu Sans"));
    header.setPixelSize(110);
    header.setBold(true);
    painter.setFont(header);
    painter.setPen(QColor(200, 20, 20));
    painter.drawText(QRect(0, 20, kFlyerWidth, 140), Qt::AlignCenter, QStringLiteral("MISSING"));

    const QList<QRect> slots = photoSlots(static_cast<int>(photos.size()));
    for (int i = 0; i < photos.size(); ++i) {
        const QImage sample(samplePath(photos[i].sample));
        if (sample.isNull()) qFatal("sample photo %s is missing: run bash scripts/setup.sh", qPrintable(photos[i].sample));
        painter.drawImage(slots[i], sample.copy(photos[i].crop));
    }

    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(40);
    painter.setFont(body);
    painter.setPen(Qt::black);
    int y = 640;
    for (const QString& line : lines) {
        painter.drawText(QPoint(60, y), line);
        y += 72;
    }
    return flyer;
}

const FacePhoto kAstronaut{QStringLiteral("astronaut.png"), QRect(110, 10, 226, 260)};
const FacePhoto kSecondFace{QStringLiteral("faceapi-sample2.jpg"), QRect(1365, 130, 348, 400)};

const QStringList kEmilyLines = {QStringLiteral("Name: Emily Zhang"),
                                 QStringLiteral("Sex: Female"),
                                 QStringLiteral("Date of birth: 6 May 2004"),
                                 QStringLiteral("Missing since: June 1, 2010"),
                                 QStringLiteral("Last seen: Central Park, Springfield"),
                                 QStringLiteral("Height: 4 ft 2 in"),
                                 QStringLiteral("Contact: 555-013-4477")};

const QStringList kNoahLines = {QStringLiteral("Name: Noah Miller"),
                                QStringLiteral("Sex: Male"),
                                QStringLiteral("DOB: 2007-03-12"),
                                QStringLiteral("Missing since: 14 July 2012"),
                                QStringLiteral("Last seen: Riverside Mall, Portland"),
                                QStringLiteral("Call: (555) 201-7788")};

template <typename T>
T valueOf(Result<T> result) {
    if (!result.ok()) qFatal("unexpected error: %s", result.error().message.c_str());
    return std::move(result).value();
}

double centreX(const db::FaceRow& face) { return face.detection.box.x + face.detection.box.width / 2; }
double centreY(const db::FaceRow& face) { return face.detection.box.y + face.detection.box.height / 2; }

}  // namespace

class FlyerImportPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsAFlyerAndSavesItAsACase();
    void picksTheClickedFaceAndSavesToTheGallery();
    void aSecondSaveOfTheSameFlyerIsRefused();
    void anUnreadableFileIsReported();
    void importsAFolderWithProblemsListed();
    void aFolderImportCanBeCancelled();

private:
    QString writeFlyer(const QString& name, const QImage& image);
    template <typename T>
    T* child(const char* name) {
        T* widget = page_->findChild<T*>(QString::fromLatin1(name));
        if (!widget) qFatal("the page has no %s", name);
        return widget;
    }
    QString text(const char* name) { return child<QLineEdit>(name)->text(); }
    void setText(const char* name, const QString& value);
    void openAndRead(const QString& file, bool byDrop);
    QPoint viewPointOf(QPointF flyerPoint);

    QTemporaryDir folder_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<FlyerImportPage> page_;
    std::unique_ptr<db::Database> database_;
    QString emilyFlyer_;
    QString twoFacesFlyer_;
};

QString FlyerImportPageTest::writeFlyer(const QString& name, const QImage& image) {
    const QString path = folder_.filePath(name);
    if (!image.save(path)) qFatal("could not write %s", qPrintable(path));
    return path;
}

void FlyerImportPageTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("REUNITE_USER", "flyer.volunteer");
    QVERIFY(folder_.isValid());
    emilyFlyer_ = writeFlyer("emily.png", renderFlyer({kAstronaut}, kEmilyLines));
    twoFacesFlyer_ = writeFlyer("noah.png", renderFlyer({kAstronaut, kSecondFace}, kNoahLines));

    workstation_ = std::make_unique<Workstation>();
    auto opened = workstation_->openDatabase(folder_.filePath("reunite.db"));
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    workstation_->startLoadingModels();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->isReady() || workstation_->phase() == Workstation::Phase::ModelsFailed, kWaitMs);
    QVERIFY2(workstation_->isReady(), qPrintable(workstation_->statusText()));

    page_ = std::make_unique<FlyerImportPage>(*workstation_);
    page_->resize(1200, 800);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    database_ = valueOf(db::Database::open(folder_.filePath("reunite.db").toStdString()));
}

void FlyerImportPageTest::cleanupTestCase() {
    page_.reset();
    database_.reset();
    workstation_.reset();
}

void FlyerImportPageTest::setText(const char* name, const QString& value) {
    QLineEdit* edit = child<QLineEdit>(name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, value);
}

void FlyerImportPageTest::openAndRead(const QString& file, bool byDrop) {
    QSignalSpy loaded(page_.get(), &FlyerImportPage::flyerLoaded);
    QSignalSpy read(page_.get(), &FlyerImportPage::flyerRead);
    if (byDrop) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPointF centre(page_->width() / 2.0, page_->height() / 2.0);
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page_.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page_.get(), &drop);
    } else {
        page_->openFlyer(file);
    }
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(read.takeFirst().at(0).toString(), file);
    QCOMPARE(page_->currentFlyer(), file);
    qInfo().noquote() << "[flyer OCR]" << file << "\n" << child<QPlainTextEdit>("ocrTextView")->toPlainText();
}

// The view fits the flyer into its widget, centred, keeping the aspect ratio.
QPoint FlyerImportPageTest::viewPointOf(QPointF flyerPoint) {
    const auto* view = child<gui::PhotoFaceView>("faceView");
    const QSizeF fitted = QSizeF(kFlyerWidth, kFlyerHeight).scaled(QSizeF(view->size()), Qt::KeepAspectRatio);
    const double scale = fitted.width() / kFlyerWidth;
    const QPointF origin((view->width() - fitted.width()) / 2, (view->height() - fitted.height()) / 2);
    return (origin + flyerPoint * scale).toPoint();
}

void FlyerImportPageTest::readsAFlyerAndSavesItAsACase() {
    openAndRead(emilyFlyer_, false);

    // One face: picked by itself.
    QCOMPARE(child<gui::PhotoFaceView>("faceView")->selectedFace(), 0);
    // The OCR-prefilled fields, as the volunteer sees them.
    QCOMPARE(text("givenNamesEdit"), QStringLiteral("Emily"));
    QCOMPARE(text("familyNameEdit"), QStringLiteral("Zhang"));
    QCOMPARE(child<QComboBox>("sexCombo")->currentData().toString(), QStringLiteral("F"));
    QCOMPARE(text("birthDateEdit"), QStringLiteral("2004-05-06"));
    QCOMPARE(text("dateMissingEdit"), QStringLiteral("2010-06-01"));
    QCOMPARE(text("placeMissingEdit"), QStringLiteral("Central Park, Springfield"));
    QCOMPARE(text("contactEdit"), QStringLiteral("555-013-4477"));
    QCOMPARE(text("heightEdit"), QStringLiteral("4 ft 2 in"));
    QVERIFY(text("caseNumberEdit").startsWith("FLYER-"));
    QVERIFY(child<QLineEdit>("givenNamesEdit")->toolTip().contains("Name: Emily Zhang"));

    // The volunteer corrects the case number and a field, then saves as a case.
    setText("caseNumberEdit", QStringLiteral("FLY-2010-001"));
    setText("placeMissingEdit", QStringLiteral("Central Park, Springfield, IL"));
    QPushButton* saveCase = child<QPushButton>("saveCaseButton");
    QVERIFY(saveCase->isEnabled());
    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    QTest::mouseClick(saveCase, Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(0).toBool(), true);
    const qint64 caseId = saved.first().at(1).toLongLong();
    QVERIFY(!saveCase->isEnabled());

    db::CaseRepository cases(*database_);
    const auto found = valueOf(cases.findByCaseNumber("FLY-2010-001"));
    QVERIFY(found.has_value());
    const db::CaseRecord& record = *found;
    QCOMPARE(record.id, caseId);
    QCOMPARE(QString::fromStdString(record.givenNames), QStringLiteral("Emily"));
    QCOMPARE(QString::fromStdString(record.familyName), QStringLiteral("Zhang"));
    QVERIFY(record.sex == db::Sex::Female);
    QCOMPARE(QString::fromStdString(record.birthDate.value_or("")), QStringLiteral("2004-05-06"));
    QCOMPARE(QString::fromStdString(record.lastSeenDate.value_or("")), QStringLiteral("2010-06-01"));
    QCOMPARE(QString::fromStdString(record.lastSeenPlace), QStringLiteral("Central Park, Springfield, IL"));
    QVERIFY(QString::fromStdString(record.description).contains("555-013-4477"));
    QVERIFY(QString::fromStdString(record.description).contains("emily.png"));
    QCOMPARE(QString::fromStdString(record.createdBy), workstation_->userName());

    db::PhotoRepository photos(*database_);
    const auto casePhotos = valueOf(photos.listByOwner(db::PhotoOwner::ofCase(caseId)));
    QCOMPARE(casePhotos.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(casePhotos[0].originalFileName), QStringLiteral("emily.png"));
    QVERIFY(casePhotos[0].status == db::PhotoStatus::Faces);
    QCOMPARE(casePhotos[0].width.value_or(0), kFlyerWidth);
    QVERIFY(QFile::exists(QString::fromStdString(casePhotos[0].storedPath)));

    db::FaceRepository faces(*database_);
    const auto caseFaces = valueOf(faces.listByOwner(db::PhotoOwner::ofCase(caseId)));
    QCOMPARE(caseFaces.size(), std::size_t{1});
    const QRect slot = photoSlots(1).first();
    QVERIFY(slot.contains(QPointF(centreX(caseFaces[0]), centreY(caseFaces[0])).toPoint()));
}

void FlyerImportPageTest::picksTheClickedFaceAndSavesToTheGallery() {
    const std::size_t galleryFacesBefore = workstation_->gallery()->faceCount();
    openAndRead(twoFacesFlyer_, true);

    auto* view = child<gui::PhotoFaceView>("faceView");
    QCOMPARE(view->selectedFace(), -1);
    QVERIFY(!child<QPushButton>("saveGalleryButton")->isEnabled());  // two faces: one must be picked

    QCOMPARE(text("givenNamesEdit"), QStringLiteral("Noah"));
    QCOMPARE(text("familyNameEdit"), QStringLiteral("Miller"));
    QCOMPARE(child<QComboBox>("sexCombo")->currentData().toString(), QStringLiteral("M"));
    QCOMPARE(text("birthDateEdit"), QStringLiteral("2007-03-12"));
    QCOMPARE(text("dateMissingEdit"), QStringLiteral("2012-07-14"));
    QCOMPARE(text("placeMissingEdit"), QStringLiteral("Riverside Mall, Portland"));
    QCOMPARE(text("contactEdit"), QStringLiteral("(555) 201-7788"));

    // Click the face in the right-hand photo.
    const QRect right = photoSlots(2).at(1);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, viewPointOf(QPointF(right.center())));
    QVERIFY(view->selectedFace() >= 0);
    QPushButton* saveGallery = child<QPushButton>("saveGalleryButton");
    QVERIFY(saveGallery->isEnabled());

    QSignalSpy saved(page_.get(), &FlyerImportPage::flyerSaved);
    QTest::mouseClick(saveGallery, Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.first().at(0).toBool(), false);
    const qint64 candidateId = saved.first().at(1).toLongLong();

    db::CandidateRepository candidates(*database_);
    const db::CandidateRecord record = valueOf(candidates.get(candidateId));
    QVERIFY(record.source == db::CandidateSource::Flyer);
    QVERIFY(QString::fromStdString(record.externalRef).startsWith("flyer-"));
    QCOMPARE(QString::fromStdString(record.givenNames), QStringLiteral("Noah"));
    QCOMPARE(QString::fromStdString(record.familyName), QStringLiteral("Miller"));
    QVERIFY(record.sex == db::Sex::Male);
    QCOMPARE(QString::fromStdString(record.birthDate.value_or("")), QStringLiteral("2007-03-12"));
    QCOMPARE(record.birthYear.value_or(0), 2007);
    QCOMPARE(QString::fromStdString(record.region), QStringLiteral("Riverside Mall, Portland"));
    QCOMPARE(QString::fromStdString(record.contact), QStringLiteral("(555) 201-7788"));
    QVERIFY(QString::fromStdString(record.notes).contains("Missing since 2012-07-14"));

    db::PhotoRepository photos(*database_);
    const auto candidatePhotos = valueOf(photos.listByOwner(db::PhotoOwner::ofCandidate(candidateId)));
    QCOMPARE(candidatePhotos.size(), std::size_t{1});
    db::FaceRepository faces(*database_);
    const auto kept = valueOf(faces.listByPhoto(candidatePhotos[0].id));
    QCOMPARE(kept.size(), std::size_t{1});
    QVERIFY(right.contains(QPointF(centreX(kept[0]), centreY(kept[0])).toPoint()));
    QVERIFY(!kept[0].detection.fallback);

    // The live search gallery has the face.
    QCOMPARE(workstation_->gallery()->faceCount(), galleryFacesBefore + 1);
}

void FlyerImportPageTest::aSecondSaveOfTheSameFlyerIsRefused() {
    openAndRead(twoFacesFlyer_, false);
    const QRect left = photoSlots(2).at(0);
    QTest::mouseClick(child<gui::PhotoFaceView>("faceView"), Qt::LeftButton, Qt::NoModifier,
                      viewPointOf(QPointF(left.center())));
    QSignalSpy failed(page_.get(), &FlyerImportPage::saveFailed);
    QTest::mouseClick(child<QPushButton>("saveGalleryButton"), Qt::LeftButton);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().at(0).toString().contains("already in the gallery"));
    db::CandidateRepository candidates(*database_);
    QCOMPARE(valueOf(candidates.count()), std::int64_t{1});
}

void FlyerImportPageTest::anUnreadableFileIsReported() {
    const QString broken = folder_.filePath("broken.png");
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an image");
    file.close();
    QSignalSpy failed(page_.get(), &FlyerImportPage::flyerFailed);
    page_->openFlyer(broken);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.first().at(0).toString(), broken);
    QVERIFY(!child<QPushButton>("saveCaseButton")->isEnabled());
    QVERIFY(!child<QPushButton>("saveGalleryButton")->isEnabled());
}

void FlyerImportPageTest::importsAFolderWithProblemsListed() {
    QTemporaryDir batch;
    QVERIFY(QFile::copy(emilyFlyer_, batch.filePath("a-emily.png")));    // saved as a case only: imported
    QVERIFY(QFile::copy(twoFacesFlyer_, batch.filePath("b-noah.png")));  // already in the gallery: skipped
    QFile broken(batch.filePath("c-broken.jpg"));                        // not an image: failed
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a jpeg");
    broken.close();

    page_->setBatchFolder(batch.path());
    QSignalSpy finished(page_.get(), &FlyerImportPage::batchFinished);
    QTest::mouseClick(child<QPushButton>("startBatchButton"), Qt::LeftButton);
    QVERIFY(child<QPushButton>("cancelBatchButton")->isEnabled());
    QVERIFY(finished.wait(kWaitMs));
    const QList<QVariant> counts = finished.first();
    QCOMPARE(counts.at(0).toInt(), 1);  // imported
    QCOMPARE(counts.at(1).toInt(), 1);  // skipped
    QCOMPARE(counts.at(2).toInt(), 1);  // failed
    QCOMPARE(counts.at(3).toBool(), false);

    auto* problems = child<QTableWidget>("problemsTable");
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("b-noah.png"));
    QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("c-broken.jpg"));
    QCOMPARE(child<QProgressBar>("batchProgress")->value(), 3);

    db::CandidateRepository candidates(*database_);
    const auto all = valueOf(candidates.list());
    QCOMPARE(all.size(), std::size_t{2});
    const db::CandidateRecord& imported = all.back();
    QVERIFY(imported.source == db::CandidateSource::Flyer);
    QCOMPARE(QString::fromStdString(imported.givenNames), QStringLiteral("Emily"));
    QCOMPARE(QString::fromStdString(imported.familyName), QStringLiteral("Zhang"));
    QVERIFY(imported.sex == db::Sex::Female);
    QCOMPARE(QString::fromStdString(imported.birthDate.value_or("")), QStringLiteral("2004-05-06"));
    QCOMPARE(QString::fromStdString(imported.region), QStringLiteral("Central Park, Springfield"));
    QCOMPARE(QString::fromStdString(imported.contact), QStringLiteral("555-013-4477"));
    QVERIFY(imported.importRunId.has_value());

    db::FaceRepository faces(*database_);
    const auto importedFaces = valueOf(faces.listByOwner(db::PhotoOwner::ofCandidate(imported.id)));
    QCOMPARE(importedFaces.size(), std::size_t{1});

    db::ImportRunRepository runs(*database_);
    const db::ImportRunRecord run = valueOf(runs.get(*imported.importRunId));
    QVERIFY(run.status == db::ImportRunStatus::Finished);
    QCOMPARE(run.counts.itemsSeen, std::int64_t{3});
    QCOMPARE(run.counts.itemsImported, std::int64_t{1});
    QCOMPARE(run.counts.itemsSkipped, std::int64_t{1});
    QCOMPARE(run.counts.itemsFailed, std::int64_t{1});
    QCOMPARE(run.counts.facesAdded, std::int64_t{1});
    const auto errors = valueOf(runs.errors(run.id));
    QCOMPARE(errors.size(), std::size_t{1});
    QVERIFY(QString::fromStdString(errors[0].file).endsWith("c-broken.jpg"));
}

void FlyerImportPageTest::aFolderImportCanBeCancelled() {
    QTemporaryDir batch;
    for (int i = 0; i < 4; ++i) {
        QImage flyer = renderFlyer({kAstronaut}, kEmilyLines);
        flyer.setPixel(i, 0, qRgb(0, 0, 0));  // different bytes: a different flyer each
        QVERIFY(flyer.save(batch.filePath(QStringLiteral("copy-%1.png").arg(i))));
    }
    page_->setBatchFolder(batch.path());
    QSignalSpy finished(page_.get(), &FlyerImportPage::batchFinished);
    QVERIFY(page_->startBatchImport());
    QTest::mouseClick(child<QPushButton>("cancelBatchButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(3).toBool(), true);
    QVERIFY(finished.first().at(0).toInt() < 4);

    db::ImportRunRepository runs(*database_);
    const auto recent = valueOf(runs.listRecent(1));
    QCOMPARE(recent.size(), std::size_t{1});
    QVERIFY(recent[0].status == db::ImportRunStatus::Cancelled);
    QVERIFY(!child<QPushButton>("cancelBatchButton")->isEnabled());
}

QTEST_MAIN(FlyerImportPageTest)
#include "test_flyer_import_page.moc"
