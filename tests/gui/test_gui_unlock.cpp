// An encrypted database in the workstation: it is locked until the passphrase dialog unlocks it
// (a wrong passphrase is refused in the dialog, which stays open); sealed photos are shown only
// once it is unlocked; opening another database forgets the key.
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "GuiTestSupport.h"
#include "TestAccounts.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "domain/FileBytes.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/shell/PassphraseDialog.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/encryption/DatabaseKeyring.h"
#include "workflows/encryption/EncryptionActions.h"

using namespace reunite;
using namespace reunite::gui;

namespace {

const QString kPassphrase = QStringLiteral("the unit's long passphrase");

// One gallery record with a photo and a face of `modelId`, written sealed with the passphrase on a
// connection of its own.
bool addSealedGalleryFace(const QString& path, const std::string& modelId) {
    Result<std::unique_ptr<db::Database>> opened = db::Database::open(toPath(path));
    if (!opened || !workflows::unlockDatabase(*opened.value(), toUtf8(kPassphrase))) return false;
    db::Database& database = *opened.value();
    db::CandidateRecord candidate;
    candidate.externalRef = "G-1";
    Result<db::CandidateRecord> stored = db::CandidateRepository(database).create(candidate, "tester");
    if (!stored) return false;
    db::PhotoRecord photo;
    photo.owner = db::PhotoOwner::ofCandidate(stored.value().id);
    photo.sha256 = std::string(64, 'a');
    photo.storedPath = "outside-the-store.jpg";
    Result<db::PhotoRecord> added = db::PhotoRepository(database).add(photo, "tester");
    if (!added) return false;
    db::FaceRow face;
    face.photoId = added.value().id;
    face.modelId = modelId;
    face.detection.box = RectF{1, 1, 10, 10};
    face.embedding[0] = 1.0f;
    return db::FaceRepository(database).add(face).ok();
}

// Encrypts the (new) database file at `path` as the test supervisor.
bool encryptDatabase(const QString& path) {
    workflows::EncryptedCopy copy;
    {
        Result<std::unique_ptr<db::Database>> database = db::Database::open(toPath(path));
        if (!database) return false;
        Result<workflows::Actor> supervisor = reunite::test::testAccount(*database.value(), gui::test::kTestSupervisor, Role::Supervisor);
        if (!supervisor) return false;
        workflows::Engine engine;
        workflows::Session session(*database.value(), supervisor.value(), engine);
        Result<workflows::EncryptedCopy> prepared =
            workflows::EncryptionActions(session).prepareEncryptedCopy(toUtf8(kPassphrase), security::KdfLimits::minimal());
        if (!prepared) return false;
        copy = prepared.value();
    }
    return workflows::swapInEncryptedCopy(toPath(path), copy).ok();
}

}  // namespace

class GuiUnlockTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anEncryptedDatabaseOpensLocked();
    void thePhotoDatabaseWaitsForThePassphrase();
    void theDialogRefusesAWrongPassphraseAndUnlocksWithTheRightOne();
    void sealedPhotosShowOnlyOnceUnlocked();
    void openingAnotherDatabaseForgetsTheKey();
    void cleanupTestCase();

private:
    bool openDatabase(const QString& path);
    Result<bool> locked();

    std::unique_ptr<gui::test::TemporaryWorkspace> workspace_;
    std::unique_ptr<Workstation> workstation_;
};

void GuiUnlockTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReuniteGuiUnlockTest"));
    workspace_ = std::make_unique<gui::test::TemporaryWorkspace>();
    gui::test::isolateSettings(workspace_->path(QStringLiteral("settings")));
    QVERIFY(encryptDatabase(workspace_->databasePath()));
    workstation_ = std::make_unique<Workstation>();
    QVERIFY(openDatabase(workspace_->databasePath()));
}

bool GuiUnlockTest::openDatabase(const QString& path) {
    QSignalSpy opened(workstation_.get(), &Workstation::databaseOpened);
    if (!workstation_->openDatabase(path)) return false;
    return opened.wait(30000);
}

