// Every entry point of the application layer, without Qt: cases, relatives, photos, review,
// gallery import and browsing, case search, age progression, maintenance and the demo workspace.
// Each test acts through the actions and checks what is stored through the repositories.
#include <filesystem>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "age/progression/PngTextChunks.h"
#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/SearchRunRepository.h"
#include "domain/FileBytes.h"
#include "domain/Notice.h"
#include "workflows/age/ProgressionActions.h"
#include "workflows/age/ProgressionTarget.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/demo/DemoWorkspace.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/maintenance/MaintenanceActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/relatives/RelativeActions.h"
#include "workflows/review/ReviewActions.h"
#include "search/GalleryIndex.h"
#include "workflows/search/CaseSearchActions.h"

using namespace reunite;
using namespace reunite::workflows;
using reunite::test::ActionWorld;
using reunite::test::importSampleGallery;

namespace {

db::CaseRecord caseNumbered(const std::string& number, Sex sex = Sex::Unknown) {
    db::CaseRecord record;
    record.caseNumber = number;
    record.givenNames = "Mei";
    record.familyName = "Test";
    record.sex = sex;
    return record;
}

std::int64_t caseWithPhoto(ActionWorld& world, const std::string& number, const std::string& photo, double age) {
    Result<db::CaseRecord> created = CaseActions(world.session()).create(caseNumbered(number));
    REQUIRE(created.ok());
    PhotoToAttach request;
    request.file = test::samplePhoto(photo);
    request.owner = db::PhotoOwner::ofCase(created.value().id);
    request.ageAtPhotoYears = age;
    Result<AttachedPhoto> attached = PhotoActions(world.session()).attach(request);
    INFO((attached ? std::string() : attached.error().message));
    REQUIRE(attached.ok());
    return created.value().id;
}

}  // namespace

