// Gallery import into the photo database: CSV manifests with bad rows, idempotent re-runs, a
// group photo's faces stored as unnamed candidates unless the manifest names the person's face,
// photos without faces recorded, the live index updated, a search
// for a case that excludes rejected candidates.
#include <fstream>
#include <set>

#include <catch2/catch.hpp>

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/CaseRepository.h"
#include "workflows/search/CaseSearch.h"
#include "db/repositories/FaceRepository.h"
#include "GalleryFixtures.h"
#include "workflows/gallery/GalleryImporter.h"
#include "workflows/gallery/GalleryLoader.h"
#include "workflows/gallery/ImportRunLock.h"
#include "domain/FileBytes.h"
#include "db/repositories/ImportRunRepository.h"
#include "core/models/ModelLocator.h"
#include "workflows/photos/PhotoAttacher.h"
#include "db/repositories/PhotoRepository.h"
#include "age/model/AgeModel.h"
#include "workflows/search/ProgressedProbe.h"
#include "domain/ResourceLocator.h"
#include "db/repositories/ReviewDecisionRepository.h"

using namespace reunite;
using reunite::test::TempFolder;

namespace {

// A sample photo to attach to a case as the person at `age`.
PhotoToAttach casePhoto(std::int64_t caseId, const std::string& sample, double age) {
    PhotoToAttach photo;
    photo.file = reunite::test::samplePhoto(sample);
    photo.owner = db::PhotoOwner::ofCase(caseId);
    photo.ageAtPhotoYears = age;
    return photo;
}

// The regular files below a folder, at any depth.
std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    return files;
}

FacePipeline& pipeline() {
    static std::unique_ptr<FacePipeline> shared = [] {
        auto models = ModelLocator::inFolder(reunite::test::modelsDir());
        REQUIRE(models.ok());
        auto created = FacePipeline::create(models.value());
        REQUIRE(created.ok());
        return std::move(created).value();
    }();
    return *shared;
}

std::unique_ptr<db::Database> openDatabase(const std::filesystem::path& file) {
    auto database = db::Database::open(file);
    INFO((database ? std::string() : database.error().message));
    REQUIRE(database.ok());
    return std::move(database).value();
}

Result<ImportSummary> importManifest(db::Database& database, const ImportManifest& manifest, const TempFolder& folder,
                                     GalleryIndex* index = nullptr) {
    ImportOptions options;
    options.commitEvery = 3;
    options.userName = "test-analyst";
    GalleryImporter importer(database, pipeline(), PhotoStore(folder.file("store")), options, index);
    return importer.run(manifest, "test import");
}

// `count` distinct photos in <folder>/people, read as a folder import.
Result<ImportManifest> folderOfPhotos(const TempFolder& folder, int count) {
    std::filesystem::create_directories(folder.file("people"));
    reunite::test::writeDistinctPhotos(folder.file("people"), "p", count);
    Result<ImportManifest> manifest = ImportManifest::fromFolder(folder.file("people"), db::CandidateSource::NationalDatabase);
    REQUIRE(manifest.ok());
    return manifest;
}

std::vector<db::CandidateRecord> allCandidates(db::Database& database) {
    auto listed = db::CandidateRepository(database).list(0, 1000);
    REQUIRE(listed.ok());
    return listed.value();
}

std::size_t namedCandidateCount(db::Database& database) {
    std::size_t named = 0;
    for (const db::CandidateRecord& c : allCandidates(database)) named += !c.groupPhotoOf;
    return named;
}

std::vector<db::FaceRow> facesOf(db::Database& database, db::CandidateSource source, const std::string& reference) {
    auto candidate = db::CandidateRepository(database).findBySourceReference(source, reference);
    REQUIRE(candidate.ok());
    REQUIRE(candidate.value().has_value());
    auto faces = db::FaceRepository(database).listByOwner(db::PhotoOwner::ofCandidate(candidate.value()->id));
    REQUIRE(faces.ok());
    return faces.value();
}

}  // namespace

