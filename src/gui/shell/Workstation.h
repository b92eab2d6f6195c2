#pragma once
// Workstation: the GUI's door to the application layer (src/workflows) and what every page and
// worker shares:
//  - the open database file; the GUI thread holds no connection and runs no SQL: run() carries an
//    action to a worker thread, which uses its own connection (WorkerConnections), and brings the
//    result back to the GUI thread; ticket() gives long background jobs what they need to act
//    from their own thread;
//  - the shared Engine (face models, age-invariant transform, age model, the in-memory gallery),
//    warmed up in the background when the workstation starts and whenever a database is opened;
//  - an encrypted database's data key, once unlocked with its passphrase (per database: opening
//    another database forgets it); tickets carry it, so sessions open sealed photos;
//  - the signed-in account (per database: opening another database signs out; every action of a
//    workstation without one is refused by the application layer) and the record-change feed: every action's committed
//    change arrives as recordsChanged() on the GUI thread, so lists refresh whoever changed them.
// Guarantees: openDatabase() checks, migrates and opens the file off the GUI thread, then
// emits databaseOpened() or databaseOpenFailed(); it is refused while a registered background job
// runs, so a worker never writes to a database the user has switched away from. Results of
// actions started for a database the user has since switched away from are dropped. isReady() is
// true only when a database is open, the models are loaded and its gallery is loaded.
// Thread safety: a GUI-thread object; run(), ticket() and the accessors from the GUI thread; a
// ticket, engine() and the shared values may be used from any thread. The destructor waits for its pools.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "domain/Result.h"
#include "workflows/session/SessionTicket.h"
#include "workflows/session/Engine.h"
#include "workflows/session/RecordChange.h"
#include "workflows/session/Session.h"

namespace reunite::gui {

class Workstation : public QObject, private workflows::ChangeListener {
    Q_OBJECT

public:
    // Locked: the database is encrypted and its passphrase not given yet; the photo database
    // loads as soon as it is (unlock()).
    enum class Phase { NoDatabase, OpeningDatabase, LoadingModels, LoadingGallery, Ready, ModelsFailed, GalleryFailed, Locked };
    Q_ENUM(Phase)

    explicit Workstation(QObject* parent = nullptr);
    ~Workstation() override;

    // Opens (creating if needed) the database file in the background.
    Status openDatabase(const QString& file);
    bool hasDatabase() const { return !databasePath_.isEmpty(); }
    QString databasePath() const { return databasePath_; }
    std::filesystem::path databaseFile() const;

    // Loads the face models and then the gallery in the background (once).
    void startLoadingModels();
    workflows::Engine& engine() { return *engine_; }
    // The engine's loaded resources; null until loaded.
    std::shared_ptr<const FacePipeline> pipeline() const { return pipeline_; }
    std::shared_ptr<GalleryIndex> gallery() const { return engine_->loadedGallery(); }
    std::shared_ptr<const AgeInvariantTransform> ageInvariantTransform() const { return ageInvariant_; }
    Phase phase() const { return phase_; }
    bool isReady() const { return phase_ == Phase::Ready; }
    QString statusText() const;
    QStringList galleryRegions() const;

    // On a worker thread: whether the open database is encrypted and not yet unlocked (`done`
    // gets true: ask for the passphrase); unlocking it with the passphrase (`done` gets an empty
    // failure text on success, else the refusal, e.g. "wrong passphrase").
    void checkLocked(QObject* context, std::function<void(Result<bool>)> done);
    void unlock(QObject* context, const QString& passphrase, std::function<void(QString failure)> done);
    // The open database's photo store (sealing and opening with its key once unlocked).
    PhotoStore photoStore() const { return PhotoStore::besideDatabase(databaseFile(), key_); }

    // The signed-in account's name (empty when nobody is signed in) and role.
    QString userName() const;
    bool isSignedIn() const { return account_.has_value(); }
    workflows::Actor actor() const;
    // On a worker thread, against the open database: whether it has accounts yet; the first
    // supervisor; signing in. `done` gets the result on the GUI thread (an empty failure text
    // on success) unless `context` is gone or another database was opened meanwhile.
    void checkAccounts(QObject* context, std::function<void(Result<bool>)> done);
    void createFirstSupervisor(QObject* context, const QString& name, const QString& password,
                               std::function<void(QString failure)> done);
    void signIn(QObject* context, const QString& name, const QString& password, std::function<void(QString failure)> done);
    void signOut();

