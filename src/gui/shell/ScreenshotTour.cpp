#include "gui/shell/ScreenshotTour.h"

#include <cstdio>
#include <functional>

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUuid>

#include "gui/age/AgeProgressionPanel.h"
#include "gui/age/AgeProgressionWorker.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/cases/CasesPage.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/compare/ComparePanel.h"
#include "gui/demo/DemoWorkspaceBuilder.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/gallery/GalleryBrowserPage.h"
#include "gui/flyer/FlyerImportPage.h"
#include "gui/gallery/ImportPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/photos/PhotoPanel.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

namespace {

constexpr int kStepTimeoutMs = 300000;

// Runs the event loop until `done` holds or the time limit passes.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = kStepTimeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

class Tour {
public:
    Tour(Workstation& workstation, const QString& folder, const TourOptions& options)
        : workstation_(workstation), folder_(folder), options_(options) {}

    // The tour's scratch database gets a supervisor with a password nobody knows.
    QString signInAsTourSupervisor() {
        bool finished = false;
        QString failure;
        workstation_.createFirstSupervisor(window_, QStringLiteral("Supervisor Wu"), QUuid::createUuid().toString(),
                                           [&](QString problem) {
                                               failure = problem;
                                               finished = true;
                                           });
        if (!waitUntil([&] { return finished; })) return QStringLiteral("no answer");
        return failure;
    }

    int run() {
        if (!QDir().mkpath(folder_)) return fail(QStringLiteral("cannot create %1").arg(folder_));
        QTemporaryDir scratch;
        if (!scratch.isValid()) return fail(QStringLiteral("no temporary folder"));
        MainWindow window(workstation_);
        window_ = &window;
        window.resize(1440, 920);
        window.show();
        if (!window.openDatabaseFile(scratch.filePath(QStringLiteral("demo.db")), true)) return fail(QStringLiteral("cannot create the database"));
        workstation_.startLoadingModels();
        if (!waitUntil([this] { return workstation_.isReady() || failedToLoad(); }) || !workstation_.isReady()) {
            return fail(QStringLiteral("workstation not ready: %1").arg(workstation_.statusText()));
        }
        if (QString failure = signInAsTourSupervisor(); !failure.isEmpty()) return fail(QStringLiteral("sign-in: %1").arg(failure));

        CasesPage& cases = window.casesPage();
        window.showPage(MainWindow::Page::Cases);
        if (!save(QStringLiteral("01-first-start-demo-offer"))) return 1;

        qint64 demoCase = 0;
        QString demoError;
        QObject::connect(&cases.demoBuilder(), &DemoWorkspaceBuilder::finished, &window,
                         [&demoCase, &demoError](qint64 caseId, const QString& error) {
                             demoCase = caseId;
                             demoError = error.isEmpty() && caseId == 0 ? QStringLiteral("no demo case") : error;
                         });
        if (!cases.buildDemoWorkspace()) return fail(QStringLiteral("the demo workspace could not start"));
        if (!waitUntil([&] { return demoCase != 0 || !demoError.isEmpty(); }) || demoCase == 0) {
            return fail(QStringLiteral("demo workspace: %1").arg(demoError));
        }
        if (!waitUntil([&] { return !cases.demoBuilder().isRunning(); })) return fail(QStringLiteral("demo builder still running"));
        cases.reload(demoCase);
        CaseWorkspace& workspace = cases.workspace();
        // The case list reloads off the GUI thread: wait for it to show the demo case.
        if (!waitUntil([&] { return workspace.currentCase() && workspace.currentCase()->id == demoCase; })) {
            return fail(QStringLiteral("demo case not shown"));
        }
        workspace.showTab(CaseWorkspace::Tab::Details);
        if (!save(QStringLiteral("02-case-details"))) return 1;

        workspace.showTab(CaseWorkspace::Tab::Photos);
        workspace.photoPanel().setShowLandmarks(true);
        workspace.photoPanel().selectPhoto(0);
        if (!save(QStringLiteral("03-case-photos-landmarks"))) return 1;

        workspace.showTab(CaseWorkspace::Tab::Relatives);
        if (!save(QStringLiteral("04-relatives"))) return 1;

        workspace.showTab(CaseWorkspace::Tab::Search);
        CandidateSearchPanel& search = workspace.searchPanel();
        bool searched = false;
        const auto connection =
            QObject::connect(&search, &CandidateSearchPanel::searchFinished, &window, [&searched] { searched = true; });
        if (!waitUntil([&] { return !search.worker().isRunning(); }) || !search.runSearch()) return fail(QStringLiteral("search did not start"));
        if (!waitUntil([&] { return searched; })) return fail(QStringLiteral("search did not finish"));
        QObject::disconnect(connection);
        if (search.results().rowCount() == 0) return fail(QStringLiteral("the demo search found nothing"));
        if (!save(QStringLiteral("05-search-results"))) return 1;

        emit search.compareRequested(0);
        ComparePanel& compare = workspace.comparePanel();
        compare.setShowLandmarks(true);
        if (!waitUntil([&] { return compare.chipsShown(); })) return fail(QStringLiteral("comparison chips not shown"));
        if (!save(QStringLiteral("06-compare"))) return 1;
        compare.setShowLandmarks(false);
        compare.setOverlayMode(true);
        if (!save(QStringLiteral("07-compare-overlay"))) return 1;
        compare.setOverlayMode(false);

        workspace.showTab(CaseWorkspace::Tab::AgeProgression);
        AgeProgressionPanel& progression = workspace.progressionPanel();
        bool rendered = false;
        QObject::connect(&progression, &AgeProgressionPanel::renderFinished, &window, [&rendered] { rendered = true; });
        // The case's photos reach the panel in the background: render once one can be chosen.
        if (!waitUntil([&] { return progression.render(); }, 60000)) return fail(QStringLiteral("age progression could not start"));
        if (!waitUntil([&] { return rendered && !progression.worker().isRunning(); })) return fail(QStringLiteral("age progression did not finish"));
        if (!save(QStringLiteral("08-age-progression"))) return 1;

        window.showPage(MainWindow::Page::PhotoDatabase);
        window.galleryPage().reload();
        window.galleryPage().selectCandidateRow(0);
        window.galleryPage().selectImportRun(0);
        // The records and the selected record's photos arrive in the background.
        if (!waitUntil([&] { return window.galleryPage().candidatePhotoCount() > 0; })) {
            return fail(QStringLiteral("the photo database showed no record's photos"));
        }
        if (!save(QStringLiteral("09-photo-database"))) return 1;

        window.showPage(MainWindow::Page::Import);
        window.importPage().showGalleryTab();
        if (!save(QStringLiteral("10-import-gallery"))) return 1;
        window.importPage().showFlyerTab();
        if (!options_.flyerFile.isEmpty() && !readFlyer(window)) return 1;
        if (!save(QStringLiteral("11-import-flyers"))) return 1;
        window.importPage().showGalleryTab();

        SettingsDialog settings(workstation_, &window);
        settings.show();
        if (!saveWidget(settings, QStringLiteral("12-settings"))) return 1;
        settings.reject();

        window_ = nullptr;
        return 0;
    }

private:
    bool failedToLoad() const {
        return workstation_.phase() == Workstation::Phase::ModelsFailed || workstation_.phase() == Workstation::Phase::GalleryFailed;
    }