TEST_CASE("a CSV manifest with bad rows imports the good ones and reports each bad one", "[import]") {
    TempFolder folder;
    const auto photos = reunite::test::writeDistinctPhotos(folder.path(), "photo", 4);
    std::ofstream csv(folder.file("manifest.csv"));
    csv << "file,record_id,names,sex,birth_date,region,source,photo_date\n"
        << photos[0].filename().string() << ",R1,Ann Smith,F,1984-02-29,north,national_db,2001-05-01\n"
        << photos[1].filename().string() << ",R2,Bob Jones,M,1984-02-30,north,national_db,\n"      // bad date
        << photos[2].filename().string() << ",R3,Cy Doe,X,1980,south,national_db,\n"               // unknown sex
        << "missing.jpg,R4,Dee Roe,F,1981,south,national_db,\n"                                   // missing file
        << photos[3].filename().string() << ",R1,Ann Smyth,F,1984-02-29,north,national_db,\n"      // id, other data
        << photos[0].filename().string() << ",R1,Ann Smith,F,1984-02-29,north,national_db,\n"      // repeated row
        << photos[2].filename().string() << ",R5,\"Eve, Jr Doe\",U,~1979,south,flyer,2003-01-02\n";  // good
    csv.close();

    auto manifest = ImportManifest::fromCsv(folder.file("manifest.csv"));
    REQUIRE(manifest.ok());
    CHECK(manifest.value().items.size() == 2);
    for (const RowProblem& p : manifest.value().problems) UNSCOPED_INFO("row " << p.rowNumber << ": " << noticeText(p.notice));
    REQUIRE(manifest.value().problems.size() == 5);
    std::set<std::int64_t> badRows;
    for (const RowProblem& p : manifest.value().problems) badRows.insert(p.rowNumber);
    CHECK(badRows == std::set<std::int64_t>{2, 3, 4, 5, 6});

    auto database = openDatabase(folder.file("gallery.db"));
    auto summary = importManifest(*database, manifest.value(), folder);
    REQUIRE(summary.ok());
    CHECK(summary.value().counts.itemsImported == 2);
    CHECK(summary.value().counts.itemsFailed == 5);
    db::ImportRunRepository runs(*database);
    auto errors = runs.errors(summary.value().runId);
    REQUIRE(errors.ok());
    CHECK(errors.value().size() == 5);

    db::CandidateRepository candidates(*database);
    auto eve = candidates.findBySourceReference(db::CandidateSource::Flyer, "R5");
    REQUIRE(eve.ok());
    REQUIRE(eve.value().has_value());
    CHECK(eve.value()->givenNames == "Eve, Jr");
    CHECK(eve.value()->birthYear == 1979);
    CHECK(eve.value()->birthYearIsEstimate);
    auto ann = candidates.findBySourceReference(db::CandidateSource::NationalDatabase, "R1");
    REQUIRE(ann.ok());
    REQUIRE(ann.value().has_value());
    CHECK(ann.value()->birthDate == std::optional<std::string>("1984-02-29"));
    CHECK(ann.value()->sex == Sex::Female);
}

TEST_CASE("a manifest reads only files in its own folder tree unless the caller allows any path", "[import]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("manifest/deeper"));
    const auto outside = reunite::test::writeDistinctPhotos(folder.path(), "outside", 2);
    const auto inside = reunite::test::writeDistinctPhotos(folder.file("manifest/deeper"), "inside", 1);
    std::filesystem::create_symlink(outside[1], folder.file("manifest/link.png"));
    std::ofstream csv(folder.file("manifest/people.csv"));
    csv << "file,record_id,names\n"
        << "deeper/" << inside[0].filename().string() << ",R1,In Side\n"
        << "../" << outside[0].filename().string() << ",R2,Up Stairs\n"                 // "..": outside
        << std::filesystem::absolute(outside[0]).string() << ",R3,Abs Olute\n"          // absolute: outside
        << "link.png,R4,Sym Link\n"                                                     // a link leading outside
        << "deeper/../deeper/" << inside[0].filename().string() << ",R5,Round Trip\n";  // ".." that stays inside
    csv.close();

    auto restricted = ImportManifest::fromCsv(folder.file("manifest/people.csv"));
    REQUIRE(restricted.ok());
    std::set<std::string> read;
    for (const ImportItem& item : restricted.value().items) read.insert(item.candidate.externalRef);
    CHECK(read == std::set<std::string>{"R1", "R5"});
    std::set<std::int64_t> refused;
    for (const RowProblem& p : restricted.value().problems) {
        INFO(noticeText(p.notice));
        CHECK(noticeText(p.notice).find("outside the manifest's folder") != std::string::npos);
        refused.insert(p.rowNumber);
    }
    CHECK(refused == std::set<std::int64_t>{2, 3, 4});

    auto anywhere = ImportManifest::fromCsv(folder.file("manifest/people.csv"), db::CandidateSource::NationalDatabase,
                                            ManifestPaths::Anywhere);
    REQUIRE(anywhere.ok());
    CHECK(anywhere.value().items.size() == 5);
    CHECK(anywhere.value().problems.empty());
}

