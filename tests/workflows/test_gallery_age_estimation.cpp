// Birth years estimated from gallery faces: stored with every gallery face after an import, redone
// when the estimator changes, loaded into the search gallery, and used by the birth-year filter
// for records without a birth year (and only for them).
#include <cmath>
#include <ctime>
#include <filesystem>
#include <set>

#include <catch2/catch.hpp>

#include "ActionWorld.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "workflows/gallery/GalleryActions.h"
#include "workflows/gallery/GalleryAgeEstimation.h"

using namespace reunite;
using namespace reunite::workflows;
using reunite::test::ActionWorld;
using reunite::test::importSampleGallery;

namespace {

std::vector<db::GalleryFace> galleryFaces(db::Database& database) {
    std::vector<db::GalleryFace> faces;
    REQUIRE(db::FaceRepository(database).forEachGalleryFace([&](const db::GalleryFace& face) {
        faces.push_back(face);
        return db::ScanStep::Continue;
    }).ok());
    return faces;
}

std::size_t eligibleFor(GalleryIndex& index, int fromYear, int toYear, bool useEstimates) {
    SearchQuery query;
    query.probes.push_back(Probe{0, "photo", Embedding{}});
    query.filters.birthYearFrom = fromYear;
    query.filters.birthYearTo = toYear;
    query.filters.useEstimatedBirthYears = useEstimates;
    Result<SearchOutcome> outcome = index.search(query);
    REQUIRE(outcome.ok());
    return outcome.value().candidatesEligible;
}

}  // namespace

TEST_CASE("an estimated age gives birth years widened by its error, and more for an undated photo", "[gallery][age]") {
    const BirthYearRange dated = estimatedBirthYears(AgeEstimate{30, 5}, 2020, true);
    CHECK(dated.fromYear == 2020 - 30 - static_cast<int>(kBirthYearMarginPerError * 5));
    CHECK(dated.toYear == 2020 - 30 + static_cast<int>(kBirthYearMarginPerError * 5));
    const BirthYearRange undated = estimatedBirthYears(AgeEstimate{30, 5}, 2020, false);
    CHECK(undated.fromYear == dated.fromYear - kUndatedPhotoYears);
    CHECK(undated.toYear == dated.toYear);
    const BirthYearRange fractional = estimatedBirthYears(AgeEstimate{6.4, 1.1}, 2000, true);
    CHECK(fractional.fromYear <= 2000 - 6.4 - kBirthYearMarginPerError * 1.1);
    CHECK(fractional.toYear >= 2000 - 6.4 + kBirthYearMarginPerError * 1.1);
    // An old undated photo of an old person stays within what the database stores.
    const BirthYearRange early = estimatedBirthYears(AgeEstimate{90, 15}, 1880, false);
    CHECK(early.fromYear == kEarliestBirthYear);
    CHECK(early.toYear >= early.fromYear);
    // A baby: the range ends with the photo's year.
    const BirthYearRange baby = estimatedBirthYears(AgeEstimate{1, 1.2}, 2020, true);
    CHECK(baby.toYear == 2020);
    CHECK(baby.fromYear == static_cast<int>(std::floor(2020 - 1 - kBirthYearMarginPerError * 1.2)));
}

TEST_CASE("imported gallery faces get the birth years their estimated age implies, and the filter uses them",
          "[actions][gallery][age]") {
    ActionWorld world;
    const std::shared_ptr<const AgeEstimator> estimator = world.session().engine().ageEstimator();
    REQUIRE(estimator);
    REQUIRE_FALSE(estimator->id().empty());
    importSampleGallery(world, {"faceapi-sample1.jpg", "astronaut.png"});

    const std::vector<db::GalleryFace> faces = galleryFaces(world.database());
    REQUIRE(faces.size() >= 3);
    for (const db::GalleryFace& face : faces) {
        const db::FaceRow row = db::FaceRepository(world.database()).get(face.faceId).value();
        const db::PhotoRecord photo = db::PhotoRepository(world.database()).get(face.photoId).value();
        const BirthYearRange expected =
            estimatedBirthYears(estimator->estimate(row.embedding, row.landmarks), std::stoi(photo.importedAt.substr(0, 4)), false);
        CHECK(face.estimatedBirthYears.fromYear == expected.fromYear);
        CHECK(face.estimatedBirthYears.toYear == expected.toYear);
    }
    const std::string model = world.session().engine().pipeline().value()->embeddingModelId();
    CHECK(estimateGalleryBirthYears(world.database(), *estimator, model).value() == 0);

    // The loaded gallery judges these records (no birth year entered) by their estimates.
    std::shared_ptr<GalleryIndex> index = world.session().engine().gallery(world.database()).value();
    const std::size_t all = index->candidateCount();
    REQUIRE(all >= 3);
    std::set<std::int64_t> withFaces;
    for (const db::GalleryFace& face : faces) withFaces.insert(face.candidateId);
    REQUIRE(withFaces.size() >= 3);
    // A record without a face (the group photo's own record) stays of unknown birth year.
    CHECK(eligibleFor(*index, 1850, 1855, true) == all - withFaces.size());
    CHECK(eligibleFor(*index, 1850, 1855, false) == all);
    const auto [from, to] = std::pair{faces.front().estimatedBirthYears.fromYear, faces.front().estimatedBirthYears.toYear};
    CHECK(eligibleFor(*index, from, from, true) >= 1);
    CHECK(eligibleFor(*index, to, to, true) >= 1);
}

