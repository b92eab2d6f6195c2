#include "workflows/demo/DemoWorkspace.h"

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
};

constexpr const char* kCasePhoto = "astronaut.png";
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
    if (Status attached = attachIfMissing(samples_ / kCasePhoto, db::PhotoOwner::ofCase(demoCase.value().id), 6.0); !attached) {
        return attached.error();
    }
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

Status DemoWorkspace::attachIfMissing(const std::filesystem::path& file, const db::PhotoOwner& owner, std::optional<double> age) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return Ok{};
    PhotoActions photos(session_);
    Result<std::vector<PhotoWithFaces>> existing = photos.list(owner);
    if (!existing) return existing.error();
    for (const PhotoWithFaces& photo : existing.value()) {
        if (photo.photo.originalFileName == file.filename().string()) return Ok{};
    }
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