TEST_CASE("a manifest cannot probe files outside its folder, and a row that is not UTF-8 is a row problem", "[import]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("manifest"));
    const auto photos = reunite::test::writeDistinctPhotos(folder.file("manifest"), "p", 2);
    std::ofstream csv(folder.file("manifest/people.csv"));
    csv << "file,record_id,names\n"
        << "../no-such-file.jpg,R1,Nobody Here\n"                                   // outside, and missing
        << photos[0].filename().string() << ",R2,Bad\xff" "Name\n"                  // not UTF-8
        << photos[1].filename().string() << ",R3,Good Name\n";
    csv.close();
    auto manifest = ImportManifest::fromCsv(folder.file("manifest/people.csv"));
    REQUIRE(manifest.ok());
    REQUIRE(manifest.value().problems.size() == 2);
    CHECK(noticeText(manifest.value().problems[0].notice).find("outside the manifest's folder") != std::string::npos);
    CHECK(manifest.value().problems[1].rowNumber == 2);
    CHECK(noticeText(manifest.value().problems[1].notice).find("UTF-8") != std::string::npos);
    REQUIRE(manifest.value().items.size() == 1);
    CHECK(manifest.value().items[0].candidate.externalRef == "R3");
}

TEST_CASE("an import closes the runs of stopped imports and leaves a live one alone", "[import]") {
    TempFolder folder;
    const Result<ImportManifest> manifest = folderOfPhotos(folder, 1);
    auto database = openDatabase(folder.file("gallery.db"));
    db::ImportRunRepository runs(*database);
    // Another program's import, still working: its run is running and its lock is held.
    auto live = runs.start("another program's import", "other-analyst");
    REQUIRE(live.ok());
    auto held = lockImportRun(database->path(), live.value().id);
    REQUIRE(held.ok());
    REQUIRE(held.value().has_value());
    CHECK(isImportRunAlive(database->path(), live.value().id));
    // A program that was killed during its import: the run says running, nobody holds its lock.
    auto crashed = runs.start("a killed import", "other-analyst");
    REQUIRE(crashed.ok());

    auto summary = importManifest(*database, manifest.value(), folder);
    REQUIRE(summary.ok());
    CHECK(runs.get(summary.value().runId).value().status == db::ImportRunStatus::Finished);
    CHECK(runs.get(crashed.value().id).value().status == db::ImportRunStatus::Failed);
    CHECK(runs.get(live.value().id).value().status == db::ImportRunStatus::Running);
    CHECK_FALSE(isImportRunAlive(database->path(), summary.value().runId));  // its lock went with it

    // The live import can still end its run as it should.
    CHECK(runs.finish(live.value().id, db::ImportRunStatus::Finished, {}).ok());
    held.value().reset();
    CHECK_FALSE(isImportRunAlive(database->path(), live.value().id));
}

TEST_CASE("an import that fails mid-batch leaves no photo files that nothing refers to", "[import][reliability]") {
    TempFolder folder;
    const Result<ImportManifest> manifest = folderOfPhotos(folder, 3);
    REQUIRE(manifest.value().items.size() == 3);
    // The store cannot take the last photo of the batch: a file stands where its folder belongs.
    const std::filesystem::path last = manifest.value().items.back().file;
    const PhotoStore store(folder.file("store"));
    const std::filesystem::path blocked = store.pathFor(last, sha256OfFile(last).value()).value().parent_path();
    std::filesystem::create_directories(blocked.parent_path());
    std::ofstream(blocked) << "not a folder";

    auto database = openDatabase(folder.file("gallery.db"));
    ImportOptions options;
    options.userName = "test-analyst";
    options.threads = 1;  // the photos arrive in manifest order, all in one batch
    options.commitEvery = 64;
    GalleryImporter importer(*database, pipeline(), store, options);
    auto summary = importer.run(manifest.value(), "test import");
    REQUIRE_FALSE(summary.ok());
    db::ImportRunRepository runs(*database);
    const auto recent = runs.listRecent(1);
    REQUIRE(recent.ok());
    REQUIRE(recent.value().size() == 1);
    CHECK(recent.value().front().status == db::ImportRunStatus::Failed);
    std::vector<std::filesystem::path> left = filesUnder(folder.file("store"));
    std::erase(left, blocked);
    INFO("left in the store: " << left.size());
    CHECK(left.empty());  // the first two photos were copied, then rolled back with their rows
}