    // Runs `action` with a Session on a worker thread; `done` receives its result on the GUI thread,
    // unless `context` was destroyed or another database was opened meanwhile.
    template <typename T>
    void run(QObject* context, std::function<Result<T>(workflows::Session&)> action, std::function<void(Result<T>)> done);
    // run(), for a read whose reply replaces the replies of the reads `context` started this way
    // before it: a reply that arrives after a later read of the same context was started is
    // dropped (two worker threads deliver replies in any order; a read that appends an audit
    // entry waits behind writes, and an older list must never replace a newer one).
    // dropPendingReads(context) drops the replies still on their way (a list cleared without
    // reading must not be refilled by them).
    template <typename T>
    void runLatest(QObject* context, std::function<Result<T>(workflows::Session&)> action, std::function<void(Result<T>)> done);
    void dropPendingReads(const QObject* context);
    // What a background job needs to act for the current user on the current database from its
    // own thread (take it on the GUI thread when the job starts).
    workflows::SessionTicket ticket() const;

    // Background jobs that use the database register while they run (see openDatabase()).
    void registerJob();
    void unregisterJob();
    int runningJobs() const { return runningJobs_; }
    // Pool for job coordinators (imports, searches, attachments); they start their own compute threads.
    QThreadPool& jobPool() { return jobPool_; }
    // Waits until every queued action has run (tests and shutdown).
    void waitForActions();

signals:
    void phaseChanged(reunite::gui::Workstation::Phase phase);
    void databaseOpened();
    void databaseOpenFailed(const QString& file, const QString& message);
    void galleryChanged();
    void accountChanged();
    // A committed change of the open database (kind: workflows::RecordKind as int).
    void recordsChanged(int kind, qint64 id, qint64 caseId);

private:
    void onRecordsChanged(const workflows::RecordChange& change) override;
    void setPhase(Phase phase, const QString& detail = {});
    void startLoadingGallery();
    void onDatabaseChecked(int generation, const QString& file, const QString& failure);

    QThreadPool jobPool_;
    QThreadPool actionPool_;
    std::shared_ptr<workflows::Engine> engine_;
    QString databasePath_;
    QString pendingPath_;
    int generation_ = 0;
    std::shared_ptr<const FacePipeline> pipeline_;
    std::shared_ptr<const AgeInvariantTransform> ageInvariant_;
    bool modelsRequested_ = false;
    bool modelsLoaded_ = false;
    Phase phase_ = Phase::NoDatabase;
    QString phaseDetail_;
    int runningJobs_ = 0;
    std::optional<workflows::Actor> account_;
    security::DataKey key_;

    int startRead(QObject* context);
    bool isLatestRead(const QObject* context, int read) const { return latestReads_.value(context) == read; }
    QHash<const QObject*, int> latestReads_;  // per context of runLatest: the number of its latest read

    void finishSignIn(QObject* context, std::function<Result<workflows::Actor>()> attempt, std::function<void(QString)> done);
    // work() on a worker thread; done(result) on the GUI thread unless `context` is gone or another
    // database was opened meanwhile. run() and the account calls go through it.
    template <typename T>
    void inBackground(QObject* context, std::function<Result<T>()> work, std::function<void(Result<T>)> done);
};

template <typename T>
void Workstation::inBackground(QObject* context, std::function<Result<T>()> work, std::function<void(Result<T>)> done) {
    const int generation = generation_;
    QPointer<QObject> guard(context);
    actionPool_.start([this, generation, guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<Result<T>>(work());
        QMetaObject::invokeMethod(
            this,
            [this, generation, guard, done, result] {
                if (!guard || generation != generation_) return;
                done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

template <typename T>
void Workstation::run(QObject* context, std::function<Result<T>(workflows::Session&)> action,
                      std::function<void(Result<T>)> done) {
    const workflows::SessionTicket current = ticket();
    inBackground<T>(context, [current, action = std::move(action)] { return current.run<T>(action); }, std::move(done));
}

template <typename T>
void Workstation::runLatest(QObject* context, std::function<Result<T>(workflows::Session&)> action,
                            std::function<void(Result<T>)> done) {
    const int read = startRead(context);
    run<T>(context, std::move(action), [this, context, read, done = std::move(done)](Result<T> result) {
        if (isLatestRead(context, read)) done(std::move(result));  // else a later read's reply is on its way
    });
}

}  // namespace reunite::gui
