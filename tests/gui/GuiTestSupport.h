#pragma once
// Helpers shared by the GUI tests: a throw-away workspace (temporary database file and settings
// folder), waiting for the workstation to be ready, the sample photos, simulated drops, and acting
// on a modal dialog once it is open. Everything waits on events and conditions with time limits.
// Thread safety: GUI thread only.
#include <functional>
#include <memory>
#include <string>

#include <QDir>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "db/records/CaseRecord.h"

class QDialog;
class QWidget;

namespace reunite::db {
class Database;
}

namespace reunite::gui {
class MainWindow;
class Workstation;
}

namespace reunite::gui::test {

// A temporary folder holding the database and the QSettings of one test run.
class TemporaryWorkspace {
public:
    TemporaryWorkspace();
    QString databasePath() const { return folder_.filePath(QStringLiteral("reunite-test.db")); }
    QString path(const QString& name) const { return folder_.filePath(name); }
    bool isValid() const { return folder_.isValid(); }

private:
    QTemporaryDir folder_;
};

// A new workspace, a workstation and its main window, shown, on the workspace's database, with the
// models loaded: the start of every GUI test that drives the whole window. Returns an empty string,
// or what went wrong. The application name keeps each test's settings apart.
QString startWorkstationWindow(const QString& applicationName, std::unique_ptr<TemporaryWorkspace>& workspace,
                               std::unique_ptr<Workstation>& workstation, std::unique_ptr<MainWindow>& window);
// The members of a GUI test that drives the whole window, started by startWindow() in
// initTestCase and closed by closeWindow() in cleanupTestCase.
class WorkstationWindowFixture {
protected:
    QString startWindow(const QString& applicationName);
    void closeWindow();
    db::Database& database();

    std::unique_ptr<TemporaryWorkspace> workspace_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<MainWindow> window_;
};

// Clicks the search panel's Find button of the case workspace and waits for the search to finish.
bool runCaseSearchFromWindow(MainWindow& window);

// Makes QSettings write into a temporary folder; call before anything reads settings.
void isolateSettings(const QString& folder);
// The test's own connection to the workstation's open database, for asserting on stored data
// (the GUI thread of the workstation itself holds none). Reopened when the database changes.
db::Database& testDatabase(const Workstation& workstation);
// The supervisor account GUI tests sign in as (password reunite::test::kTestPassword).
inline const std::string kTestSupervisor = "gui-supervisor";
// Signs the workstation in as kTestSupervisor (created in its open database when missing),
// through Workstation::signIn as the sign-in dialog does. False (with a warning) when it failed.
bool signInAsTestSupervisor(Workstation& workstation);
// Waits (event loop running) until the workstation has opened the database file at `path`, then
// signs in as kTestSupervisor unless somebody is signed in.
bool waitForDatabase(Workstation& workstation, const QString& path, int timeoutMs = 60000);
// Waits (event loop running) until the workstation is ready or the limit passes, then signs in
// as kTestSupervisor unless somebody is signed in.
bool waitUntilReady(Workstation& workstation, int timeoutMs = 180000);
QString samplePhoto(const QString& name);
// Copies the named sample photos into folder (creating it); returns the copies.
QStringList copySamples(const QStringList& names, const QString& folder);
// Fills the database file at `path` through the application layer, acting as the analyst `user`:
// a gallery imported from copies of `gallerySamples` in `folder`, and `caseRecord` with messi5.jpg
// as its childhood photo at age 12. Returns the case's id; aborts the run when a step fails.
qint64 prepareGalleryAndCase(const QString& path, const QString& folder, const QStringList& gallerySamples,
                             const db::CaseRecord& caseRecord, const QString& user);
// Sends drag-enter and drop events carrying the files' URLs to the widget.
void dropFiles(QWidget* target, const QStringList& files);
// Runs `action` on the next modal dialog as soon as it is shown (polled from the event loop).
void whenModalDialogOpens(std::function<void(QDialog*)> action, int timeoutMs = 10000);
// Answers the next modal QMessageBox, which must be named `objectName`, with `button`
// (QMessageBox::Ok, Cancel, ...), after keeping its text and informative text in `shown`.
void answerMessageBox(const QString& objectName, int button, QString& shown);
// Answers the next unsaved-changes question with `button` (QMessageBox::Save, Discard or Cancel).
void answerUnsavedQuestion(int button);

// The named child widget; a missing one aborts the test run with its name (a broken form).
template <typename T>
T* requiredChild(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) qFatal("widget %s not found", name);
    return found;
}

}  // namespace reunite::gui::test