TEST_CASE("a photo that cannot be placed in the store leaves no partial file", "[import][reliability]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("in"));
    const auto photos = reunite::test::writeDistinctPhotos(folder.file("in"), "p", 1);
    const PhotoStore store(folder.file("store"));
    const std::string digest = sha256OfFile(photos[0]).value();
    std::filesystem::create_directories(store.pathFor(photos[0], digest).value());  // a folder where the photo belongs
    auto stored = store.store(photos[0], digest);
    REQUIRE_FALSE(stored.ok());
    CHECK(filesUnder(folder.file("store")).empty());
}

TEST_CASE("a folder with a symbolic-link loop is listed once, without following the loop", "[import]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("people/ann"));
    reunite::test::writeDistinctPhotos(folder.file("people/ann"), "a", 2);
    std::filesystem::create_directory_symlink(folder.file("people"), folder.file("people/ann/loop"));  // ann/loop -> people
    std::filesystem::create_directory_symlink(folder.file("people/ann"), folder.file("people/ann/self"));
    auto manifest = ImportManifest::fromFolder(folder.file("people"), db::CandidateSource::NationalDatabase);
    REQUIRE(manifest.ok());
    CHECK(manifest.value().items.size() == 2);
    for (const ImportItem& item : manifest.value().items) CHECK(item.candidate.externalRef == "ann");
}

TEST_CASE("a manifest's face column gives each record its face of a group photo", "[import]") {
    TempFolder folder;
    const auto photos = reunite::test::writeDistinctPhotos(folder.path(), "group", 2);  // astronaut, group of 3
    const std::string group = photos[1].filename().string();
    std::ofstream csv(folder.file("manifest.csv"));
    csv << "file,record_id,names,face\n"
        << group << ",ANN,Ann Lee,1\n"
        << group << ",BOB,Bob Lee,3\n"
        << group << ",CY,Cy Lee,9\n"      // there is no ninth face: an error of this row
        << group << ",DEE,Dee Lee,2;3\n";  // not a face number or box: a row problem
    csv.close();
    auto manifest = ImportManifest::fromCsv(folder.file("manifest.csv"));
    REQUIRE(manifest.ok());
    REQUIRE(manifest.value().problems.size() == 1);
    CHECK(manifest.value().problems[0].rowNumber == 4);

    auto database = openDatabase(folder.file("gallery.db"));
    auto summary = importManifest(*database, manifest.value(), folder);
    REQUIRE(summary.ok());
    CHECK(summary.value().counts.itemsImported == 2);
    CHECK(summary.value().counts.itemsFailed == 2);
    CHECK(summary.value().groupPhotos == 2);
    CHECK(summary.value().groupPhotosWithoutChoice == 0);
    auto errors = db::ImportRunRepository(*database).errors(summary.value().runId);
    REQUIRE(errors.ok());
    bool toldAboutNinth = false;
    for (const auto& e : errors.value()) toldAboutNinth |= e.message.find("face 9 was asked for, but 3 faces") != std::string::npos;
    CHECK(toldAboutNinth);

    const auto ann = facesOf(*database, db::CandidateSource::NationalDatabase, "ANN");
    const auto bob = facesOf(*database, db::CandidateSource::NationalDatabase, "BOB");
    REQUIRE(ann.size() == 1);
    REQUIRE(bob.size() == 1);
    CHECK(ann[0].detection.box.x < bob[0].detection.box.x);
    CHECK_FALSE(db::CandidateRepository(*database).findBySourceReference(db::CandidateSource::NationalDatabase, "CY").value().has_value());
    // The middle face no row names is an unnamed candidate; the re-run stores nothing twice.
    const auto candidatesAfterFirst = allCandidates(*database);
    std::vector<db::CandidateRecord> unnamed;
    for (const auto& c : candidatesAfterFirst) {
        if (c.groupPhotoOf) unnamed.push_back(c);
    }
    REQUIRE(unnamed.size() == 1);
    const auto middle = facesOf(*database, db::CandidateSource::NationalDatabase, unnamed[0].externalRef);
    REQUIRE(middle.size() == 1);
    CHECK(middle[0].detection.box.x > ann[0].detection.box.x);
    CHECK(middle[0].detection.box.x < bob[0].detection.box.x);
    REQUIRE(importManifest(*database, manifest.value(), folder).ok());
    CHECK(allCandidates(*database).size() == candidatesAfterFirst.size());
}

