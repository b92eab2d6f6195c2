#include "GuiTestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "TestAccounts.h"
#include "db/sqlite/Database.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CasesPage.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/session/Engine.h"
#include "workflows/session/Session.h"
#include "workflows/photos/PhotoActions.h"

namespace reunite::gui::test {

TemporaryWorkspace::TemporaryWorkspace() { isolateSettings(folder_.filePath(QStringLiteral("config"))); }

void isolateSettings(const QString& folder) {
    QDir().mkpath(folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QSettings().clear();
}

db::Database& testDatabase(const Workstation& workstation) {
    static std::unique_ptr<db::Database> connection;
    static QString openPath;
    if (!connection || openPath != workstation.databasePath()) {
        connection.reset();
        auto opened = db::Database::open(workstation.databaseFile());
        if (!opened) qFatal("the test cannot open %s: %s", qPrintable(workstation.databasePath()), opened.error().message.c_str());
        connection = std::move(opened).value();
        openPath = workstation.databasePath();
    }
    return *connection;
}

bool signInAsTestSupervisor(Workstation& workstation) {
    Result<workflows::Actor> account = reunite::test::testAccount(testDatabase(workstation), kTestSupervisor, Role::Supervisor);
    if (!account) {
        qWarning("%s", account.error().message.c_str());
        return false;
    }
    bool finished = false;
    QString failure;
    workstation.signIn(&workstation, QString::fromStdString(kTestSupervisor), QString::fromStdString(reunite::test::kTestPassword),
                       [&](QString problem) {
                           failure = problem;
                           finished = true;
                       });
    if (!QTest::qWaitFor([&] { return finished; }, 30000) || !failure.isEmpty()) {
        qWarning("sign-in failed: %s", qPrintable(failure));
        return false;
    }
    return workstation.isSignedIn();
}

bool waitForDatabase(Workstation& workstation, const QString& path, int timeoutMs) {
    const QString wanted = QFileInfo(path).absoluteFilePath();
    QElapsedTimer timer;
    timer.start();
    while (workstation.databasePath() != wanted && timer.elapsed() < timeoutMs) QTest::qWait(10);
    if (workstation.databasePath() != wanted) return false;
    return workstation.isSignedIn() || signInAsTestSupervisor(workstation);
}

bool waitUntilReady(Workstation& workstation, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!workstation.isReady() && timer.elapsed() < timeoutMs) {
        if (workstation.phase() == Workstation::Phase::ModelsFailed || workstation.phase() == Workstation::Phase::GalleryFailed) {
            qWarning("%s", qPrintable(workstation.statusText()));
            return false;
        }
        QTest::qWait(20);
    }
    if (!workstation.isReady()) return false;
    return workstation.isSignedIn() || signInAsTestSupervisor(workstation);
}

QString samplePhoto(const QString& name) {
    const QString folder = qEnvironmentVariable("REUNITE_SAMPLES_DIR", QStringLiteral(REUNITE_SAMPLES_DIR));
    return QDir(folder).filePath(name);
}

QStringList copySamples(const QStringList& names, const QString& folder) {
    QDir().mkpath(folder);
    QStringList copies;
    for (const QString& name : names) {
        const QString target = QDir(folder).filePath(name);
        QFile::remove(target);
        if (QFile::copy(samplePhoto(name), target)) copies << target;
    }
    return copies;
}

qint64 prepareGalleryAndCase(const QString& path, const QString& folder, const QStringList& gallerySamples,
                             const db::CaseRecord& caseRecord, const QString& user) {
    auto opened = db::Database::open(toPath(path));
    if (!opened) qFatal("%s", opened.error().message.c_str());
    workflows::Engine engine;
    Result<workflows::Actor> account = reunite::test::testAccount(*opened.value(), user.toStdString(), Role::Analyst);
    if (!account) qFatal("%s", account.error().message.c_str());
    workflows::Session session(*opened.value(), account.value(), engine);
    if (copySamples(gallerySamples, folder).size() != gallerySamples.size()) qFatal("sample photos missing: run scripts/setup.sh");
    workflows::GalleryImportRequest request;
    request.input = toPath(folder);
    if (!workflows::GalleryActions(session).import(request)) qFatal("gallery import failed");
    auto created = workflows::CaseActions(session).create(caseRecord);
    if (!created) qFatal("case not created");
    PhotoToAttach photo;
    photo.file = toPath(samplePhoto(QStringLiteral("messi5.jpg")));
    photo.owner = db::PhotoOwner::ofCase(created.value().id);
    photo.ageAtPhotoYears = 12;
    if (!workflows::PhotoActions(session).attach(photo)) qFatal("photo not attached");
    return created.value().id;
}

void dropFiles(QWidget* target, const QStringList& files) {
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& file : files) urls << QUrl::fromLocalFile(file);
    mime->setUrls(urls);
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    delete mime;
}

void answerMessageBox(const QString& objectName, int button, QString& shown) {
    whenModalDialogOpens([objectName, button, &shown](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY2(box && box->objectName() == objectName, qPrintable(objectName));
        shown = box->text() + QLatin1Char(' ') + box->informativeText();
        box->button(static_cast<QMessageBox::StandardButton>(button))->click();
    });
}

void answerUnsavedQuestion(int button) {
    whenModalDialogOpens([button](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box && box->objectName() == QStringLiteral("unsavedChangesQuestion"));
        box->button(static_cast<QMessageBox::StandardButton>(button))->click();
    });
}

void whenModalDialogOpens(std::function<void(QDialog*)> action, int timeoutMs) {
    auto* poll = new QTimer;
    auto* clock = new QElapsedTimer;
    clock->start();
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, clock, action, timeoutMs] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            poll->stop();
            action(dialog);
        } else if (clock->elapsed() > timeoutMs) {
            poll->stop();
            qWarning("no modal dialog opened within %d ms", timeoutMs);
        } else {
            return;
        }
        poll->deleteLater();
        delete clock;
    });
    poll->start();
}

QString startWorkstationWindow(const QString& applicationName, std::unique_ptr<TemporaryWorkspace>& workspace,
                               std::unique_ptr<Workstation>& workstation, std::unique_ptr<MainWindow>& window) {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(applicationName);
    workspace = std::make_unique<TemporaryWorkspace>();
    if (!workspace->isValid()) return QStringLiteral("no temporary folder");
    if (!QFile::exists(samplePhoto(QStringLiteral("astronaut.png")))) return QStringLiteral("sample photos missing: run scripts/setup.sh");
    workstation = std::make_unique<Workstation>();
    window = std::make_unique<MainWindow>(*workstation);
    window->resize(1360, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) return QStringLiteral("the main window was never shown");
    if (!window->openDatabaseFile(workspace->databasePath(), true)) return QStringLiteral("the database was not opened");
    workstation->startLoadingModels();
    if (!waitUntilReady(*workstation)) return workstation->statusText();
    return {};
}

QString WorkstationWindowFixture::startWindow(const QString& applicationName) {
    return startWorkstationWindow(applicationName, workspace_, workstation_, window_);
}

void WorkstationWindowFixture::closeWindow() {
    window_.reset();
    workstation_.reset();
}

db::Database& WorkstationWindowFixture::database() { return testDatabase(*workstation_); }

bool runCaseSearchFromWindow(MainWindow& window) {
    CaseWorkspace& workspace = window.casesPage().workspace();
    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
    QTest::mouseClick(requiredChild<QPushButton>(&search, "findButton"), Qt::LeftButton);
    return finished.wait(120000);
}

}  // namespace reunite::gui::test