Result<bool> GuiUnlockTest::locked() {
    std::optional<Result<bool>> answer;
    workstation_->checkLocked(this, [&answer](Result<bool> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000)) return makeError(ErrorCode::Internal, "no answer");
    return *answer;
}

void GuiUnlockTest::anEncryptedDatabaseOpensLocked() {
    const Result<bool> isLocked = locked();
    QVERIFY(isLocked.ok());
    QVERIFY(isLocked.value());
}

void GuiUnlockTest::thePhotoDatabaseWaitsForThePassphrase() {
    workstation_->startLoadingModels();
    QTRY_VERIFY_WITH_TIMEOUT(workstation_->pipeline() && workstation_->phase() != Workstation::Phase::LoadingModels &&
                                 workstation_->phase() != Workstation::Phase::LoadingGallery,
                             180000);
    // A sealed face of the loaded model: reopened, the workstation says the database is locked
    // rather than that its photo database could not be loaded.
    QVERIFY(addSealedGalleryFace(workspace_->databasePath(), workstation_->pipeline()->embeddingModelId()));
    QVERIFY(openDatabase(workspace_->databasePath()));
    QTRY_COMPARE_WITH_TIMEOUT(workstation_->phase(), Workstation::Phase::Locked, 60000);
    QVERIFY(workstation_->statusText().contains(QStringLiteral("passphrase")));
}

void GuiUnlockTest::theDialogRefusesAWrongPassphraseAndUnlocksWithTheRightOne() {
    PassphraseDialog dialog(*workstation_);
    auto* edit = gui::test::requiredChild<QLineEdit>(&dialog, "passphraseEdit");
    auto* problem = gui::test::requiredChild<QLabel>(&dialog, "passphraseProblemLabel");
    dialog.show();
    edit->setText(QStringLiteral("not the passphrase"));
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!problem->isHidden(), 30000);
    QVERIFY(problem->text().contains(QStringLiteral("wrong")));
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(dialog.result(), 0);
    QVERIFY(locked().value());

    edit->setText(kPassphrase);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), static_cast<int>(QDialog::Accepted), 30000);
    QVERIFY(!locked().value());
    QTRY_COMPARE_WITH_TIMEOUT(workstation_->phase(), Workstation::Phase::Ready, 60000);  // the photo database loads now
    QVERIFY2(workstation_->statusText().contains(QStringLiteral("1 gallery face")), qPrintable(workstation_->statusText()));
}

void GuiUnlockTest::sealedPhotosShowOnlyOnceUnlocked() {
    const std::filesystem::path sample = toPath(gui::test::samplePhoto(QStringLiteral("messi5.jpg")));
    const Result<StoredPhoto> stored = workstation_->photoStore().store(sample, sha256OfFile(sample).value());
    QVERIFY(stored.ok());
    QVERIFY(stored.value().path.string().ends_with(".sealed"));
    const QString path = toQString(stored.value().path.string());

    FaceImageProvider images(*workstation_);
    QSignalSpy ready(&images, &FaceImageProvider::photoReady);
    QVERIFY(!images.photo(path, 200).has_value());
    QVERIFY(ready.wait(30000));
    const std::optional<LoadedPhoto> loaded = images.photo(path, 200);
    QVERIFY(loaded.has_value());
    QVERIFY(!loaded->image.isNull());
    QVERIFY(loaded->originalSize.width() > 200);

    const PhotoStore keyless = PhotoStore::besideDatabase(workstation_->databaseFile());
    QCOMPARE(keyless.read(stored.value().path).error().code, ErrorCode::AccessDenied);
}

void GuiUnlockTest::openingAnotherDatabaseForgetsTheKey() {
    QVERIFY(openDatabase(workspace_->path(QStringLiteral("plain.db"))));
    QVERIFY(!locked().value());  // a plain database needs no key
    QVERIFY(openDatabase(workspace_->databasePath()));
    QVERIFY(locked().value());
}

void GuiUnlockTest::cleanupTestCase() { workstation_.reset(); }

QTEST_MAIN(GuiUnlockTest)
#include "test_gui_unlock.moc"