TEST_CASE("a face choice is a number from the left or a box matched by overlap", "[import]") {
    const std::vector<RectF> faces{{300, 10, 50, 50}, {10, 10, 50, 50}, {150, 10, 60, 60}};
    CHECK(facesFromLeft(faces) == std::vector<std::size_t>{1, 2, 0});
    auto second = parseFaceChoice(" 2 ");
    REQUIRE(second.ok());
    REQUIRE(second.value().has_value());
    CHECK(chooseFace(*second.value(), faces).value() == 2);
    auto box = parseFaceChoice("305, 12, 48, 47");
    REQUIRE(box.ok());
    CHECK(chooseFace(*box.value(), faces).value() == 0);
    auto nowhere = parseFaceChoice("600,400,50,50");
    REQUIRE(nowhere.ok());
    CHECK_FALSE(chooseFace(*nowhere.value(), faces).ok());
    auto fourth = parseFaceChoice("4");
    REQUIRE(fourth.ok());
    CHECK_FALSE(chooseFace(*fourth.value(), faces).ok());
    for (const char* bad : {"0", "two", "1,2,3", "1,2,-3,4", "1,2,3,0"}) CHECK_FALSE(parseFaceChoice(bad).ok());
    CHECK_FALSE(parseFaceChoice("").value().has_value());
    auto largest = parseFaceChoice("largest");
    REQUIRE(largest.ok());
    CHECK(chooseFace(*largest.value(), faces).value() == 2);
}

TEST_CASE("a photo that cannot be attached leaves no copy in the store", "[import][reliability]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("in"));
    const auto photos = reunite::test::writeDistinctPhotos(folder.file("in"), "p", 1);
    auto database = openDatabase(folder.file("gallery.db"));
    PhotoToAttach photo;
    photo.file = photos[0];
    photo.owner = db::PhotoOwner::ofCase(424242);  // no such case: the photo row is refused
    REQUIRE_FALSE(attachPhoto(*database, pipeline(), PhotoStore(folder.file("store")), photo, "tester").ok());
    CHECK(filesUnder(folder.file("store")).empty());
}

TEST_CASE("re-running an import stores nothing twice", "[import]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("people/alice"));
    std::filesystem::create_directories(folder.file("people/bob"));
    reunite::test::writeDistinctPhotos(folder.file("people/alice"), "a", 2);
    reunite::test::writeDistinctPhotos(folder.file("people/bob"), "b", 3);
    auto manifest = ImportManifest::fromFolder(folder.file("people"), db::CandidateSource::NationalDatabase);
    REQUIRE(manifest.ok());
    REQUIRE(manifest.value().items.size() == 5);

    auto database = openDatabase(folder.file("gallery.db"));
    auto first = importManifest(*database, manifest.value(), folder);
    REQUIRE(first.ok());
    CHECK(first.value().counts.itemsImported == 5);
    db::FaceRepository faces(*database);
    const auto facesAfterFirst = faces.countGalleryFaces();
    REQUIRE(facesAfterFirst.ok());
    const std::size_t candidatesAfterFirst = allCandidates(*database).size();

    auto second = importManifest(*database, manifest.value(), folder);
    REQUIRE(second.ok());
    CHECK(second.value().counts.itemsImported == 0);
    CHECK(second.value().counts.itemsSkipped == 5);
    CHECK(faces.countGalleryFaces().value() == facesAfterFirst.value());
    CHECK(namedCandidateCount(*database) == 2);
    CHECK(allCandidates(*database).size() == candidatesAfterFirst);
}

