#include "gui/shell/Workstation.h"

#include <set>

#include <QFileInfo>

#include "gui/shell/AppSettings.h"
#include "db/repositories/CandidateRepository.h"
#include "workflows/gallery/GalleryLoader.h"
#include "core/models/ModelLocator.h"
#include "gui/shell/QtBridge.h"
#include "domain/ResourceLocator.h"
#include "gui/shell/WorkerThreadPriority.h"
#include "workflows/storage/WorkstationDatabase.h"

namespace reunite::gui {

Workstation::Workstation(QObject* parent) : QObject(parent), userName_(AppSettings::userName()) {
    jobPool_.setMaxThreadCount(6);
}

Workstation::~Workstation() { jobPool_.waitForDone(); }

Status Workstation::openDatabase(const QString& file) {
    if (runningJobs_ > 0) {
        return makeError(ErrorCode::InvalidArgument,
                         toUtf8(tr("Finish or cancel the running import, search or photo processing first.")));
    }
    const QString absolute = QFileInfo(file).absoluteFilePath();
    auto opened = openWorkstationDatabase(toPath(absolute));
    if (!opened) return opened.error();
    database_ = std::move(opened).value();
    databasePath_ = absolute;
    gallery_.reset();
    galleryRegions_.clear();
    ++galleryGeneration_;
    emit databaseOpened();
    if (pipeline_) {
        startLoadingGallery();
    } else if (phase_ != Phase::ModelsFailed) {
        setPhase(Phase::LoadingModels);
    }
    return Ok{};
}

db::Database& Workstation::database() {
    Q_ASSERT(database_);
    return *database_;
}

Result<std::unique_ptr<db::Database>> Workstation::openWorkerConnection() const {
    if (databasePath_.isEmpty()) return makeError(ErrorCode::Database, "no database is open");
    db::OpenOptions options;
    options.quickCheckOnOpen = false;  // the GUI connection checked the file when it was opened
    return db::Database::open(toPath(databasePath_), options);
}

PhotoStore Workstation::photoStore() const { return PhotoStore::besideDatabase(toPath(databasePath_)); }

void Workstation::startLoadingModels() {
    if (modelsRequested_) return;
    modelsRequested_ = true;
    setPhase(Phase::LoadingModels);
    jobPool_.start([this] {
        lowerCurrentThreadPriority();
        std::shared_ptr<const FacePipeline> loaded;
        std::shared_ptr<const AgeInvariantTransform> transform;
        QString failure;
        Result<ModelLocator> models = ModelLocator::discover();
        if (!models) {
            failure = errorText(models.error());
        } else {
            auto created = FacePipeline::create(models.value());
            if (created) {
                loaded = std::shared_ptr<const FacePipeline>(std::move(created).value());
            } else {
                failure = errorText(created.error());
            }
        }
        if (auto file = locateResource(kAgeInvariantTransformResource); file) {
            if (auto read = AgeInvariantTransform::load(file.value()); read) {
                transform = std::make_shared<const AgeInvariantTransform>(std::move(read).value());
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, loaded, transform, failure] {
                if (!loaded) {
                    setPhase(Phase::ModelsFailed, failure);
                    return;
                }
                pipeline_ = loaded;
                ageInvariant_ = transform;
                if (database_) {
                    startLoadingGallery();
                } else {
                    setPhase(Phase::NoDatabase);
                }
            },
            Qt::QueuedConnection);
    });
}

void Workstation::startLoadingGallery() {
    setPhase(Phase::LoadingGallery);
    const int generation = galleryGeneration_;
    const std::string modelId = pipeline_->embeddingModelId();
    const std::shared_ptr<const AgeInvariantTransform> transform = ageInvariant_;
    jobPool_.start([this, generation, modelId, transform] {
        lowerCurrentThreadPriority();
        auto index = std::make_shared<GalleryIndex>();
        if (transform) index->setAgeInvariantTransform(transform);
        QStringList regions;
        QString failure;
        auto connection = openWorkerConnection();
        if (!connection) {
            failure = errorText(connection.error());
        } else if (auto loaded = loadGallery(*connection.value(), modelId, *index); !loaded) {
            failure = errorText(loaded.error());
        } else {
            std::set<std::string> distinct;
            db::CandidateRepository candidates(*connection.value());
            auto scanned = candidates.forEachCandidate([&](const db::CandidateRecord& record) {
                if (!record.region.empty()) distinct.insert(record.region);
                return db::ScanStep::Continue;
            });
            if (!scanned) failure = errorText(scanned.error());
            for (const std::string& region : distinct) regions << toQString(region);
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, index, regions, failure] {
                if (generation != galleryGeneration_) return;  // the user opened another database meanwhile
                if (!failure.isEmpty()) {
                    setPhase(Phase::GalleryFailed, failure);
                    return;
                }
                gallery_ = index;
                galleryRegions_ = regions;
                setPhase(Phase::Ready);
                emit galleryChanged();
            },
            Qt::QueuedConnection);
    });
}

void Workstation::noteGalleryChanged(const QStringList& addedRegions) {
    for (const QString& region : addedRegions) {
        if (!region.isEmpty() && !galleryRegions_.contains(region)) galleryRegions_ << region;
    }
    galleryRegions_.sort(Qt::CaseInsensitive);
    emit galleryChanged();
}

std::string Workstation::userNameUtf8() const { return toUtf8(userName_); }

void Workstation::setUserName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == userName_) return;
    userName_ = trimmed;
    AppSettings::setUserName(trimmed);
    emit userNameChanged();
}

void Workstation::registerJob() { ++runningJobs_; }

void Workstation::unregisterJob() {
    if (runningJobs_ > 0) --runningJobs_;
}

QString Workstation::statusText() const {
    switch (phase_) {
        case Phase::NoDatabase:
            return tr("No database is open.");
        case Phase::LoadingModels:
            return tr("Loading the face models…");
        case Phase::LoadingGallery:
            return tr("Loading the photo database into memory…");
        case Phase::Ready:
            return gallery_ ? tr("Ready: %n gallery face(s) searchable.", nullptr, static_cast<int>(gallery_->faceCount()))
                            : tr("Ready.");
        case Phase::ModelsFailed:
            return tr("The face models could not be loaded: %1").arg(phaseDetail_);
        case Phase::GalleryFailed:
            return tr("The photo database could not be loaded: %1").arg(phaseDetail_);
    }
    return {};
}

void Workstation::setPhase(Phase phase, const QString& detail) {
    phase_ = phase;
    phaseDetail_ = detail;
    emit phaseChanged(phase);
}

}  // namespace reunite::gui
