// Import throughput on real photos: N distinct ~640x480 JPEGs made from the redistributable sample
// photos (group photos and portraits, re-encoded with a small mark so each file is new) are
// imported into a fresh database with every core; prints photos/s and faces/s. --sealed stores
// the copies and the rows as an encrypted database does (sealed under a data key, keyed names).
// Usage: reunite-bench-import [--photos 120] [--threads N] [--samples DIR] [--sealed yes]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "workflows/encryption/DataKeySealer.h"
#include "workflows/gallery/GalleryImporter.h"
#include "core/models/ModelLocator.h"
#include "domain/TemporaryFolder.h"
#include "workflows/storage/WorkstationDatabase.h"

using namespace reunite;

int main(int argc, char** argv) {
    int photos = 120;
    int threads = 0;
    std::string samples = REUNITE_SAMPLES_DIR;
    bool sealed = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--photos") photos = std::atoi(argv[i + 1]);
        else if (arg == "--threads") threads = std::atoi(argv[i + 1]);
        else if (arg == "--samples") samples = argv[i + 1];
        else if (arg == "--sealed") sealed = std::string(argv[i + 1]) == "yes";
    }
    const std::vector<std::string> sources{"faceapi-sample1.jpg", "astronaut.png", "faceapi-sample3.jpg",
                                           "faceapi-sample5.jpg", "faceapi-sample6.jpg", "faceapi-sample4.jpg"};
    TemporaryFolder folder("reunite-bench-import");
    std::filesystem::create_directories(folder.path() / "photos");
    for (int i = 0; i < photos; ++i) {
        cv::Mat image = cv::imread((std::filesystem::path(samples) / sources[i % sources.size()]).string(), cv::IMREAD_COLOR);
        if (image.empty()) {
            std::fprintf(stderr, "sample photos missing in %s: run bash scripts/setup.sh\n", samples.c_str());
            return 1;
        }
        const double scale = std::min(640.0 / image.cols, 480.0 / image.rows);
        cv::resize(image, image, cv::Size(), scale, scale, cv::INTER_AREA);
        cv::circle(image, cv::Point(4 + i % 60, 4 + i / 60), 2, cv::Scalar(i % 255, 60, 180), -1);
        cv::imwrite((folder.path() / "photos" / ("photo-" + std::to_string(i) + ".jpg")).string(), image,
                    {cv::IMWRITE_JPEG_QUALITY, 90});
    }
    auto models = ModelLocator::discover();
    if (!models) { std::fprintf(stderr, "%s\n", models.error().message.c_str()); return 1; }
    auto pipeline = FacePipeline::create(models.value());
    if (!pipeline) { std::fprintf(stderr, "%s\n", pipeline.error().message.c_str()); return 1; }
    auto database = openWorkstationDatabase(folder.path() / "gallery.db");
    if (!database) { std::fprintf(stderr, "%s\n", database.error().message.c_str()); return 1; }
    auto manifest = ImportManifest::fromFolder(folder.path() / "photos", db::CandidateSource::NationalDatabase);
    if (!manifest) return 1;
    ImportOptions options;
    options.threads = threads;
    options.userName = "benchmark";
    security::DataKey key;
    if (sealed) {
        auto fresh = security::SecretKey::random();
        if (!fresh) return 1;
        key = std::make_shared<const security::SecretKey>(std::move(fresh).value());
        workflows::useKey(*database.value(), key);  // its rows are sealed too
    }
    GalleryImporter importer(*database.value(), *pipeline.value(), PhotoStore(folder.path() / "store", key), options);
    auto summary = importer.run(manifest.value(), "benchmark");
    if (!summary) { std::fprintf(stderr, "%s\n", summary.error().message.c_str()); return 1; }
    const auto& counts = summary.value().counts;
    const double seconds = summary.value().seconds;
    std::printf("| photos | faces | seconds | photos/s | faces/s | threads | store |\n|---:|---:|---:|---:|---:|---:|---|\n");
    std::printf("| %lld | %lld | %.1f | %.1f | %.1f | %d | %s |\n", static_cast<long long>(counts.photosAdded),
                static_cast<long long>(counts.facesAdded), seconds, counts.photosAdded / seconds, counts.facesAdded / seconds,
                threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency()), sealed ? "sealed" : "plain");
    return 0;
}