TEST_CASE("cases are created, edited, found, listed and opened through CaseActions", "[actions][cases]") {
    ActionWorld world;
    CaseActions cases(world.session());
    Result<db::CaseRecord> created = cases.create(caseNumbered("A-1", Sex::Female));
    REQUIRE(created.ok());
    CHECK(created.value().createdBy == "test-analyst");
    CHECK(world.listener().heard(RecordKind::Case, created.value().id));

    db::CaseRecord edited = created.value();
    edited.lastSeenPlace = "North station";
    REQUIRE(cases.update(edited).ok());
    CHECK(db::CaseRepository(world.database()).get(edited.id).value().lastSeenPlace == "North station");

    CHECK(cases.findByNumber("A-1").value().id == edited.id);
    Result<db::CaseRecord> missing = cases.findByNumber("NOPE");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    Result<db::CaseRecord> duplicate = cases.create(caseNumbered("A-1"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Database);
    CHECK(cases.list().value().size() == 1);

    Result<CaseFile> file = cases.open(edited.id);
    REQUIRE(file.ok());
    CHECK(file.value().record.caseNumber == "A-1");
    CHECK(file.value().photos.empty());
}

TEST_CASE("an action without a signed-in account is refused before anything is stored", "[actions][access]") {
    ActionWorld world;
    workflows::Session nobody(world.database(), workflows::Actor{0, "   ", Role::Supervisor}, test::sharedEngine());
    Result<db::CaseRecord> created = CaseActions(nobody).create(caseNumbered("B-1"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::AccessDenied);
    CHECK(db::CaseRepository(world.database()).list().value().empty());
}

TEST_CASE("relatives are added, edited, listed and removed with their photos", "[actions][relatives]") {
    ActionWorld world;
    Result<db::CaseRecord> theCase = CaseActions(world.session()).create(caseNumbered("R-1"));
    REQUIRE(theCase.ok());
    RelativeActions relatives(world.session());
    db::RelativeRecord mother;
    mother.caseId = theCase.value().id;
    mother.relation = db::Relation::Mother;
    mother.givenNames = "Lan";
    Result<db::RelativeRecord> added = relatives.add(mother);
    REQUIRE(added.ok());
    db::RelativeRecord renamed = added.value();
    renamed.givenNames = "Lan Ying";
    REQUIRE(relatives.update(renamed).ok());
    CHECK(relatives.list(theCase.value().id).value().front().givenNames == "Lan Ying");

    PhotoToAttach photo;
    photo.file = test::samplePhoto("faceapi-sample2.jpg");
    photo.owner = db::PhotoOwner::ofRelative(added.value().id);
    REQUIRE(PhotoActions(world.session()).attach(photo).ok());
    CHECK(CaseActions(world.session()).open(theCase.value().id).value().relatives.front().photos.size() == 1);

    REQUIRE(relatives.remove(added.value().id).ok());
    CHECK(relatives.list(theCase.value().id).value().empty());
    CHECK(db::PhotoRepository(world.database()).listByOwner(db::PhotoOwner::ofRelative(added.value().id)).value().empty());
    CHECK(world.listener().heard(RecordKind::Relative, added.value().id));
}

TEST_CASE("listed photos give every face the age it looks, from the shipped estimator", "[actions][photos][age]") {
    ActionWorld world;
    const std::int64_t caseId = caseWithPhoto(world, "P-AGE", "faceapi-sample1.jpg", 30);
    PhotoActions photos(world.session());
    const std::shared_ptr<const AgeEstimator> estimator = world.session().engine().ageEstimator();
    REQUIRE(estimator);
    const PhotoWithFaces listed = photos.list(db::PhotoOwner::ofCase(caseId)).value().front();
    REQUIRE(listed.faces.size() >= 2);
    REQUIRE(listed.estimatedAges.size() == listed.faces.size());
    for (std::size_t i = 0; i < listed.faces.size(); ++i) {
        REQUIRE(listed.estimatedAges[i].has_value());
        const AgeEstimate expected = estimator->estimate(listed.faces[i].embedding, listed.faces[i].landmarks);
        CHECK(listed.estimatedAges[i]->years == expected.years);
        CHECK(listed.estimatedAges[i]->plusMinus > 0);
    }
    CHECK(photos.get(listed.photo.id).value().estimatedAges.size() == listed.faces.size());
}

TEST_CASE("photos are attached once, listed with faces, and the chosen face keeps its id", "[actions][photos]") {
    ActionWorld world;
    Result<db::CaseRecord> theCase = CaseActions(world.session()).create(caseNumbered("P-1"));
    REQUIRE(theCase.ok());
    PhotoActions photos(world.session());
    PhotoToAttach request;
    request.file = test::samplePhoto("faceapi-sample1.jpg");
    request.owner = db::PhotoOwner::ofCase(theCase.value().id);
    Result<AttachedPhoto> attached = photos.attach(request);
    REQUIRE(attached.ok());
    REQUIRE(attached.value().faces.size() >= 2);
    Result<AttachedPhoto> again = photos.attach(request);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidArgument);

    const std::int64_t photoId = attached.value().photo.id;
    const db::FaceRow chosen = attached.value().faces[1];
    Result<AlignedFace> chip = photos.faceChip(chosen.id, 96);
    REQUIRE(chip.ok());
    CHECK(chip.value().chip.width == 96);

    Result<db::FaceRow> kept = photos.chooseFace(photoId, chosen.id);
    REQUIRE(kept.ok());
    CHECK(kept.value().id == chosen.id);
    const auto stored = db::FaceRepository(world.database()).listByPhoto(photoId).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().id == chosen.id);

    REQUIRE(photos.setAge(photoId, 4.5).ok());
    CHECK(photos.get(photoId).value().photo.ageAtPhotoYears == 4.5);
    CHECK_FALSE(photos.setAge(photoId, 200.0).ok());

    Result<PhotoWithFaces> redetected = photos.redetect(photoId);
    REQUIRE(redetected.ok());
    CHECK(redetected.value().faces.size() == attached.value().faces.size());
    CHECK(photos.list(db::PhotoOwner::ofCase(theCase.value().id)).value().front().faces.size() == attached.value().faces.size());
}

