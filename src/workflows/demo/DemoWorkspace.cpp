#include "workflows/demo/DemoWorkspace.h"

#include <algorithm>
#include <cmath>

#include "age/geometry/ShapeGeometry.h"
#include "age/progression/AgeProgressor.h"
#include "age/progression/ProgressionMark.h"
#include "core/image/ImageDecoder.h"
#include "domain/TemporaryFolder.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/relatives/RelativeActions.h"

namespace reunite::workflows {
namespace {

enum class DemoRegion { North, East, South };

struct DemoCandidate {
    const char* file;
    const char* reference;
    const char* givenNames;
    const char* familyName;
    Sex sex;
    int birthYear;  // 0: unknown
    bool birthYearIsEstimate;
    DemoRegion region;
    db::CandidateSource source;
};

// Made-up people for the sample photos. The group photos show several faces: the made-up person
// is the leftmost face, and the others are stored as unnamed faces of a group photo.
constexpr DemoCandidate kDemoCandidates[] = {
    {"faceapi-sample1.jpg", "demo-001", "Lin", "Qiao (demo)", Sex::Unknown, 1990, false, DemoRegion::North, db::CandidateSource::NationalDatabase},
    {"faceapi-sample2.jpg", "demo-002", "Mara", "Ostrova (demo)", Sex::Female, 1989, true, DemoRegion::East, db::CandidateSource::SelfRegistered},
    {"faceapi-sample3.jpg", "demo-003", "Jun", "Hale (demo)", Sex::Unknown, 1991, false, DemoRegion::North, db::CandidateSource::TipOff},
    {"faceapi-sample4.jpg", "demo-004", "Rosa", "Delgado (demo)", Sex::Unknown, 1988, false, DemoRegion::South, db::CandidateSource::NationalDatabase},
    {"faceapi-sample5.jpg", "demo-005", "Ana", "Petrescu (demo)", Sex::Unknown, 0, false, DemoRegion::East, db::CandidateSource::SelfRegistered},
    {"faceapi-sample6.jpg", "demo-006", "Ivo", "Marek (demo)", Sex::Unknown, 1992, false, DemoRegion::South, db::CandidateSource::Flyer},
    {"messi5.jpg", "demo-007", "Leo", "Sandoval (demo)", Sex::Male, 1990, false, DemoRegion::North, db::CandidateSource::TipOff},
    {"astronaut.png", "demo-008", "Kira", "Vance (demo)", Sex::Female, 1990, true, DemoRegion::East, db::CandidateSource::SelfRegistered},
};

constexpr const char* kCasePhoto = "astronaut.png";
constexpr const char* kSyntheticPhotoName = "astronaut-SYNTHETIC-childhood-age-6.png";
constexpr double kSyntheticAge = 6;
constexpr double kAgeIfUnknown = 35;  // the age progressed from when no estimator is installed

constexpr const char* kRelativePhoto = "faceapi-sample2.jpg";

const std::string& regionText(const DemoTexts& texts, DemoRegion region) {
    switch (region) {
    case DemoRegion::North: return texts.regionNorth;
    case DemoRegion::East: return texts.regionEast;
    case DemoRegion::South: return texts.regionSouth;
    }
    return texts.regionNorth;
}

ImportManifest demoManifest(const std::filesystem::path& samples, const DemoTexts& texts) {
    ImportManifest manifest;
    std::error_code ec;
    for (const DemoCandidate& c : kDemoCandidates) {
        const std::filesystem::path photo = samples / c.file;
        if (!std::filesystem::is_regular_file(photo, ec)) continue;
        ImportItem item;
        item.file = photo;
        item.candidate.source = c.source;
        item.candidate.externalRef = c.reference;
        item.candidate.givenNames = c.givenNames;
        item.candidate.familyName = c.familyName;
        item.candidate.sex = c.sex;
        if (c.birthYear > 0) item.candidate.birthYear = c.birthYear;
        item.candidate.birthYearIsEstimate = c.birthYearIsEstimate;
        item.candidate.region = regionText(texts, c.region);
        item.face = FaceChoice{1, std::nullopt};
        manifest.items.push_back(std::move(item));
    }
    return manifest;
}

// The face whose landmarks' centre lies nearest that of `shape`.
const db::FaceRow* nearestFace(const std::vector<db::FaceRow>& faces, const Landmarks& shape) {
    const PointF target = shapeCentroid(shape);
    const auto distance = [&](const db::FaceRow& face) {
        const PointF c = shapeCentroid(face.landmarks);
        return std::hypot(c.x - target.x, c.y - target.y);
    };
    const auto nearest = std::min_element(faces.begin(), faces.end(),
                                          [&](const db::FaceRow& a, const db::FaceRow& b) { return distance(a) < distance(b); });
    return nearest == faces.end() ? nullptr : &*nearest;
}

}  // namespace

Result<db::CaseRecord> DemoWorkspace::build(const StepCallback& onStep, const CancellationToken& cancel) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(samples_ / kCasePhoto, ec)) {
        return makeError(ErrorCode::NotFound, "the sample photos were not found in " + samples_.string() +
                                                  "; run: bash scripts/setup.sh");
    }
    const int steps = static_cast<int>(std::size(kDemoCandidates)) + 2;
    if (Status imported = importGallery(onStep, steps, cancel); !imported) return imported.error();
    if (onStep) onStep(Step::Case, steps - 2, steps);
    Result<db::CaseRecord> demoCase = ensureCase();
    if (!demoCase) return demoCase.error();
    if (Status attached = attachSyntheticChildhoodPhoto(demoCase.value().id); !attached) return attached.error();
    if (onStep) onStep(Step::Relative, steps - 1, steps);
    if (Status relative = ensureRelative(demoCase.value().id); !relative) return relative.error();
    if (onStep) onStep(Step::Done, steps, steps);
    return demoCase;
}

