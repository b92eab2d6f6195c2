#pragma once
// Workstation: what every page and worker of the GUI shares.
//  - the database file (default reunite::defaultDatabasePath(), like the CLI) and the GUI thread's
//    own connection to it; workers open their own connection with openWorkerConnection();
//  - the face pipeline prototype, created once off the GUI thread by startLoadingModels(); workers
//    clone() it (a FacePipeline is not thread-safe, clones are independent);
//  - the shared in-memory GalleryIndex, loaded in the background whenever a database is opened and
//    the models are ready, and updated by imports (GalleryImporter's live index); with the shipped
//    age-invariant transform (loaded with the models, optional) it also holds that space, and
//    searches fuse both as the CLI does;
//  - the photo store beside the database and the current user's name.
// Inputs: openDatabase() with a file path; startLoadingModels() once at start-up.
// Guarantees: isReady() is true only when a database is open, the models are loaded and the gallery
// of that database is loaded; phaseChanged() reports every step and failure (statusText() explains
// it to the user). openDatabase() is refused while a registered background job runs, so a worker
// never writes to a database the user has switched away from. The destructor waits for its own
// background loads.
// Thread safety: a GUI-thread object. pipeline(), gallery() and photoStore() hand out shared,
// thread-safe values workers may keep; database() is the GUI thread's connection and must never be
// used from another thread. openWorkerConnection() may be called from any thread.
#include <memory>
#include <string>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "crossage/AgeInvariantTransform.h"
#include "db/sqlite/Database.h"
#include "core/pipeline/FacePipeline.h"
#include "search/GalleryIndex.h"
#include "workflows/storage/PhotoStore.h"
#include "domain/Result.h"

namespace reunite::gui {

class Workstation : public QObject {
    Q_OBJECT

public:
    enum class Phase { NoDatabase, LoadingModels, LoadingGallery, Ready, ModelsFailed, GalleryFailed };
    Q_ENUM(Phase)

    explicit Workstation(QObject* parent = nullptr);
    ~Workstation() override;

    // Opens (creating if needed) the database file; on success the gallery is reloaded in the background.
    Status openDatabase(const QString& file);
    bool hasDatabase() const { return database_ != nullptr; }
    QString databasePath() const { return databasePath_; }
    db::Database& database();
    Result<std::unique_ptr<db::Database>> openWorkerConnection() const;
    PhotoStore photoStore() const;

    // Loads the face pipeline off the GUI thread (once; later calls do nothing).
    void startLoadingModels();
    std::shared_ptr<const FacePipeline> pipeline() const { return pipeline_; }
    std::shared_ptr<GalleryIndex> gallery() const { return gallery_; }
    // Null when the transform resource is missing: searches then compare directly only.
    std::shared_ptr<const AgeInvariantTransform> ageInvariantTransform() const { return ageInvariant_; }
    Phase phase() const { return phase_; }
    bool isReady() const { return phase_ == Phase::Ready; }
    QString statusText() const;
    // Regions of the gallery's candidates, sorted, for the search filters.
    QStringList galleryRegions() const { return galleryRegions_; }
    // Called after an import added candidates (their faces are already in gallery()).
    void noteGalleryChanged(const QStringList& addedRegions);

    QString userName() const { return userName_; }
    std::string userNameUtf8() const;
    void setUserName(const QString& name);

    // Background jobs that use the database register while they run (see openDatabase()).
    void registerJob();
    void unregisterJob();
    int runningJobs() const { return runningJobs_; }
    // Pool for job coordinators (imports, searches, attachments); they start their own compute threads.
    QThreadPool& jobPool() { return jobPool_; }

signals:
    void phaseChanged(reunite::gui::Workstation::Phase phase);
    void databaseOpened();
    void galleryChanged();
    void userNameChanged();

private:
    void setPhase(Phase phase, const QString& detail = {});
    void startLoadingGallery();

    QThreadPool jobPool_;
    QString databasePath_;
    std::unique_ptr<db::Database> database_;
    std::shared_ptr<const FacePipeline> pipeline_;
    std::shared_ptr<const AgeInvariantTransform> ageInvariant_;
    std::shared_ptr<GalleryIndex> gallery_;
    QStringList galleryRegions_;
    bool modelsRequested_ = false;
    Phase phase_ = Phase::NoDatabase;
    QString phaseDetail_;
    int galleryGeneration_ = 0;
    int runningJobs_ = 0;
    QString userName_;
};

}  // namespace reunite::gui