TEST_CASE("the gallery is imported, browsed and counted through GalleryActions", "[actions][gallery]") {
    ActionWorld world;
    const std::int64_t runId = importSampleGallery(world, {"messi5.jpg", "faceapi-sample3.jpg"});
    GalleryActions gallery(world.session());
    CHECK(gallery.importRun(runId).value().status == db::ImportRunStatus::Finished);
    CHECK(gallery.importErrors(runId).value().empty());
    // messi5, the record of the group photo faceapi-sample3 (no face: the folder does not say which
    // face is the person) and the group photo's three faces as unnamed candidates.
    const auto page = gallery.candidatePage(0, 10).value();
    REQUIRE(page.size() == 5);
    for (const CandidateListing& listing : page) {
        CHECK((listing.firstFaceId > 0) == (listing.record.externalRef != "faceapi-sample3"));
        CHECK(gallery.candidate(listing.record.id).value().photos.size() == 1);
    }
    const GalleryCounts counts = gallery.counts().value();
    CHECK(counts.candidates == 5);
    CHECK(counts.faces == 4);
    CHECK(world.listener().heard(RecordKind::ImportRun, runId));
    GalleryImportRequest missing;
    missing.input = world.folder().file("no-such-manifest.csv");
    CHECK_FALSE(gallery.import(missing).ok());
}

TEST_CASE("a case's photo never enters the photo database", "[actions][gallery][privacy]") {
    ActionWorld world;
    caseWithPhoto(world, "P-1", "messi5.jpg", 12);
    const std::int64_t runId = importSampleGallery(world, {"messi5.jpg", "faceapi-sample6.jpg"});
    GalleryActions gallery(world.session());
    const auto errors = gallery.importErrors(runId).value();
    REQUIRE(errors.size() == 1);
    REQUIRE(errors.front().notice.has_value());
    const std::optional<Notice> notice = decodeNotice(*errors.front().notice);
    REQUIRE(notice.has_value());
    CHECK(notice->id == NoticeId::ProbePhotoNotForGallery);
    CHECK(errors.front().file.find("messi5.jpg") != std::string::npos);
    const std::vector<CandidateListing> listed = gallery.candidatePage(0, 10).value();
    CHECK_FALSE(listed.empty());
    for (const CandidateListing& listing : listed) CHECK(listing.record.externalRef != "messi5");
    const std::string messiDigest = sha256OfFile(test::samplePhoto("messi5.jpg")).value();
    const std::vector<db::PhotoRecord> copies = db::PhotoRepository(world.database()).listBySha256(messiDigest).value();
    REQUIRE(copies.size() == 1);
    for (const db::PhotoRecord& copy : copies) {
        CHECK(copy.owner.kind == db::PhotoOwnerKind::Case);
    }
}