Status DemoWorkspace::importGallery(const StepCallback& onStep, int steps, const CancellationToken& cancel) {
    if (onStep) onStep(Step::Gallery, 0, steps);
    GalleryImportRequest request;
    request.commitEvery = 1;
    Result<ImportSummary> imported = GalleryActions(session_).importManifest(
        demoManifest(samples_, texts_), "demo workspace (sample photos)", request,
        [&](const Progress& progress) {
            if (onStep) onStep(Step::Gallery, static_cast<int>(progress.processed), steps);
        },
        cancel);
    if (!imported) return imported.error();
    if (imported.value().cancelled) return makeError(ErrorCode::Cancelled, "the demo workspace was cancelled");
    return Ok{};
}

Result<db::CaseRecord> DemoWorkspace::ensureCase() {
    CaseActions cases(session_);
    Result<db::CaseRecord> existing = cases.findByNumber(kCaseNumber);
    if (existing || existing.error().code != ErrorCode::NotFound) return existing;
    db::CaseRecord record;
    record.caseNumber = kCaseNumber;
    record.givenNames = "Alex";
    record.familyName = "Sample (demo)";
    record.sex = Sex::Female;
    record.birthDate = "1990-06-15";
    record.lastSeenDate = "1996-09-01";
    record.lastSeenPlace = texts_.lastSeenPlace;
    record.description = texts_.caseDescription;
    record.distinguishingMarks = texts_.distinguishingMarks;
    return cases.create(record);
}

Status DemoWorkspace::ensureRelative(std::int64_t caseId) {
    RelativeActions relatives(session_);
    Result<std::vector<db::RelativeRecord>> listed = relatives.list(caseId);
    if (!listed) return listed.error();
    std::int64_t relativeId = 0;
    if (!listed.value().empty()) {
        relativeId = listed.value().front().id;
    } else {
        db::RelativeRecord record;
        record.caseId = caseId;
        record.relation = db::Relation::Mother;
        record.givenNames = "Mira";
        record.familyName = "Sample (demo)";
        record.sex = Sex::Female;
        record.birthDate = "1964-02-20";
        record.notes = texts_.relativeNotes;
        Result<db::RelativeRecord> added = relatives.add(record);
        if (!added) return added.error();
        relativeId = added.value().id;
    }
    return attachIfMissing(samples_ / kRelativePhoto, db::PhotoOwner::ofRelative(relativeId), std::nullopt);
}