TEST_CASE("a group photo without a face choice gives its record no face and each face an unnamed candidate", "[import]") {
    TempFolder folder;
    const auto photos = reunite::test::writeDistinctPhotos(folder.path(), "group", 2);  // astronaut, group of 3
    cv::Mat blank(480, 640, CV_8UC3, cv::Scalar(120, 130, 140));
    REQUIRE(cv::imwrite(folder.file("blank.png").string(), blank));
    folder.write("broken.jpg", "not an image at all");
    auto manifest = ImportManifest::fromFolder(folder.path(), db::CandidateSource::TipOff);
    REQUIRE(manifest.ok());

    auto database = openDatabase(folder.file("gallery.db"));
    GalleryIndex live;
    auto summary = importManifest(*database, manifest.value(), folder, &live);
    REQUIRE(summary.ok());
    CHECK(summary.value().counts.itemsFailed == 1);
    CHECK(summary.value().counts.photosAdded == 3);
    CHECK(summary.value().counts.facesAdded == 4);
    CHECK(summary.value().groupPhotos == 1);
    CHECK(summary.value().groupPhotosWithoutChoice == 1);

    db::CandidateRepository candidates(*database);
    db::PhotoRepository photoRepository(*database);
    auto groupCandidate = candidates.findBySourceReference(db::CandidateSource::TipOff, "group-1");
    REQUIRE(groupCandidate.ok());
    REQUIRE(groupCandidate.value().has_value());
    CHECK(facesOf(*database, db::CandidateSource::TipOff, "group-1").empty());
    std::size_t unnamed = 0;
    for (const db::CandidateRecord& c : allCandidates(*database)) {
        if (!c.groupPhotoOf) continue;
        ++unnamed;
        CHECK(*c.groupPhotoOf == groupCandidate.value()->id);
        CHECK(db::candidateDisplayName(c).empty());
        CHECK(facesOf(*database, db::CandidateSource::TipOff, c.externalRef).size() == 1);
    }
    CHECK(unnamed == 3);

    auto blankCandidate = candidates.findBySourceReference(db::CandidateSource::TipOff, "blank");
    REQUIRE(blankCandidate.ok());
    REQUIRE(blankCandidate.value().has_value());
    auto blankPhotos = photoRepository.listByOwner(db::PhotoOwner::ofCandidate(blankCandidate.value()->id));
    REQUIRE(blankPhotos.ok());
    REQUIRE(blankPhotos.value().size() == 1);
    CHECK(blankPhotos.value()[0].status == db::PhotoStatus::NoFace);
    CHECK(std::filesystem::exists(blankPhotos.value()[0].storedPath));

    // The live index saw exactly what was stored, and a fresh load sees the same.
    CHECK(live.faceCount() == static_cast<std::size_t>(summary.value().counts.facesAdded));
    GalleryIndex reloaded;
    auto loaded = loadGallery(*database, pipeline().embeddingModelId(), reloaded);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().faces == live.faceCount());
}