TEST_CASE("a case search stores its run and shows the same leads again, a cancelled one stores nothing", "[actions][search]") {
    ActionWorld world;
    importSampleGallery(world, {"messi5.jpg", "faceapi-sample3.jpg", "faceapi-sample6.jpg"});
    const std::int64_t caseId = caseWithPhoto(world, "S-1", "messi5.jpg", 30);
    CaseSearchActions search(world.session());
    CaseSearchOptions options;
    options.filterBySex = false;
    Result<RankedLeads> leads = search.search(caseId, options);
    INFO((leads ? std::string() : leads.error().message));
    REQUIRE(leads.ok());
    // Every candidate holding a face is a lead: messi5 and the unnamed faces of two group photos.
    REQUIRE(leads.value().leads.size() == static_cast<std::size_t>(GalleryActions(world.session()).counts().value().faces));
    REQUIRE(leads.value().leads.size() > 3);
    CHECK(leads.value().leads.front().candidate.externalRef == "messi5");  // the same photo is first
    // Records without a birth year show the birth years their face looks (what the filter judged).
    for (const Lead& lead : leads.value().leads) {
        CHECK(lead.estimatedBirthYears.known());
        CHECK(lead.estimatedBirthYears.fromYear < lead.estimatedBirthYears.toYear);
    }
    CHECK(leads.value().galleryFaces >= 3);
    CHECK(leads.value().run.runBy == "test-analyst");

    Result<std::optional<RankedLeads>> latest = search.latestRun(caseId);
    REQUIRE(latest.ok());
    REQUIRE(latest.value().has_value());
    REQUIRE(latest.value()->leads.size() == leads.value().leads.size());
    for (std::size_t i = 0; i < leads.value().leads.size(); ++i) {
        CHECK(latest.value()->leads[i].candidate.id == leads.value().leads[i].candidate.id);
    }

    CancellationToken cancel;
    cancel.cancel();
    Result<RankedLeads> cancelled = search.search(caseId, options, cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(search.runs(caseId).value().size() == 1);

    Result<db::CaseRecord> empty = CaseActions(world.session()).create(caseNumbered("S-2"));
    REQUIRE(empty.ok());
    Result<RankedLeads> noFace = search.search(empty.value().id, options);
    REQUIRE_FALSE(noFace.ok());
    CHECK(noFace.error().code == ErrorCode::NoFace);
}

TEST_CASE("a search whose audit entry cannot be written stores no run", "[actions][search][audit]") {
    ActionWorld world;
    importSampleGallery(world, {"messi5.jpg", "faceapi-sample6.jpg"});
    const std::int64_t caseId = caseWithPhoto(world, "S-3", "messi5.jpg", 30);
    CaseSearchOptions options;
    options.filterBySex = false;
    REQUIRE(world.database().execute("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'the audit trail refuses'); END").ok());
    const Result<RankedLeads> refused = CaseSearchActions(world.session()).search(caseId, options);
    REQUIRE(world.database().execute("DROP TRIGGER temp.refuse_audit").ok());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("the audit trail refuses") != std::string::npos);
    CHECK(db::SearchRunRepository(world.database()).listForCase(caseId).value().empty());  // before: stored, unrecorded
    CHECK(CaseSearchActions(world.session()).search(caseId, options).ok());
    CHECK(db::SearchRunRepository(world.database()).listForCase(caseId).value().size() == 1);
}

TEST_CASE("review decisions need a note and keep their full history", "[actions][review]") {
    ActionWorld world;
    importSampleGallery(world, {"messi5.jpg"});
    const std::int64_t caseId = caseWithPhoto(world, "V-1", "messi5.jpg", 30);
    CaseSearchOptions options;
    options.filterBySex = false;
    const std::int64_t candidateId = CaseSearchActions(world.session()).search(caseId, options).value().leads.front().candidate.id;
    ReviewActions reviews(world.session());
    CHECK_FALSE(reviews.decide({.caseId = caseId, .candidateId = candidateId, .decision = db::ReviewDecision::Kept, .note = "  "}).ok());
    REQUIRE(reviews.decide({.caseId = caseId, .candidateId = candidateId, .decision = db::ReviewDecision::Kept, .note = "same chin"}).ok());
    REQUIRE(reviews.decide({.caseId = caseId, .candidateId = candidateId, .decision = db::ReviewDecision::DnaRequested, .note = "ask the lab"}).ok());
    const auto history = reviews.history(caseId, candidateId).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0].decision == db::ReviewDecision::Kept);
    CHECK(history[1].decision == db::ReviewDecision::DnaRequested);
    CHECK(history[1].decidedBy == "test-analyst");
    const auto caseHistory = reviews.historyForCase(caseId).value();
    REQUIRE(caseHistory.size() == 2);
    CHECK(caseHistory[0].id == history[0].id);
    CHECK(caseHistory[1].id == history[1].id);
    const Result<db::CandidateRecord> named = reviews.candidateRecord(candidateId);
    REQUIRE(named.ok());
    CHECK(named.value().id == candidateId);
    CHECK(reviews.candidateRecord(candidateId + 1000).error().code == ErrorCode::NotFound);
}

