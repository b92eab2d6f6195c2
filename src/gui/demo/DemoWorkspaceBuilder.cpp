#include "gui/demo/DemoWorkspaceBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include "db/repositories/CaseRepository.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/photos/PhotoAttacher.h"
#include "db/repositories/PhotoRepository.h"
#include "gui/shell/QtBridge.h"
#include "db/repositories/RelativeRepository.h"
#include "gui/shell/SamplesFolder.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

struct DemoCandidate {
    const char* file;
    const char* reference;
    const char* givenNames;
    const char* familyName;
    const char* sex;
    const char* birthYear;
    const char* region;
    const char* source;
};

// Made-up people for the sample photos. The group photos show several faces; each photo is one
// demo candidate, as a gallery would hold a family snapshot sent in by one person.
constexpr DemoCandidate kDemoCandidates[] = {
    {"faceapi-sample1.jpg", "demo-001", "Lin", "Qiao (demo)", "U", "1990", "Demo region North", "national_db"},
    {"faceapi-sample2.jpg", "demo-002", "Mara", "Ostrova (demo)", "F", "~1989", "Demo region East", "self_registered"},
    {"faceapi-sample3.jpg", "demo-003", "Jun", "Hale (demo)", "U", "1991", "Demo region North", "tip_off"},
    {"faceapi-sample4.jpg", "demo-004", "Rosa", "Delgado (demo)", "U", "1988", "Demo region South", "national_db"},
    {"faceapi-sample5.jpg", "demo-005", "Ana", "Petrescu (demo)", "U", "", "Demo region East", "self_registered"},
    {"faceapi-sample6.jpg", "demo-006", "Ivo", "Marek (demo)", "U", "1992", "Demo region South", "flyer"},
    {"messi5.jpg", "demo-007", "Leo", "Sandoval (demo)", "M", "1990", "Demo region North", "tip_off"},
};

Result<QString> writeDemoManifest(const QDir& folder, const QString& samples) {
    const QString path = folder.filePath(QStringLiteral("demo_gallery.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return makeError(ErrorCode::Unreadable, "cannot write the demo manifest " + toUtf8(path));
    }
    QTextStream out(&file);
    out << "file,record_id,given_names,family_name,sex,birth_year,region,source\n";
    for (const DemoCandidate& c : kDemoCandidates) {
        const QString photo = QDir(samples).filePath(QString::fromLatin1(c.file));
        if (!QFileInfo(photo).isFile()) continue;
        out << '"' << photo << "\"," << c.reference << ',' << c.givenNames << ",\"" << c.familyName << "\"," << c.sex << ','
            << c.birthYear << ",\"" << c.region << "\"," << c.source << '\n';
    }
    return path;
}

Result<db::CaseRecord> ensureDemoCase(db::Database& database, const std::string& userName) {
    db::CaseRepository cases(database);
    auto existing = cases.findByCaseNumber(DemoWorkspaceBuilder::kDemoCaseNumber);
    if (!existing) return existing.error();
    if (existing.value()) return *existing.value();
    db::CaseRecord record;
    record.caseNumber = DemoWorkspaceBuilder::kDemoCaseNumber;
    record.givenNames = "Alex";
    record.familyName = "Sample (demo)";
    record.sex = db::Sex::Female;
    record.birthDate = "1990-06-15";
    record.lastSeenDate = "1996-09-01";
    record.lastSeenPlace = "Demo city, main railway station";
    record.description =
        "DEMO CASE, not a real child. The public-domain astronaut sample photo stands in for a childhood photo.";
    record.distinguishingMarks = "(demo) small scar above the left eyebrow";
    return cases.create(record, userName);
}

Result<db::RelativeRecord> ensureDemoRelative(db::Database& database, std::int64_t caseId, const std::string& userName) {
    db::RelativeRepository relatives(database);
    auto listed = relatives.listForCase(caseId);
    if (!listed) return listed.error();
    if (!listed.value().empty()) return listed.value().front();
    db::RelativeRecord record;
    record.caseId = caseId;
    record.relation = db::Relation::Mother;
    record.givenNames = "Mira";
    record.familyName = "Sample (demo)";
    record.sex = db::Sex::Female;
    record.birthDate = "1964-02-20";
    record.notes = "Demo relative; photo from the redistributable samples.";
    return relatives.add(record, userName);
}

Status attachIfMissing(db::Database& database, FacePipeline& pipeline, const PhotoStore& store, const QString& file,
                       const db::PhotoOwner& owner, std::optional<double> age, const std::string& userName) {
    if (file.isEmpty() || !QFileInfo(file).isFile()) return Ok{};
    db::PhotoRepository photos(database);
    auto existing = photos.listByOwner(owner);
    if (!existing) return existing.error();
    for (const db::PhotoRecord& photo : existing.value()) {
        if (photo.originalFileName == toUtf8(QFileInfo(file).fileName())) return Ok{};
    }
    PhotoToAttach request;
    request.file = toPath(file);
    request.owner = owner;
    request.ageAtPhotoYears = age;
    request.provenance = "demo workspace: redistributable sample photo";
    auto attached = attachPhoto(database, pipeline, store, request, userName);
    if (!attached) return attached.error();
    return Ok{};
}

}  // namespace