TEST_CASE("a case search ranks the same person first and leaves rejected candidates out", "[import][search]") {
    TempFolder folder;
    std::filesystem::create_directories(folder.file("gallery"));
    const auto photos = reunite::test::writeDistinctPhotos(folder.file("gallery"), "person", 4);
    auto manifest = ImportManifest::fromFolder(folder.file("gallery"), db::CandidateSource::NationalDatabase);
    REQUIRE(manifest.ok());
    auto database = openDatabase(folder.file("gallery.db"));
    REQUIRE(importManifest(*database, manifest.value(), folder).ok());

    db::CaseRepository cases(*database);
    db::CaseRecord theCase;
    theCase.caseNumber = "T-1";
    theCase.sex = Sex::Female;
    auto created = cases.create(theCase, "tester");
    REQUIRE(created.ok());
    const PhotoToAttach photo = casePhoto(created.value().id, "astronaut.png", 40);
    REQUIRE(attachPhoto(*database, pipeline(), PhotoStore(folder.file("store")), photo, "tester").ok());
    CHECK_FALSE(attachPhoto(*database, pipeline(), PhotoStore(folder.file("store")), photo, "tester").ok());


    GalleryIndex gallery;
    auto transformFile = locateResource(kAgeInvariantTransformResource);
    REQUIRE(transformFile.ok());
    auto transform = AgeInvariantTransform::load(transformFile.value());
    REQUIRE(transform.ok());
    auto shared = std::make_shared<AgeInvariantTransform>(transform.value());
    gallery.setAgeInvariantTransform(shared);
    REQUIRE(loadGallery(*database, pipeline().embeddingModelId(), gallery).ok());
    CaseSearchRequest request;
    request.caseId = created.value().id;
    request.modelId = pipeline().embeddingModelId();
    request.userName = "test-analyst";
    request.options.filterBySex = false;
    request.ageInvariant = shared;
    auto first = runCaseSearch(*database, gallery, request);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first.value().run.results.empty());
    // The photo is of an adult (age 40): compared directly only, not in the childhood space.
    CHECK(first.value().outcome.matches[0].components.size() == 1);
    CHECK(first.value().run.parametersJson.find("\"age_invariant\":true") != std::string::npos);
    db::CandidateRepository candidates(*database);
    const std::int64_t top = first.value().run.results[0].candidateId;
    CHECK(candidates.get(top).value().externalRef == "person-0");  // person-0 is the astronaut

    db::ReviewDecisionRepository reviews(*database);
    db::ReviewDecisionRecord reject;
    reject.caseId = created.value().id;
    reject.candidateId = top;
    reject.decision = db::ReviewDecision::Rejected;
    reject.note = "different ear shape";
    REQUIRE(reviews.record(reject, "tester").ok());
    auto second = runCaseSearch(*database, gallery, request);
    REQUIRE(second.ok());
    for (const auto& row : second.value().run.results) CHECK(row.candidateId != top);
    CHECK(second.value().run.id != first.value().run.id);

    // A childhood photo (age 9) is compared directly and in the age-invariant space.
    db::CaseRecord childCase;
    childCase.caseNumber = "T-2";
    childCase.birthDate = "1990-01-01";
    auto child = cases.create(childCase, "tester");
    REQUIRE(child.ok());
    const PhotoToAttach childhood = casePhoto(child.value().id, "faceapi-sample6.jpg", 9);
    REQUIRE(attachPhoto(*database, pipeline(), PhotoStore(folder.file("store")), childhood, "tester").ok());
    request.caseId = child.value().id;
    auto childRun = runCaseSearch(*database, gallery, request);
    REQUIRE(childRun.ok());
    const CandidateMatch& best = childRun.value().outcome.matches.at(0);
    // person-3 is the same group photo: its faces are unnamed candidates of that photo.
    const auto person3 = candidates.findBySourceReference(db::CandidateSource::NationalDatabase, "person-3");
    REQUIRE(person3.ok());
    REQUIRE(person3.value().has_value());
    CHECK(candidates.get(best.candidateId).value().groupPhotoOf == person3.value()->id);
    REQUIRE(best.components.size() == 2);
    CHECK(best.components[0].kind != best.components[1].kind);

    // Age-progressed probes: one per childhood face, progressed to the age the child would be today.
    auto model = AgeModel::discover();
    REQUIRE(model.ok());
    const AgeProgressor progressor(model.value());
    auto progressed = progressedProbesForCase(*database, PhotoStore::besideDatabase(database->path()), pipeline(), progressor, child.value().id, pipeline().embeddingModelId());
    REQUIRE(progressed.ok());
    CHECK_FALSE(progressed.value().empty());
    for (const Probe& probe : progressed.value()) CHECK(probe.kind == "progressed");
    request.progressedProbes = progressed.value();
    auto withProgressed = runCaseSearch(*database, gallery, request);
    REQUIRE(withProgressed.ok());
    CHECK(withProgressed.value().outcome.matches.at(0).components.size() == 3);
}

TEST_CASE("stored photo paths are absolute even for a database named relative to the working folder", "[import][storage]") {
    const PhotoStore store = PhotoStore::besideDatabase("relative-name.db");
    CHECK(store.folder().is_absolute());
    CHECK(store.folder().filename() == "relative-name.db.photos");
    CHECK(store.folder().parent_path() == std::filesystem::current_path());
}