TEST_CASE("one rule gives the age a childhood face is progressed to: fractional years, more than one year older", "[actions][age]") {
    db::CaseRecord born = caseNumbered("P-1");
    born.birthDate = "2000-01-01";
    db::PhotoRecord photo;
    photo.ageAtPhotoYears = 6;
    // From the date of birth, not rounded to whole years (the search's rule): 2708 days.
    REQUIRE(progressionTargetAge(born, photo, "2007-06-01T10:00:00Z").has_value());
    CHECK(*progressionTargetAge(born, photo, "2007-06-01T10:00:00Z") == Approx(2708 / 365.2425));
    // Without a date of birth: the age at the photo plus the years since it was taken.
    db::CaseRecord unborn = caseNumbered("P-2");
    photo.ageAtPhotoYears = 6.5;
    photo.captureDate = "2010-01-01";
    REQUIRE(progressionTargetAge(unborn, photo, "2011-03-15").has_value());
    CHECK(*progressionTargetAge(unborn, photo, "2011-03-15") == Approx(6.5 + 438 / 365.2425));
    // Not more than a year older (365 days are 0.9993 years): no progression.
    CHECK_FALSE(progressionTargetAge(unborn, photo, "2011-01-01").has_value());
    photo.captureDate.reset();
    CHECK_FALSE(progressionTargetAge(unborn, photo, "2011-03-15").has_value());
    photo.ageAtPhotoYears = kChildhoodEnds;
    CHECK_FALSE(progressionTargetAge(born, photo, "2030-01-01").has_value());
    photo.ageAtPhotoYears.reset();
    CHECK_FALSE(progressionTargetAge(born, photo, "2030-01-01").has_value());
}

TEST_CASE("an age progression of a stored face is rendered and exported marked", "[actions][age]") {
    ActionWorld world;
    const std::int64_t caseId = caseWithPhoto(world, "G-1", "astronaut.png", 6);
    const auto faces = db::FaceRepository(world.database()).listByOwner(db::PhotoOwner::ofCase(caseId)).value();
    REQUIRE(faces.size() == 1);
    ProgressionActions progression(world.session());
    Result<RenderedProgression> rendered = progression.render({faces.front().id, 6, 26, Sex::Female});
    INFO((rendered ? std::string() : rendered.error().message));
    REQUIRE(rendered.ok());
    CHECK(rendered.value().result.image.width == rendered.value().before.width);
    const std::filesystem::path out = world.folder().file("aged.png");
    REQUIRE(progression.exportPng(rendered.value(), out).ok());
    CHECK(std::filesystem::file_size(out) > 1000);
    CHECK_FALSE(progression.render({faces.front().id + 1000, 6, 26, Sex::Female}).ok());
    // A photo the caller has already decoded (a report prints it too) gives the same image.
    Result<RenderedProgression> fromDecoded = progression.renderDecoded(rendered.value().before, faces.front().landmarks, {6, 26, Sex::Female});
    REQUIRE(fromDecoded.ok());
    CHECK(fromDecoded.value().result.image.pixels == rendered.value().result.image.pixels);
    CHECK(fromDecoded.value().result.record.targetAge == 26);
}

