#include "gui/shell/Workstation.h"

#include <QFileInfo>

#include "gui/shell/AppSettings.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/WorkerThreadPriority.h"
#include "workflows/accounts/AccountGate.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/storage/WorkstationDatabase.h"

namespace reunite::gui {

Workstation::Workstation(QObject* parent)
    : QObject(parent), engine_(std::make_shared<workflows::Engine>()) {
    jobPool_.setMaxThreadCount(6);
    actionPool_.setMaxThreadCount(2);
}

Workstation::~Workstation() {
    actionPool_.waitForDone();
    jobPool_.waitForDone();
}

std::filesystem::path Workstation::databaseFile() const { return databasePath_.isEmpty() ? std::filesystem::path() : toPath(databasePath_); }

workflows::SessionTicket Workstation::ticket() const {
    return workflows::SessionTicket(databaseFile(), generation_, actor(), engine_, const_cast<Workstation*>(this), key_);
}

workflows::Actor Workstation::actor() const { return account_.value_or(workflows::Actor{}); }

QString Workstation::userName() const { return account_ ? toQString(account_->name) : QString(); }

void Workstation::checkLocked(QObject* context, std::function<void(Result<bool>)> done) {
    const workflows::AccountGate gate(databaseFile(), generation_);
    inBackground<bool>(context, [gate] { return gate.isEncrypted(); }, [this, done = std::move(done)](Result<bool> encrypted) {
        done(encrypted ? Result<bool>(encrypted.value() && !key_) : Result<bool>(encrypted.error()));
    });
}

void Workstation::unlock(QObject* context, const QString& passphrase, std::function<void(QString failure)> done) {
    const workflows::AccountGate gate(databaseFile(), generation_);
    QPointer<QObject> guard(context);
    inBackground<security::DataKey>(
        this, [gate, passphrase = toUtf8(passphrase)] { return gate.unlock(passphrase); },
        [this, guard, done = std::move(done)](Result<security::DataKey> key) {
            if (key) key_ = key.value();
            if (key && phase_ == Phase::Locked) startLoadingGallery();
            if (!guard) return;
            if (key) return done(QString());
            done(key.error().code == ErrorCode::AccessDenied ? tr("The passphrase is wrong: the database stays locked.")
                                                             : errorText(key.error()));
        });
}

void Workstation::checkAccounts(QObject* context, std::function<void(Result<bool>)> done) {
    const workflows::AccountGate gate(databaseFile(), generation_);
    inBackground<bool>(context, [gate] { return gate.hasAccounts(); }, std::move(done));
}

void Workstation::finishSignIn(QObject* context, std::function<Result<workflows::Actor>()> attempt,
                               std::function<void(QString)> done) {
    QPointer<QObject> guard(context);
    inBackground<workflows::Actor>(this, std::move(attempt), [this, guard, done = std::move(done)](Result<workflows::Actor> result) {
        if (result) {
            account_ = result.value();
            AppSettings::setUserName(toQString(account_->name));
            emit accountChanged();
        }
        if (guard) done(result ? QString() : errorText(result.error()));
    });
}

void Workstation::createFirstSupervisor(QObject* context, const QString& name, const QString& password,
                                        std::function<void(QString failure)> done) {
    const workflows::AccountGate gate(databaseFile(), generation_);
    finishSignIn(context, [gate, name = toUtf8(name.trimmed()), password = toUtf8(password)] {
        return gate.createFirstSupervisor(name, password);
    }, std::move(done));
}

void Workstation::signIn(QObject* context, const QString& name, const QString& password, std::function<void(QString failure)> done) {
    const workflows::AccountGate gate(databaseFile(), generation_);
    finishSignIn(context, [gate, name = toUtf8(name.trimmed()), password = toUtf8(password)] {
        return gate.signIn(name, password);
    }, std::move(done));
}

void Workstation::signOut() {
    if (!account_) return;
    account_.reset();
    emit accountChanged();
}

Status Workstation::openDatabase(const QString& file) {
    if (runningJobs_ > 0) {
        return makeError(ErrorCode::InvalidArgument,
                         toUtf8(tr("Finish or cancel the running import, search or photo processing first.")));
    }
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const int generation = ++generation_;
    pendingPath_ = absolute;
    setPhase(Phase::OpeningDatabase);
    actionPool_.start([this, generation, absolute] {
        Result<std::unique_ptr<db::Database>> opened = openWorkstationDatabase(toPath(absolute));
        const QString failure = opened ? QString() : errorText(opened.error());
        QMetaObject::invokeMethod(
            this, [this, generation, absolute, failure] { onDatabaseChecked(generation, absolute, failure); }, Qt::QueuedConnection);
    });
    return Ok{};
}

void Workstation::onDatabaseChecked(int generation, const QString& file, const QString& failure) {
    if (generation != generation_) return;  // the user opened yet another database meanwhile
    if (!failure.isEmpty()) {
        setPhase(databasePath_.isEmpty() ? Phase::NoDatabase : (modelsLoaded_ ? Phase::Ready : Phase::LoadingModels));
        emit databaseOpenFailed(file, failure);
        return;
    }
    if (file != databasePath_) {  // accounts and keys belong to one database
        signOut();
        key_.reset();
    }
    databasePath_ = file;
    engine_->forgetGallery();
    emit databaseOpened();
    if (modelsLoaded_) {
        startLoadingGallery();
    } else if (phase_ != Phase::ModelsFailed) {
        setPhase(modelsRequested_ ? Phase::LoadingModels : Phase::NoDatabase);
    }
}

void Workstation::startLoadingModels() {
    if (modelsRequested_) return;
    modelsRequested_ = true;
    if (phase_ != Phase::OpeningDatabase) setPhase(Phase::LoadingModels);
    const std::shared_ptr<workflows::Engine> engine = engine_;
    jobPool_.start([this, engine] {
        lowerCurrentThreadPriority();
        Result<std::shared_ptr<const FacePipeline>> loaded = engine->pipeline();
        const std::shared_ptr<const AgeInvariantTransform> transform = engine->ageInvariantTransform();
        const QString failure = loaded ? QString() : errorText(loaded.error());
        const std::shared_ptr<const FacePipeline> pipeline = loaded ? loaded.value() : nullptr;
        QMetaObject::invokeMethod(
            this,
            [this, pipeline, transform, failure] {
                if (!pipeline) {
                    setPhase(Phase::ModelsFailed, failure);
                    return;
                }
                pipeline_ = pipeline;
                ageInvariant_ = transform;
                modelsLoaded_ = true;
                if (hasDatabase()) {
                    startLoadingGallery();
                } else if (phase_ != Phase::OpeningDatabase) {
                    setPhase(Phase::NoDatabase);
                }
            },
            Qt::QueuedConnection);
    });
}

void Workstation::startLoadingGallery() {
    setPhase(Phase::LoadingGallery);
    const workflows::SessionTicket current = ticket();
    jobPool_.start([this, current] {
        lowerCurrentThreadPriority();
        Result<std::size_t> loaded = current.warmUpGallery();
        const QString failure = loaded ? QString() : errorText(loaded.error());
        const bool locked = !loaded && loaded.error().code == ErrorCode::AccessDenied;
        const int generation = current.generation();
        QMetaObject::invokeMethod(
            this,
            [this, generation, failure, locked] {
                if (generation != generation_) return;
                if (locked && !key_) {
                    setPhase(Phase::Locked);
                    return;
                }
                if (!failure.isEmpty()) {
                    setPhase(Phase::GalleryFailed, failure);
                    return;
                }
                setPhase(Phase::Ready);
                emit galleryChanged();
            },
            Qt::QueuedConnection);
    });
}

QStringList Workstation::galleryRegions() const {
    QStringList regions;
    for (const std::string& region : engine_->galleryRegions()) regions << toQString(region);
    return regions;
}

void Workstation::registerJob() { ++runningJobs_; }

void Workstation::unregisterJob() {
    if (runningJobs_ > 0) --runningJobs_;
}

void Workstation::waitForActions() { actionPool_.waitForDone(); }

int Workstation::startRead(QObject* context) {
    auto latest = latestReads_.find(context);
    if (latest == latestReads_.end()) {
        connect(context, &QObject::destroyed, this, [this, context] { latestReads_.remove(context); });
        latest = latestReads_.insert(context, 0);
    }
    return ++latest.value();
}

void Workstation::dropPendingReads(const QObject* context) {
    auto latest = latestReads_.find(context);
    if (latest != latestReads_.end()) ++latest.value();
}

void Workstation::onRecordsChanged(const workflows::RecordChange& change) {
    const int kind = static_cast<int>(change.kind);
    const qint64 id = change.id;
    const qint64 caseId = change.caseId;
    QMetaObject::invokeMethod(
        this,
        [this, kind, id, caseId] {
            emit recordsChanged(kind, id, caseId);
            if (kind == static_cast<int>(workflows::RecordKind::Candidate) || kind == static_cast<int>(workflows::RecordKind::ImportRun)) {
                emit galleryChanged();
            }
        },
        Qt::QueuedConnection);
}

QString Workstation::statusText() const {
    const std::shared_ptr<GalleryIndex> index = gallery();
    switch (phase_) {
        case Phase::NoDatabase:
            return tr("No database is open.");
        case Phase::OpeningDatabase:
            return tr("Opening and checking the database…");
        case Phase::LoadingModels:
            return tr("Loading the face models…");
        case Phase::LoadingGallery:
            return tr("Loading the photo database into memory…");
        case Phase::Ready: {
            if (!index) return tr("Ready.");
            QString ready = tr("Ready: %n gallery face(s) searchable.", nullptr, static_cast<int>(index->faceCount()));
            const std::size_t damaged = engine_->damagedGalleryFaceCount();
            if (damaged > 0) {
                ready += QLatin1Char(' ') + tr("%n face(s) with a damaged stored embedding left out: run reunite-cli check.", nullptr,
                                               static_cast<int>(damaged));
            }
            if (const std::optional<std::string> problem = engine_->galleryAgeEstimationProblem()) {
                ready += QLatin1Char(' ') + tr("Some faces have no estimated birth years yet (%1): their records count as of unknown "
                                               "birth year until the next try.",
                                               "%1: English details")
                                                .arg(toQString(*problem));
            }
            return ready;
        }
        case Phase::ModelsFailed:
            return tr("The face models could not be loaded: %1").arg(phaseDetail_);
        case Phase::GalleryFailed:
            return tr("The photo database could not be loaded: %1").arg(phaseDetail_);
        case Phase::Locked:
            return tr("The database is encrypted: its photo database loads once the passphrase is given.");
    }
    return {};
}

void Workstation::setPhase(Phase phase, const QString& detail) {
    phase_ = phase;
    phaseDetail_ = detail;
    emit phaseChanged(phase);
}

}  // namespace reunite::gui
