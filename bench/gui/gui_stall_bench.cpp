// GUI-thread stalls of the workstation under load. A watchdog QTimer (every 5 ms) on the GUI thread
// records the gap between its ticks while the real MainWindow (offscreen) works: loading a gallery
// of N synthetic faces (default 10,000, stored with the real embedding model's id), importing a
// folder of real photos through the Import page (GalleryImportWorker, every core), attaching a case
// photo (PhotoAttachWorker) and running case searches through the Find candidates tab
// (CaseSearchWorker). Prints, per phase, the ticks, the max gap and the 50/95/99th percentiles.
// With --slow-events MS it also names, per phase, the GUI-thread events that took MS or longer
// (receiver class and event type), the widgets whose painting took longest and the widgets that
// were resized (a relayout repaints everything it moves), to find which step a stall belongs to.
// Usage: QT_QPA_PLATFORM=offscreen reunite-bench-gui [--faces 10000] [--photos 40] [--searches 5]
//        [--slow-events MS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "SyntheticGallery.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CandidateSearchPanel.h"
#include "gui/cases/CaseDetailsForm.h"
#include "db/repositories/CaseRepository.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/cases/CasesPage.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/gallery/GalleryImportPanel.h"
#include "gui/gallery/ImportPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/photos/PhotoAttachWorker.h"
#include "gui/photos/PhotoPanel.h"
#include "db/sqlite/Transaction.h"
#include "gui/shell/Workstation.h"
#include "workflows/storage/WorkstationDatabase.h"

using namespace reunite;
using namespace reunite::gui;

namespace {

constexpr int kTickMs = 5;
constexpr int kTimeoutMs = 1800000;

// Records the gaps between watchdog ticks of the GUI thread for one phase at a time.
class StallWatchdog {
public:
    StallWatchdog() {
        timer_.setInterval(kTickMs);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            gaps_.push_back(clock_.nsecsElapsed() / 1e6);
            clock_.restart();
        });
    }
    void begin() {
        gaps_.clear();
        clock_.start();
        timer_.start();
    }
    void end(const char* phase, double seconds) {
        timer_.stop();
        gaps_.push_back(clock_.nsecsElapsed() / 1e6);
        std::vector<double> sorted = gaps_;
        std::sort(sorted.begin(), sorted.end());
        const auto percentile = [&sorted](double p) {
            return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(p * (sorted.size() - 1)))];
        };
        std::printf("| %s | %.1f | %zu | %.1f | %.1f | %.1f | %.1f |\n", phase, seconds, sorted.size(), percentile(0.5),
                    percentile(0.95), percentile(0.99), sorted.back());
        std::fflush(stdout);
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    std::vector<double> gaps_;
};

// The application with a timer around each outermost event it delivers on the GUI thread.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    double slowEventMs = 0;

    bool notify(QObject* receiver, QEvent* event) override {
        if (slowEventMs > 0 && event->type() == QEvent::Resize) ++resizes_[receiver->objectName()];
        if (slowEventMs > 0 && depth_ > 0 && event->type() == QEvent::Paint) return timedPaint(receiver, event);
        if (slowEventMs <= 0 || depth_ > 0) return QApplication::notify(receiver, event);
        const QString name = describe(receiver, event);
        ++depth_;
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        --depth_;
        if (ms >= slowEventMs) slow_.push_back({ms, name});
        return handled;
    }

    // Prints and forgets what was recorded since the last call.
    void reportSlowEvents(const char* phase) {
        if (slowEventMs <= 0) return;
        printSlowEvents(phase);
        printPaints();
        for (const auto& [name, count] : resizes_) std::fprintf(stderr, "  resized %s: %d\n", qPrintable(name), count);
        resizes_.clear();
    }