TEST_CASE("faces stored before estimates existed are estimated when the gallery loads", "[actions][gallery][age]") {
    ActionWorld world;
    importSampleGallery(world, {"faceapi-sample1.jpg"});
    // As after an upgrade from schema 12: no face has an estimate yet.
    REQUIRE(world.database()
                .execute("UPDATE faces SET estimated_birth_year_from = NULL, estimated_birth_year_to = NULL, age_estimator = ''")
                .ok());
    for (const db::GalleryFace& face : galleryFaces(world.database())) REQUIRE(face.estimatedBirthYears.fromYear == 0);
    world.session().engine().forgetGallery();
    std::shared_ptr<GalleryIndex> index = world.session().engine().gallery(world.database()).value();
    CHECK_FALSE(world.session().engine().galleryAgeEstimationProblem().has_value());
    const std::vector<db::GalleryFace> faces = galleryFaces(world.database());
    REQUIRE(faces.size() >= 2);
    for (const db::GalleryFace& face : faces) CHECK(face.estimatedBirthYears.fromYear > 0);
    CHECK(eligibleFor(*index, 1850, 1855, true) < index->candidateCount());  // the loaded index has them too
}

TEST_CASE("a busy database leaves the estimates for later and says why, without failing anything", "[actions][gallery][age]") {
    ActionWorld world;
    importSampleGallery(world, {"faceapi-sample1.jpg"});
    REQUIRE(world.database().execute("UPDATE faces SET estimated_birth_year_from = NULL, estimated_birth_year_to = NULL, age_estimator = ''").ok());
    {
        // Another workstation process holds the write lock past the busy timeout.
        Result<std::unique_ptr<db::Database>> other = db::Database::open(world.database().path());
        REQUIRE(other.ok());
        REQUIRE(other.value()->execute("BEGIN IMMEDIATE").ok());
        world.session().engine().updateEstimatedBirthYears(world.database());
        REQUIRE(world.session().engine().galleryAgeEstimationProblem().has_value());
        for (const db::GalleryFace& face : galleryFaces(world.database())) CHECK(face.estimatedBirthYears.fromYear == 0);
        REQUIRE(other.value()->execute("ROLLBACK").ok());
    }
    world.session().engine().updateEstimatedBirthYears(world.database());
    CHECK_FALSE(world.session().engine().galleryAgeEstimationProblem().has_value());
    for (const db::GalleryFace& face : galleryFaces(world.database())) CHECK(face.estimatedBirthYears.fromYear > 0);
}

TEST_CASE("a new age estimator estimates every gallery face again, and never a case's", "[actions][gallery][age]") {
    ActionWorld world;
    importSampleGallery(world, {"faceapi-sample1.jpg"});
    const std::size_t galleryFaceCount = galleryFaces(world.database()).size();
    REQUIRE(galleryFaceCount >= 2);
    AgeEstimator changed = *world.session().engine().ageEstimator();
    changed.setId("age-estimator-test-changed");
    const std::string model = world.session().engine().pipeline().value()->embeddingModelId();
    CHECK(estimateGalleryBirthYears(world.database(), changed, model).value() == galleryFaceCount);
    CHECK(estimateGalleryBirthYears(world.database(), changed, model).value() == 0);

    AgeEstimator unnamed = changed;
    unnamed.setId("");
    CHECK(estimateGalleryBirthYears(world.database(), unnamed, model).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a face's estimated birth years widen its record's in the index, survive an edit, and a known birth year wins",
          "[search][age]") {
    GalleryIndex index;
    GalleryCandidate unknown{1, Sex::Unknown, 0, 0, "", "national_db"};
    GalleryCandidate known{2, Sex::Unknown, 1986, 1986, "", "national_db"};
    index.upsertCandidates({unknown, known});
    REQUIRE(index.addFaces({GalleryIndex::FaceEntry{10, 1, Embedding{}, {1960, 1970}},
                            GalleryIndex::FaceEntry{11, 1, Embedding{}, {1975, 1980}},
                            GalleryIndex::FaceEntry{12, 2, Embedding{}, {1940, 1950}}}).ok());
    CHECK(eligibleFor(index, 1984, 1988, true) == 1);   // record 1 (1960-1980) is out; 2's known year wins over its face
    CHECK(eligibleFor(index, 1978, 1979, true) == 1);   // inside the union of record 1's faces
    CHECK(eligibleFor(index, 1971, 1974, true) == 1);   // between its faces: still within the union
    CHECK(eligibleFor(index, 1984, 1988, false) == 2);  // without estimates, record 1 counts as unknown
    index.upsertCandidate(unknown);                     // an edit of the record keeps its faces' estimates
    CHECK(eligibleFor(index, 1984, 1988, true) == 1);
    index.widenEstimatedBirthYears(1, BirthYearRange{1985, 1995});
    CHECK(eligibleFor(index, 1984, 1988, true) == 2);
}