TEST_CASE("a progression blends toward the parent of the child's sex, and says when there is none", "[actions][age][parent]") {
    ActionWorld world;
    const std::int64_t caseId = caseWithPhoto(world, "G-2", "astronaut.png", 6);
    const auto faces = db::FaceRepository(world.database()).listByOwner(db::PhotoOwner::ofCase(caseId)).value();
    REQUIRE(faces.size() == 1);
    db::RelativeRecord father;
    father.caseId = caseId;
    father.relation = db::Relation::Father;
    father.givenNames = "Wei";
    Result<db::RelativeRecord> added = RelativeActions(world.session()).add(father);
    REQUIRE(added.ok());
    PhotoToAttach photo;
    photo.file = test::samplePhoto("messi5.jpg");
    photo.owner = db::PhotoOwner::ofRelative(added.value().id);
    photo.ageAtPhotoYears = 24;
    REQUIRE(PhotoActions(world.session()).attach(photo).ok());

    ProgressionActions progression(world.session());
    ProgressionOrder order{faces.front().id, {6, 26, Sex::Male}, true, 0.4};
    Result<RenderedProgression> boy = progression.render(order);
    INFO((boy ? std::string() : boy.error().message));
    REQUIRE(boy.ok());
    CHECK(boy.value().result.record.parentUsed);
    CHECK(boy.value().result.record.parentAge == 24);
    CHECK(boy.value().result.record.parentWeight == 0.4);
    CHECK_FALSE(boy.value().warnings.parentMissing);
    Result<RenderedProgression> alone = progression.render({faces.front().id, {6, 26, Sex::Male}});
    REQUIRE(alone.ok());
    CHECK(alone.value().result.image.pixels != boy.value().result.image.pixels);

    order.ages.sex = Sex::Female;  // a girl: her mother's photo is needed, and there is none
    Result<RenderedProgression> girl = progression.render(order);
    REQUIRE(girl.ok());
    CHECK_FALSE(girl.value().result.record.parentUsed);
    CHECK(girl.value().warnings.parentMissing);
}

TEST_CASE("the database is backed up and checked through MaintenanceActions", "[actions][maintenance]") {
    ActionWorld world;
    REQUIRE(CaseActions(world.session()).create(caseNumbered("M-1")).ok());
    MaintenanceActions maintenance(world.session());
    REQUIRE(maintenance.check().ok());
    const std::filesystem::path copy = world.folder().file("backup.db");
    REQUIRE(maintenance.backup(copy).ok());
    auto restored = db::Database::open(copy);
    REQUIRE(restored.ok());
    CHECK(db::CaseRepository(*restored.value()).findByCaseNumber("M-1").value().has_value());
    CHECK_FALSE(maintenance.backup(copy).ok());  // never overwrites
}

TEST_CASE("the demo workspace is built once and marked", "[actions][demo]") {
    ActionWorld world;
    DemoWorkspace demo(world.session(), test::samplesDir());
    Result<db::CaseRecord> built = demo.build();
    INFO((built ? std::string() : built.error().message));
    REQUIRE(built.ok());
    CHECK(built.value().caseNumber == DemoWorkspace::kCaseNumber);
    const std::int64_t candidates = GalleryActions(world.session()).candidateCount().value();
    std::size_t named = 0;
    const auto listings = GalleryActions(world.session()).candidatePage(0, 100);
    REQUIRE(listings.ok());
    for (const CandidateListing& listing : listings.value()) {
        named += !listing.record.groupPhotoOf;
        CHECK(listing.firstFaceId > 0);  // each made-up person holds the leftmost face of the photo
    }
    CHECK(named == 8);
    REQUIRE(demo.build().ok());
    CHECK(GalleryActions(world.session()).candidateCount().value() == candidates);
    CHECK(db::CaseRepository(world.database()).list().value().size() == 1);
    CHECK(db::RelativeRepository(world.database()).listForCase(built.value().id).value().size() == 1);
    CHECK(built.value().description.find("SYNTHETIC") != std::string::npos);

    // The childhood photo is the astronaut made about 6 by the age model: marked, named and
    // recorded as synthetic, once; her own photo is in the gallery and is the first lead.
    const auto photos = PhotoActions(world.session()).list(db::PhotoOwner::ofCase(built.value().id)).value();
    REQUIRE(photos.size() == 1);
    const PhotoWithFaces& child = photos.front();
    CHECK(child.photo.originalFileName.find("SYNTHETIC") != std::string::npos);
    CHECK(child.photo.provenance.find("SYNTHETIC") != std::string::npos);
    CHECK(child.photo.ageAtPhotoYears == 6);
    REQUIRE(child.faces.size() == 1);
    Result<RankedLeads> leads = CaseSearchActions(world.session()).search(built.value().id, {});
    INFO((leads ? std::string() : leads.error().message));
    REQUIRE(leads.ok());
    REQUIRE_FALSE(leads.value().leads.empty());
    CHECK(leads.value().leads.front().candidate.externalRef == "demo-008");
}