// The astronaut photo made about 6 years old by the age model, marked and named as synthetic.
Status DemoWorkspace::attachSyntheticChildhoodPhoto(std::int64_t caseId) {
    const db::PhotoOwner owner = db::PhotoOwner::ofCase(caseId);
    if (hasPhotoNamed(owner, kSyntheticPhotoName)) return Ok{};
    Result<std::shared_ptr<const FacePipeline>> prototype = session_.engine().pipeline();
    if (!prototype) return prototype.error();
    Result<std::shared_ptr<const AgeModel>> model = session_.engine().ageModel();
    if (!model) return model.error();
    std::unique_ptr<FacePipeline> pipeline = prototype.value()->clone();
    Result<DecodedImage> decoded = pipeline->decoder().decodeFile(samples_ / kCasePhoto);
    if (!decoded) return decoded.error();
    const ImageFaces found = pipeline->processDecoded(decoded.value());
    const FaceRecord* face = primaryFace(found);
    if (!face) return makeError(ErrorCode::NoFace, "no face in the sample photo " + std::string(kCasePhoto));
    const std::shared_ptr<const AgeEstimator> estimator = session_.engine().ageEstimator();
    const double looks = std::round(estimator ? estimator->estimate(face->embedding, face->landmarks).years : kAgeIfUnknown);
    ProgressionRequest request;
    request.targetAge = kSyntheticAge;
    request.sex = Sex::Female;
    Result<ProgressionResult> younger =
        AgeProgressor(*model.value()).progress(FacePhoto{decoded.value().image, face->landmarks, std::max(looks, kSyntheticAge)}, request);
    if (!younger) return younger.error();
    const TemporaryFolder folder("reunite-demo");
    const std::filesystem::path file = folder.path() / kSyntheticPhotoName;
    std::vector<PngTextEntry> metadata = progressionMetadata(younger.value().record);
    metadata.push_back({"Reunite-Synthetic", "demo: astronaut.png made younger by the age model; not a photograph of a child"});
    const Image marked = stampInvestigativeAidMark(younger.value().image, "SYNTHETIC demo childhood photo, made from a sample photo");
    if (Status written = writePngWithText(file, marked, metadata); !written) return written;
    PhotoToAttach photo;
    photo.file = file;
    photo.owner = owner;
    photo.ageAtPhotoYears = kSyntheticAge;
    photo.provenance = "demo workspace: SYNTHETIC childhood photo, astronaut.png regressed to age 6 by the age model";
    PhotoActions photos(session_);
    Result<AttachedPhoto> attached = photos.attach(photo);
    if (!attached) return attached.error();
    // Keep only the child's face (the marked image may show another, e.g. on the badge).
    const db::FaceRow* child = nearestFace(attached.value().faces, younger.value().landmarks);
    if (!child) return makeError(ErrorCode::NoFace, "no face in the synthetic childhood photo");
    if (attached.value().faces.size() == 1) return Ok{};
    Result<db::FaceRow> kept = photos.chooseFace(attached.value().photo.id, child->id);
    if (!kept) return kept.error();
    return Ok{};
}

bool DemoWorkspace::hasPhotoNamed(const db::PhotoOwner& owner, const std::string& name) {
    Result<std::vector<PhotoWithFaces>> existing = PhotoActions(session_).list(owner);
    if (!existing) return false;
    for (const PhotoWithFaces& photo : existing.value())
        if (photo.photo.originalFileName == name) return true;
    return false;
}

Status DemoWorkspace::attachIfMissing(const std::filesystem::path& file, const db::PhotoOwner& owner, std::optional<double> age) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return Ok{};
    if (hasPhotoNamed(owner, file.filename().string())) return Ok{};
    PhotoActions photos(session_);
    PhotoToAttach request;
    request.file = file;
    request.owner = owner;
    request.ageAtPhotoYears = age;
    request.provenance = "demo workspace: redistributable sample photo";
    Result<AttachedPhoto> attached = photos.attach(request);
    if (!attached) return attached.error();
    return Ok{};
}

}  // namespace reunite::workflows