DemoWorkspaceBuilder::DemoWorkspaceBuilder(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool DemoWorkspaceBuilder::start() {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    const std::shared_ptr<GalleryIndex> gallery = workstation().gallery();
    if (!prototype || !gallery || !workstation().isReady()) return false;
    Workstation* station = &workstation();
    const PhotoStore store = workstation().photoStore();
    const std::string userName = workstation().userNameUtf8();
    return launch([this, station, prototype, gallery, store, userName](const std::atomic<bool>& cancelled) -> Completion {
        auto fail = [this](const QString& message) -> Completion {
            return [this, message] { emit finished(0, message); };
        };
        const QString samples = SamplesFolder::path();
        if (!SamplesFolder::isAvailable()) {
            return fail(tr("The sample photos were not found in %1. Run: %2").arg(samples, QString::fromUtf8(kSetupCommand)));
        }
        QTemporaryDir scratch;
        if (!scratch.isValid()) return fail(tr("No temporary folder for the demo manifest."));
        auto manifestFile = writeDemoManifest(QDir(scratch.path()), samples);
        if (!manifestFile) return fail(errorText(manifestFile.error()));
        auto manifest = ImportManifest::fromCsv(toPath(manifestFile.value()));
        if (!manifest) return fail(errorText(manifest.error()));
        auto connection = station->openWorkerConnection();
        if (!connection) return fail(errorText(connection.error()));
        db::Database& database = *connection.value();

        const int steps = static_cast<int>(manifest.value().items.size()) + 2;
        emit progressed(tr("Importing the demo gallery…"), 0, steps);
        ImportOptions options;
        options.userName = userName;
        options.commitEvery = 1;
        GalleryImporter importer(database, *prototype, store, options, gallery.get());
        auto imported = importer.run(manifest.value(), "demo workspace (sample photos)", [&](const ImportProgress& progress) {
            if (cancelled.load()) importer.cancel();
            emit progressed(tr("Importing the demo gallery…"), static_cast<int>(progress.done), steps);
        });
        if (!imported) return fail(errorText(imported.error()));
        if (imported.value().cancelled) return fail(tr("Cancelled."));

        emit progressed(tr("Creating the demo case…"), steps - 2, steps);
        std::unique_ptr<FacePipeline> pipeline = prototype->clone();
        auto demoCase = ensureDemoCase(database, userName);
        if (!demoCase) return fail(errorText(demoCase.error()));
        const db::PhotoOwner caseOwner = db::PhotoOwner::ofCase(demoCase.value().id);
        if (Status attached = attachIfMissing(database, *pipeline, store, SamplesFolder::casePhoto(), caseOwner, 6.0, userName); !attached) {
            return fail(errorText(attached.error()));
        }
        emit progressed(tr("Adding a demo relative…"), steps - 1, steps);
        auto relative = ensureDemoRelative(database, demoCase.value().id, userName);
        if (!relative) return fail(errorText(relative.error()));
        const QString relativePhoto = QDir(samples).filePath(QStringLiteral("faceapi-sample2.jpg"));
        if (Status attached = attachIfMissing(database, *pipeline, store, relativePhoto, db::PhotoOwner::ofRelative(relative.value().id),
                                              std::nullopt, userName);
            !attached) {
            return fail(errorText(attached.error()));
        }
        emit progressed(tr("Demo workspace ready."), steps, steps);
        QStringList regions;
        for (const DemoCandidate& c : kDemoCandidates) regions << QString::fromUtf8(c.region);
        const qint64 caseId = demoCase.value().id;
        return [this, station, caseId, regions] {
            station->noteGalleryChanged(regions);
            emit finished(caseId, QString());
        };
    });
}

}  // namespace reunite::gui