private:
    void printSlowEvents(const char* phase) {
        std::sort(slow_.begin(), slow_.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::fprintf(stderr, "%s: %zu event(s) of %.0f ms or more\n", phase, slow_.size(), slowEventMs);
        for (std::size_t i = 0; i < std::min<std::size_t>(slow_.size(), 12); ++i) {
            std::fprintf(stderr, "  %6.1f ms  %s\n", slow_[i].first, qPrintable(slow_[i].second));
        }
        slow_.clear();
    }

    void printPaints() {
        std::vector<std::pair<QString, std::pair<double, double>>> paints(paints_.begin(), paints_.end());
        std::sort(paints.begin(), paints.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
        for (std::size_t i = 0; i < std::min<std::size_t>(paints.size(), 8); ++i) {
            std::fprintf(stderr, "  paint %-50s total %7.1f ms, max %5.1f ms\n", qPrintable(paints[i].first), paints[i].second.first,
                         paints[i].second.second);
        }
        paints_.clear();
    }

    bool timedPaint(QObject* receiver, QEvent* event) {
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        auto& [total, most] = paints_[QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') + receiver->objectName()];
        total += ms;
        most = std::max(most, ms);
        return handled;
    }

    static QString describe(QObject* receiver, QEvent* event) {
        const char* type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
        return QStringLiteral("%1 %2 %3")
            .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName(),
                 type ? QString::fromLatin1(type) : QString::number(event->type()));
    }

    int depth_ = 0;
    std::vector<std::pair<double, QString>> slow_;
    std::map<QString, std::pair<double, double>> paints_;
    std::map<QString, int> resizes_;
};

bool waitFor(const std::function<bool()>& done) { return QTest::qWaitFor(done, kTimeoutMs); }

QString samplesDir() {
    const QByteArray fromEnvironment = qgetenv("REUNITE_SAMPLES_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(REUNITE_SAMPLES_DIR) : QString::fromUtf8(fromEnvironment);
}

bool addSyntheticFaces(const QString& file, const std::string& modelId, const std::string& modelVersion, long faces) {
    auto database = openWorkstationDatabase(file.toStdString());
    if (!database) return false;
    std::mt19937 rng(2024);
    auto transaction = db::Transaction::begin(*database.value());
    if (!transaction) return false;
    if (!bench::addSyntheticCandidates(*database.value(), 0, faces, bench::SyntheticFaceSpec{modelId, modelVersion, 0.088f}, rng)) return false;
    return static_cast<bool>(transaction.value().commit());
}

// Distinct files (each re-encoded with a one-pixel mark) made from the sample photos.
bool writeImportFolder(const QString& folder, int photos) {
    const QStringList sources = {QStringLiteral("faceapi-sample1.jpg"), QStringLiteral("astronaut.png"),
                                 QStringLiteral("faceapi-sample3.jpg"), QStringLiteral("faceapi-sample5.jpg"),
                                 QStringLiteral("messi5.jpg"), QStringLiteral("faceapi-sample4.jpg")};
    for (int i = 0; i < photos; ++i) {
        QImage image(samplesDir() + QLatin1Char('/') + sources[i % sources.size()]);
        if (image.isNull()) return false;
        image = image.convertToFormat(QImage::Format_RGB32);
        image.setPixel(i % image.width(), 0, qRgb(i % 256, (i / 256) % 256, 7));
        const QString candidate = QStringLiteral("%1/person-%2").arg(folder).arg(i, 4, 10, QLatin1Char('0'));
        if (!QDir().mkpath(candidate) || !image.save(candidate + QStringLiteral("/photo.png"))) return false;
    }
    return true;
}

}  // namespace

// Each scratch database gets its first supervisor, signed in as the GUI's first dialog does.
bool signInFirstSupervisor(Workstation& workstation) {
    bool finished = false;
    QString failure;
    workstation.createFirstSupervisor(&workstation, QStringLiteral("bench"), QStringLiteral("bench password 1"), [&](QString problem) {
        failure = problem;
        finished = true;
    });
    if (!waitFor([&] { return finished; }) || !failure.isEmpty()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(failure));
        return false;
    }
    return true;
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    TimedApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteBench"));
    long faces = 10000;
    int photos = 40;
    int searches = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--faces") faces = std::atol(argv[i + 1]);
        else if (arg == "--photos") photos = std::atoi(argv[i + 1]);
        else if (arg == "--searches") searches = std::atoi(argv[i + 1]);
        else if (arg == "--slow-events") application.slowEventMs = std::atof(argv[i + 1]);
    }

    Workstation workstation;
    MainWindow window(workstation);
    window.resize(1400, 900);
    window.show();
    // The window's first paint belongs to start-up, not to a stall of the phases below.
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    QTest::qWait(100);
    StallWatchdog watchdog;
    std::printf("| phase | seconds | ticks | p50 gap ms | p95 gap ms | p99 gap ms | max gap ms |\n|---|---:|---:|---:|---:|---:|---:|\n");

    // Models first (on an empty database), then the synthetic gallery in a second database.
    QElapsedTimer phase;
    phase.start();
    watchdog.begin();
    workstation.startLoadingModels();
    if (!window.openDatabaseFile(scratch.filePath(QStringLiteral("empty.db")), true) || !waitFor([&] { return workstation.isReady(); })) {
        std::fprintf(stderr, "models did not load: %s\n", qPrintable(workstation.statusText()));
        return 1;
    }
    watchdog.end("load models", phase.elapsed() / 1000.0);
    application.reportSlowEvents("load models");
    if (!signInFirstSupervisor(workstation)) return 1;

    const QString galleryFile = scratch.filePath(QStringLiteral("gallery.db"));
    if (!addSyntheticFaces(galleryFile, workstation.pipeline()->embeddingModelId(), workstation.pipeline()->embeddingModelVersion(), faces)) {
        std::fprintf(stderr, "could not create the synthetic gallery\n");
        return 1;
    }
    phase.restart();
    watchdog.begin();
    if (!window.openDatabaseFile(galleryFile, true) || !waitFor([&] { return workstation.isReady(); })) return 1;
    watchdog.end("open + load gallery", phase.elapsed() / 1000.0);
    application.reportSlowEvents("open + load gallery");
    if (!signInFirstSupervisor(workstation)) return 1;
    std::fprintf(stderr, "gallery: %zu faces\n", workstation.gallery()->faceCount());

    const QString importFolder = scratch.filePath(QStringLiteral("import"));
    if (!writeImportFolder(importFolder, photos)) {
        std::fprintf(stderr, "sample photos missing in %s\n", qPrintable(samplesDir()));
        return 1;
    }
    window.showPage(MainWindow::Page::Import);
    GalleryImportPanel& importPanel = window.importPage().galleryPanel();
    QSignalSpy imported(&importPanel, &GalleryImportPanel::importFinished);
    importPanel.setPath(importFolder);
    phase.restart();
    watchdog.begin();
    if (!importPanel.startImport() || !imported.wait(kTimeoutMs)) return 1;
    watchdog.end("import photos", phase.elapsed() / 1000.0);
    application.reportSlowEvents("import photos");
    std::fprintf(stderr, "gallery after import: %zu faces\n", workstation.gallery()->faceCount());

    window.showPage(MainWindow::Page::Cases);
    CasesPage& cases = window.casesPage();
    cases.startNewCase();
    CaseWorkspace& workspace = cases.workspace();
    {
        auto database = openWorkstationDatabase(galleryFile.toStdString());
        db::CaseRecord record;
        record.caseNumber = "BENCH-1";
        record.givenNames = "Bench";
        auto created = db::CaseRepository(*database.value()).create(record, "bench");
        if (!created) return 1;
        cases.reload(created.value().id);
    }
    if (!waitFor([&] { return workspace.currentCase().has_value(); })) {
        std::fprintf(stderr, "the new case was never shown\n");
        return 1;
    }
    workspace.showTab(CaseWorkspace::Tab::Photos);
    QSignalSpy attached(&workspace.photoPanel().attachWorker(), &PhotoAttachWorker::finished);
    phase.restart();
    watchdog.begin();
    if (!workspace.photoPanel().addFiles({samplesDir() + QStringLiteral("/astronaut.png")}) || !attached.wait(kTimeoutMs)) return 1;
    watchdog.end("attach case photo", phase.elapsed() / 1000.0);
    application.reportSlowEvents("attach case photo");

    workspace.showTab(CaseWorkspace::Tab::Search);
    CandidateSearchPanel& search = workspace.searchPanel();
    phase.restart();
    watchdog.begin();
    for (int i = 0; i < searches; ++i) {
        QSignalSpy finished(&search, &CandidateSearchPanel::searchFinished);
        if (!waitFor([&] { return !search.worker().isRunning(); }) || !search.runSearch() || !finished.wait(kTimeoutMs)) return 1;
    }
    watchdog.end("case searches", phase.elapsed() / 1000.0);
    application.reportSlowEvents("case searches");
    std::fprintf(stderr, "results shown: %d\n", search.results().rowCount());
    return 0;
}