TEST_CASE("a childhood photo is removed with its faces and its copy, and stored runs keep their results", "[actions][photos][remove]") {
    ActionWorld world;
    importSampleGallery(world, {"messi5.jpg"});
    const std::int64_t caseId = caseWithPhoto(world, "RM-1", "astronaut.png", 30);
    PhotoToAttach shared;  // the same file as the gallery's record: one copy in the store for both
    shared.file = test::samplePhoto("messi5.jpg");
    shared.owner = db::PhotoOwner::ofCase(caseId);
    shared.ageAtPhotoYears = 30;
    REQUIRE(PhotoActions(world.session()).attach(shared).ok());
    CaseSearchOptions options;
    options.filterBySex = false;
    Result<RankedLeads> leads = CaseSearchActions(world.session()).search(caseId, options);
    REQUIRE(leads.ok());
    REQUIRE_FALSE(leads.value().leads.empty());
    const std::int64_t runId = leads.value().run.id;

    PhotoActions photos(world.session());
    const auto listed = photos.list(db::PhotoOwner::ofCase(caseId));
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 2);
    const db::PhotoRecord own = listed.value()[0].photo;
    const db::PhotoRecord sharedCopy = listed.value()[1].photo;
    const auto planned = photos.removalOf(own.id);
    REQUIRE(planned.ok());
    CHECK(planned.value().facesRemoved == 1);
    REQUIRE(std::filesystem::exists(own.storedPath));

    const auto removed = photos.remove(own.id);
    REQUIRE(removed.ok());
    CHECK(removed.value().copyDeleted);
    CHECK_FALSE(std::filesystem::exists(own.storedPath));
    CHECK(photos.list(db::PhotoOwner::ofCase(caseId)).value().size() == 1);
    CHECK(world.listener().heard(RecordKind::Photo, own.id));

    // The file the gallery record uses too stays in the store.
    const auto sharedPlan = photos.removalOf(sharedCopy.id);
    REQUIRE(sharedPlan.ok());
    CHECK(sharedPlan.value().searchResultsShowingIt >= 1);  // the run compared with its face
    const auto removedShared = photos.remove(sharedCopy.id);
    REQUIRE(removedShared.ok());
    CHECK_FALSE(removedShared.value().copyDeleted);
    CHECK(std::filesystem::exists(sharedCopy.storedPath));
    CHECK(photos.list(db::PhotoOwner::ofCase(caseId)).value().empty());

    // The run is history: same results, without the removed probe faces.
    const auto run = db::SearchRunRepository(world.database()).get(runId);
    REQUIRE(run.ok());
    CHECK(run.value().results.size() == leads.value().leads.size());
    for (const db::SearchResultRow& row : run.value().results) CHECK_FALSE(row.probeFaceId.has_value());
}