    // Opens the tour's flyer and waits until its text is read and the fields prefilled.
    bool readFlyer(MainWindow& window) {
        FlyerImportPage* page = window.importPage().flyerPage();
        if (!page) {
            fail(QStringLiteral("the flyer page is not built in"));
            return false;
        }
        bool analysed = false;
        const auto connection = QObject::connect(page, &FlyerImportPage::flyerAnalysed, &window, [&analysed] { analysed = true; });
        const bool started = page->openFlyer(options_.flyerFile);
        const bool done = started && waitUntil([&] { return analysed; });
        QObject::disconnect(connection);
        if (!done) fail(QStringLiteral("the flyer %1 was not read").arg(options_.flyerFile));
        return done;
    }

    int fail(const QString& message) {
        std::fprintf(stderr, "screenshot tour: %s\n", qPrintable(message));
        return 1;
    }

    // Waits until the pictures the screen asked for have arrived, then saves the whole window.
    bool save(const QString& name) { return saveWidget(*window_, name); }

    bool saveWidget(QWidget& widget, const QString& name) {
        if (!options_.onlyScreens.isEmpty() && !options_.onlyScreens.contains(name)) return true;
        waitUntil([this] { return window_->images().pendingCount() == 0; }, 60000);
        QCoreApplication::processEvents();
        const QString file = QDir(folder_).filePath(name + options_.nameSuffix + QStringLiteral(".png"));
        if (!widget.grab().save(file)) {
            fail(QStringLiteral("cannot write %1").arg(file));
            return false;
        }
        std::printf("%s\n", qPrintable(file));
        return true;
    }

    Workstation& workstation_;
    QString folder_;
    TourOptions options_;
    MainWindow* window_ = nullptr;
};

}  // namespace

int ScreenshotTour::run(Workstation& workstation, const QString& outputFolder, const TourOptions& options) {
    Tour tour(workstation, outputFolder, options);
    return tour.run();
}

}  // namespace reunite::gui
