// Age progression latency: one face progressed to five target ages (target: under 1 s on 2 cores).
// Usage: reunite-bench-age-progression [IMAGE] [--repeat N] [--age YEARS]
// IMAGE defaults to the sample photo faceapi-sample1.jpg fetched by setup. Prints the time of
// decoding + landmarks (once) and of the five progressions, sequentially and on two threads.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <string>
#include <vector>

#include "age/model/AgeModel.h"
#include "age/progression/AgeProgressor.h"
#include "core/pipeline/FacePipeline.h"
#include "core/models/ModelLocator.h"

using namespace reunite;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string imagePath = std::string(REUNITE_SAMPLES_DIR) + "/faceapi-sample1.jpg";
    int repeat = 10;
    double sourceAge = 10;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) repeat = std::max(1, std::stoi(argv[++i]));
        else if (arg == "--age" && i + 1 < argc) sourceAge = std::stod(argv[++i]);
        else imagePath = arg;
    }
    const std::vector<double> targets{15, 20, 30, 40, 60};

    Result<AgeModel> model = AgeModel::discover();
    if (!model) return std::fprintf(stderr, "%s\n", model.error().message.c_str()), 1;
    Result<ModelLocator> models = ModelLocator::discover();
    if (!models) return std::fprintf(stderr, "%s\n", models.error().message.c_str()), 1;
    PipelineOptions options;
    options.computeEmbeddings = false;
    auto pipeline = FacePipeline::create(models.value(), options);
    if (!pipeline) return std::fprintf(stderr, "%s\n", pipeline.error().message.c_str()), 1;

    const Clock::time_point detectStart = Clock::now();
    Result<DecodedImage> decoded = pipeline.value()->decoder().decodeFile(imagePath);
    if (!decoded) return std::fprintf(stderr, "%s\n", decoded.error().message.c_str()), 1;
    const ImageFaces faces = pipeline.value()->processDecoded(decoded.value());
    const double detectMs = millisecondsSince(detectStart);
    if (faces.faces.empty()) return std::fprintf(stderr, "no face in %s\n", imagePath.c_str()), 1;
    const FacePhoto face{decoded.value().image, faces.faces.front().landmarks, sourceAge};
    const AgeProgressor progressor(model.value());

    std::vector<double> sequential, parallel;
    for (int r = 0; r < repeat; ++r) {
        Clock::time_point start = Clock::now();
        for (const double target : targets) {
            if (!progressor.progress(face, {target, Sex::Unknown, 0.3})) return 1;
        }
        sequential.push_back(millisecondsSince(start));

        start = Clock::now();
        // Two workers, as on the 2-core reference machine.
        auto half = [&](std::size_t first) {
            bool ok = true;
            for (std::size_t t = first; t < targets.size(); t += 2) ok = progressor.progress(face, {targets[t], Sex::Unknown, 0.3}).ok() && ok;
            return ok;
        };
        auto other = std::async(std::launch::async, half, 1);
        const bool firstHalf = half(0);
        if (!other.get() || !firstHalf) return 1;
        parallel.push_back(millisecondsSince(start));
    }
    std::printf("image %s: %dx%d, face %.0f px wide\n", imagePath.c_str(), face.image.width, face.image.height,
                faces.faces.front().quality.faceSizePx);
    std::printf("decode + detect + landmarks (once): %.1f ms\n", detectMs);
    std::printf("5 progressions, 1 thread:  median %.1f ms, best %.1f ms (%d runs)\n", median(sequential),
                *std::min_element(sequential.begin(), sequential.end()), repeat);
    std::printf("5 progressions, 2 threads: median %.1f ms, best %.1f ms (target < 1000 ms)\n", median(parallel),
                *std::min_element(parallel.begin(), parallel.end()));
    return 0;
}