TEST_CASE("a gallery record is removed with its group photo's unnamed faces unless evidence refers to it", "[actions][gallery][remove]") {
    ActionWorld world;
    importSampleGallery(world, {"messi5.jpg", "faceapi-sample3.jpg"});
    GalleryActions gallery(world.session());
    REQUIRE(world.session().engine().gallery(world.database()).ok());
    const std::shared_ptr<GalleryIndex> live = world.session().engine().loadedGalleryOf(world.database());
    REQUIRE(live);
    const std::size_t facesBefore = live->faceCount();
    const auto group = db::CandidateRepository(world.database())
                           .findBySourceReference(db::CandidateSource::NationalDatabase, "faceapi-sample3");
    REQUIRE(group.ok());
    REQUIRE(group.value().has_value());
    const std::int64_t groupId = group.value()->id;

    const auto planned = gallery.removalOf(groupId);
    REQUIRE(planned.ok());
    CHECK_FALSE(planned.value().references.any());
    CHECK(planned.value().unnamedFaces == 3);
    CHECK(planned.value().photos == 4);  // the record's photo and one per unnamed face
    CHECK(planned.value().faces == 3);

    const auto stored = gallery.candidate(groupId);
    REQUIRE(stored.ok());
    const std::string groupFile = stored.value().photos.front().photo.storedPath;
    const auto removed = gallery.removeCandidate(groupId);
    INFO((removed ? std::string() : removed.error().message));
    REQUIRE(removed.ok());
    CHECK(gallery.counts().value().candidates == 1);
    CHECK(gallery.counts().value().faces == 1);
    CHECK(live->faceCount() == facesBefore - 3);
    CHECK_FALSE(std::filesystem::exists(groupFile));
    CHECK(world.listener().heard(RecordKind::Candidate, groupId));

    // A stored search makes its leads evidence: removing one is refused and nothing changes.
    const std::int64_t caseId = caseWithPhoto(world, "RM-2", "messi5.jpg", 30);
    CaseSearchOptions options;
    options.filterBySex = false;
    const auto leads = CaseSearchActions(world.session()).search(caseId, options);
    REQUIRE(leads.ok());
    REQUIRE(leads.value().leads.size() == 1);
    const std::int64_t lead = leads.value().leads.front().candidate.id;
    const auto refused = gallery.removeCandidate(lead);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().message.find("1 stored search result(s)") != std::string::npos);
    CHECK(gallery.counts().value().candidates == 1);
    CHECK(live->faceCount() == facesBefore - 3);
}

TEST_CASE("a face the detector missed is added from a box drawn by hand", "[actions][photos][manual]") {
    ActionWorld world;
    const std::int64_t caseId = caseWithPhoto(world, "MF-1", "astronaut.png", 30);
    PhotoActions photos(world.session());
    const auto listed = photos.list(db::PhotoOwner::ofCase(caseId));
    REQUIRE(listed.ok());
    REQUIRE(listed.value().front().faces.size() == 1);
    const db::PhotoRecord photo = listed.value().front().photo;
    const RectF& found = listed.value().front().faces.front().detection.box;

    const auto added = photos.addManualFace(photo.id, RectF{found.x, found.y, found.width, found.height});
    INFO((added ? std::string() : added.error().message));
    REQUIRE(added.ok());
    CHECK((added.value().quality.flags & QualityManualBox) != 0);
    CHECK(added.value().faceIndex == 1);
    CHECK(world.listener().heard(RecordKind::Photo, photo.id));
    const auto after = photos.get(photo.id);
    REQUIRE(after.ok());
    REQUIRE(after.value().faces.size() == 2);
    CHECK(euclideanDistance(after.value().faces[0].embedding, after.value().faces[1].embedding) < 0.25f);

    // Finding the faces again keeps the one drawn by hand (same id), next to the detected one.
    const auto redetected = photos.redetect(photo.id);
    REQUIRE(redetected.ok());
    REQUIRE(redetected.value().faces.size() == 2);
    const auto kept = std::find_if(redetected.value().faces.begin(), redetected.value().faces.end(),
                                   [&](const db::FaceRow& f) { return f.id == added.value().id; });
    REQUIRE(kept != redetected.value().faces.end());
    CHECK((kept->quality.flags & QualityManualBox) != 0);

    // A box outside the photo is refused and nothing is stored.
    const auto outside = photos.addManualFace(photo.id, RectF{static_cast<double>(*photo.width) - 10, 0, 100, 100});
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().code == ErrorCode::InvalidArgument);
    CHECK(photos.get(photo.id).value().faces.size() == 2);
}
