// Start-up budget of the search: streaming 1M gallery faces must take under 3 s.
// Hidden ([.perf]): it writes a ~1.3 GB database. Run with: test_db "[.perf]"
// REUNITE_PERF_FACES overrides the number of faces.
#include <chrono>
#include <cstdlib>

#include "DbTestSupport.h"
#include "db/repositories/FaceRepository.h"

using namespace reunite::db::test;

TEST_CASE("streaming one million gallery faces takes under three seconds", "[db][gallery][.perf]") {
    const char* configured = std::getenv("REUNITE_PERF_FACES");
    const std::int64_t faceCount = configured ? std::atoll(configured) : 1000000;
    TempFolder folder("reunite-db-perf");
    const auto path = folder.file("gallery.db");
    {
        auto database = openDatabase(path);
        // One candidate, photo and face per row, generated inside SQLite for speed.
        const std::string rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                                 std::to_string(faceCount) + ") ";
        requireOk(database->execute("BEGIN"));
        requireOk(database->execute(rows +
                                    "INSERT INTO candidates (id, source, external_ref, created_at, created_by) "
                                    "SELECT i, 'national_db', 'P' || i, '2024-01-01T00:00:00.000Z', 'perf' FROM n"));
        requireOk(database->execute(rows +
                                    "INSERT INTO photos (id, candidate_id, sha256, stored_path, byte_size, imported_by, "
                                    "imported_at, status) SELECT i, i, printf('%064x', i), 'photos/' || i || '.jpg', "
                                    "100000, 'perf', '2024-01-01T00:00:00.000Z', 'faces' FROM n"));
        requireOk(database->execute(rows +
                                    "INSERT INTO faces (photo_id, face_index, model_id, model_version, box_x, box_y, "
                                    "box_width, box_height, detector_score, face_size_px, sharpness, yaw_degrees, "
                                    "child_likelihood, quality_flags, embedding, landmarks, created_at) "
                                    "SELECT i, 0, 'dlib_resnet_v1', '1.0', 10, 20, 100, 120, 0.9, 95, 150, 3, 0.1, 0, "
                                    "randomblob(512), randomblob(544), '2024-01-01T00:00:00.000Z' FROM n"));
        requireOk(database->execute("COMMIT"));
    }

    OpenOptions options;
    options.quickCheckOnOpen = false;
    const auto openStart = std::chrono::steady_clock::now();
    auto database = openDatabase(path, options);
    FaceRepository faces(*database);
    double checksum = 0;
    std::int64_t previousId = 0;
    bool ascending = true;
    const auto scanStart = std::chrono::steady_clock::now();
    const auto delivered = valueOrFail(faces.forEachGalleryFace([&](const GalleryFace& face) {
        checksum += face.embedding[0];
        ascending = ascending && face.faceId > previousId;
        previousId = face.faceId;
        return ScanStep::Continue;
    }));
    const auto end = std::chrono::steady_clock::now();
    const double scanSeconds = std::chrono::duration<double>(end - scanStart).count();
    const double totalSeconds = std::chrono::duration<double>(end - openStart).count();
    WARN("gallery scan of " << delivered << " faces: " << scanSeconds << " s (open + scan " << totalSeconds
                            << " s, database " << std::filesystem::file_size(path) / (1024 * 1024) << " MiB, checksum "
                            << checksum << ")");
    CHECK(delivered == faceCount);
    CHECK(ascending);
    CHECK(totalSeconds < 3.0 * static_cast<double>(faceCount) / 1000000.0 + 0.5);
}
