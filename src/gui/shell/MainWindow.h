#pragma once
// MainWindow: the investigator workstation's window: navigation between Cases, Photo database and
// Import; File > New/Open database, Export case report / alert poster (of the
// case shown), Build demo workspace; Tools > Settings; Help > User guide (F1, at the section of
// the screen shown) and About (version and the ids of the loaded models); a start-up banner and
// status bar that report model and gallery loading (and failures, naming the setup command).
// Inputs: the Workstation (outlives the window).
// Guarantees: geometry and window state persist in QSettings (AppSettings), as does the last
// database opened; switching databases is refused while a background job runs; closing while jobs
// run asks first and cancels them.
// Thread safety: GUI thread only.
#include <memory>

#include <QMainWindow>
#include <QPointer>

namespace Ui {
class MainWindow;
}

class QLabel;
class QProgressBar;

namespace reunite::gui {

class CasesPage;
class FaceImageProvider;
class GalleryBrowserPage;
class ImportPage;
class UserGuideDialog;
class Workstation;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Cases, PhotoDatabase, Import };

    explicit MainWindow(Workstation& workstation, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Opens the file in the background (creating a new database if it does not exist); a failure
    // is reported to the user (in the status bar when quiet), or the fallback is opened instead
    // when one is given. Remembered as the last database on success. False: refused at once.
    bool openDatabaseFile(const QString& path, bool quiet = false, const QString& fallback = {});
    void restoreSavedGeometry();
    // When a database is open and nobody is signed in: asks for the account (SignInDialog), or
    // on a database without accounts for the first supervisor. Cancelled: nobody is signed in
    // and every action is refused until File > Sign in.
    // Unlocks an encrypted database (PassphraseDialog), then asks who is working (SignInDialog).
    void signInIfNeeded();
    void askForAccount();
    // Says that no private place for the default database is known (HOME unset) and what to do.
    void explainMissingDatabasePlace();
    // Signs out and asks again (File > Sign in as another account).
    void signInAsSomeoneElse();
    // Tools > Audit trail (supervisors): the newest entries and a check of the chain.
    void showAuditLog();

    // The user guide's section for the screen shown ("cases", "search", "import", ...).
    QString helpTopic() const;
    // Opens (or raises) the user guide at helpTopic().
    void showUserGuide();
    // The About box's text: purpose, version, and the models in use.
    QString aboutText() const;
    // After a language change: offers to restart now (closing as Quit does: unsaved edits and
    // running work are asked about first) or later. Without --language, the new setting applies.
    void offerRestartForLanguage();

    CasesPage& casesPage() { return *cases_; }
    GalleryBrowserPage& galleryPage() { return *gallery_; }
    ImportPage& importPage() { return *import_; }
    FaceImageProvider& images() { return *images_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Shows what the signed-in account's role may use (the application layer refuses the rest
    // anyway): a volunteer sees the import page only; the audit trail is for supervisors.
    void applyRole();
    void connectExportActions();
    void chooseNewDatabase();
    void chooseExistingDatabase();
    void showSettings();
    void showAbout();
    QString modelsText() const;
    void updateStatus();
    void reportOpenFailure(const QString& path, const QString& reason);

    Workstation& workstation_;
    std::unique_ptr<Ui::MainWindow> ui_;
    FaceImageProvider* images_;
    CasesPage* cases_;
    GalleryBrowserPage* gallery_;
    ImportPage* import_;
    QLabel* databaseLabel_;
    QPointer<UserGuideDialog> guide_;
    QProgressBar* busyBar_;
    bool openQuietly_ = false;
    bool signingIn_ = false;
    QString fallbackDatabase_;
};

}  // namespace reunite::gui
