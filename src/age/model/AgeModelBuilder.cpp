#include "age/model/AgeModelBuilder.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <thread>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/pipeline/BatchProcessor.h"
#include "age/geometry/DelaunayTriangulation.h"
#include "age/geometry/PiecewiseAffineWarp.h"
#include "age/geometry/ShapeGeometry.h"
#include "age/geometry/internal/FrameWarp.h"
#include "age/geometry/internal/MatViews.h"
#include "age/progression/internal/LocalEnergyTransfer.h"

namespace reunite {
namespace {

constexpr double kRatioScale = 4096;  // fixed point of the colour-normalised textures
constexpr double kMaxRatio = 4;
constexpr double kColourScale = 1000;
constexpr double kDetailSumScale = 64;  // fixed point of the squared detail bands

struct Candidate {
    Landmarks landmarks{};
    int width = 0;
    int height = 0;
    double yawDegrees = 0;
    bool fallback = false;
};

struct KeptFace {
    std::size_t sample = 0;
    Landmarks landmarks{};
    int width = 0;
    int height = 0;
    std::size_t entry = 0;  // index into the entry list (band * 2 + sex slot)
    bool fallback = false;
};

// Integer sums, so the result does not depend on the order faces are added in.
struct TextureSums {
    std::vector<std::int64_t> ratio;
    std::vector<std::int64_t> detail;  // squared detail bands, 3 per pixel
    std::int64_t faces = 0;
};

int bandOf(const std::vector<AgeBand>& bands, int age) {
    for (std::size_t b = 0; b < bands.size(); ++b) {
        if (bands[b].contains(age)) return static_cast<int>(b);
    }
    return -1;
}

bool onImage(const Landmarks& shape, int width, int height, double jawTolerance) {
    const double faceWidth = std::hypot(shape[16].x - shape[0].x, shape[16].y - shape[0].y);
    for (int i = 0; i < kLandmarkCount; ++i) {
        const double margin = i <= 16 ? jawTolerance * faceWidth : 0.0;
        const PointF& p = shape[i];
        if (p.x < -margin || p.y < -margin || p.x > width - 1 + margin || p.y > height - 1 + margin) return false;
    }
    return true;
}

// The shape and its mirror image, both aligned onto the reference.
std::array<Landmarks, 2> alignedPair(const Landmarks& shape, int width, const Landmarks& reference) {
    const Landmarks mirrored = mirroredLandmarks(shape, width);
    return {fitSimilarity(shape, reference).apply(shape), fitSimilarity(mirrored, reference).apply(mirrored)};
}

TextureFrame frameFor(const Landmarks& reference, int size) {
    double minX = reference[0].x, maxX = minX, minY = reference[0].y, maxY = minY;
    for (const PointF& p : reference) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    TextureFrame frame;
    frame.size = size;
    frame.scale = 0.6 * size / (maxX - minX);  // face 60% of the frame wide; room for the forehead
    frame.offsetX = size / 2.0 - frame.scale * (minX + maxX) / 2;
    frame.offsetY = 0.57 * size - frame.scale * (minY + maxY) / 2;
    return frame;
}


// Pass 1 result: the main face of every photo inside the bands, by position in `files`.
struct LandmarkPass {
    std::vector<std::size_t> sampleOf;  // position in files -> sample index
    std::vector<std::optional<Candidate>> candidates;
    std::vector<bool> readable;
};

Result<LandmarkPass> findLandmarks(const FacePipeline& prototype, const std::vector<AgeSample>& samples,
                                   const AgeModelBuildOptions& options, AgeModelBuildReport& report,
                                   const AgeModelBuilder::ProgressCallback& onProgress) {
    LandmarkPass pass;
    std::vector<std::filesystem::path> files;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (samples[i].sex == Sex::Unknown) {
            ++report.sexUnknown;
            continue;
        }
        if (bandOf(options.bands, samples[i].age) < 0) {
            ++report.outsideBands;
            continue;
        }
        pass.sampleOf.push_back(i);
        files.push_back(samples[i].path);
    }
    pass.candidates.resize(files.size());
    pass.readable.assign(files.size(), false);
    BatchOptions batchOptions;
    batchOptions.threads = options.threads;
    BatchProcessor batch(prototype, batchOptions);
    Result<Progress> ran = batch.run(
        files,
        [&](BatchItemResult&& item) {
            if (!item.faces) return;
            pass.readable[item.index] = true;
            const FaceRecord* face = primaryFace(item.faces.value());
            if (!face) return;
            pass.candidates[item.index] = Candidate{face->landmarks, item.faces.value().imageWidth,
                                                    item.faces.value().imageHeight, face->quality.yawDegrees,
                                                    face->detection.fallback};
        },
        [&](const Progress& progress) {
            if (onProgress) onProgress("landmarks", progress.processed, progress.total);
        });
    if (!ran) return ran.error();
    return pass;
}

std::vector<KeptFace> keepUsableFaces(const LandmarkPass& pass, const std::vector<AgeSample>& samples,
                                      const AgeModelBuildOptions& options, AgeModelBuildReport& report) {
    std::vector<KeptFace> kept;
    for (std::size_t k = 0; k < pass.candidates.size(); ++k) {
        if (!pass.readable[k]) {
            ++report.unreadable;
            continue;
        }
        if (!pass.candidates[k]) {
            ++report.noFace;
            continue;
        }
        const Candidate& c = *pass.candidates[k];
        if (!onImage(c.landmarks, c.width, c.height, options.jawOffImageTolerance)) {
            ++report.landmarksOffImage;
            continue;
        }
        if (std::abs(c.yawDegrees) > options.maxYawDegrees) {
            ++report.turnedAway;
            continue;
        }
        const std::size_t sample = pass.sampleOf[k];
        const int slot = samples[sample].sex == Sex::Male ? 1 : 0;
        kept.push_back({sample, c.landmarks, c.width, c.height,
                        static_cast<std::size_t>(bandOf(options.bands, samples[sample].age) * 2 + slot), c.fallback});
    }
    return kept;
}

Landmarks referenceShapeOf(const std::vector<KeptFace>& faces) {
    std::vector<Landmarks> shapes;
    for (const KeptFace& face : faces) {
        shapes.push_back(face.landmarks);
        shapes.push_back(mirroredLandmarks(face.landmarks, face.width));
    }
    return procrustesMeanShape(shapes);
}

// Drops faces whose landmark fit is far from the provisional reference shape.
void dropDegenerateShapes(std::vector<KeptFace>& kept, const AgeModelBuildOptions& options, AgeModelBuildReport& report) {
    const Landmarks provisional = referenceShapeOf(kept);
    std::erase_if(kept, [&](const KeptFace& face) {
        const double limit = face.fallback ? options.maxFallbackShapeResidual : options.maxShapeResidual;
        const bool degenerate = procrustesResidual(face.landmarks, provisional) > limit;
        if (degenerate) ++report.degenerateLandmarks;
        return degenerate;
    });
}

// Mean shape, mean age and count per band and sex (entry = band * 2 + sex slot).
std::vector<AgeModelEntry> meanShapeEntries(const std::vector<KeptFace>& kept, const std::vector<AgeSample>& samples,
                                            const std::vector<AgeBand>& bands, const Landmarks& reference) {
    const std::size_t entryCount = bands.size() * 2;
    std::vector<std::array<PointF, kLandmarkCount>> shapeSums(entryCount);
    std::vector<std::int64_t> ageSums(entryCount, 0);
    std::vector<int> counts(entryCount, 0);
    for (const KeptFace& face : kept) {
        for (const Landmarks& aligned : alignedPair(face.landmarks, face.width, reference)) {
            for (int i = 0; i < kLandmarkCount; ++i) {
                shapeSums[face.entry][i].x += aligned[i].x;
                shapeSums[face.entry][i].y += aligned[i].y;
            }
        }
        ageSums[face.entry] += samples[face.sample].age;
        ++counts[face.entry];
    }
    std::vector<AgeModelEntry> entries;
    for (std::size_t e = 0; e < entryCount; ++e) {
        AgeModelEntry entry;
        entry.band = bands[e / 2];
        entry.sex = e % 2 == 0 ? Sex::Female : Sex::Male;
        entry.count = counts[e];
        if (entry.count > 0) {
            entry.meanAge = static_cast<double>(ageSums[e]) / entry.count;
            Landmarks mean;
            for (int i = 0; i < kLandmarkCount; ++i) {
                mean[i] = {shapeSums[e][i].x / (2.0 * entry.count), shapeSums[e][i].y / (2.0 * entry.count)};
            }
            entry.meanShape = fitSimilarity(mean, reference).apply(mean);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

// Where each entry's faces are warped to: its mean shape in frame pixels plus the frame anchors,
// triangulated, and the mask of cheeks, nose and chin for the face colour.
struct EntryFrame {
    std::vector<PointF> destination;
    std::vector<Triangle> triangles;
    cv::Mat colourMask;
};

std::vector<EntryFrame> entryFrames(const AgeModelData& model, const std::vector<PointF>& anchors) {
    const int size = model.frame.size;
    std::vector<EntryFrame> frames(model.entries.size());
    for (std::size_t e = 0; e < model.entries.size(); ++e) {
        if (model.entries[e].count == 0) continue;
        const Landmarks pixels = internal::shapeInFramePixels(model.entries[e].meanShape, model.frame);
        frames[e].destination.assign(pixels.begin(), pixels.end());
        frames[e].destination.insert(frames[e].destination.end(), anchors.begin(), anchors.end());
        frames[e].triangles = delaunayTriangles(frames[e].destination);
        std::vector<cv::Point> hullPoints;
        for (const PointF& p : pixels) hullPoints.emplace_back(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
        std::vector<cv::Point> hull;
        cv::convexHull(hullPoints, hull);
        frames[e].colourMask = cv::Mat::zeros(size, size, CV_8UC1);
        cv::fillConvexPoly(frames[e].colourMask, hull, cv::Scalar(1));
        cv::erode(frames[e].colourMask, frames[e].colourMask, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9)));
    }
    return frames;
}

// One worker's integer sums of colour-normalised textures (order-independent).
struct WorkerSums {
    std::vector<TextureSums> entries;
    std::array<std::int64_t, 3> colour{};
    std::int64_t colourFaces = 0;
    std::size_t unreadable = 0;
};

// Warps one photo (and its mirror image) onto its entry's mean shape and adds the texture,
// divided by the face's own mean colour, to the sums.
void addFaceTexture(const cv::Mat& original, const KeptFace& face, const AgeModelData& model,
                    const std::vector<PointF>& anchors, const EntryFrame& frame, WorkerSums& sums) {
    const int size = model.frame.size;
    TextureSums& target = sums.entries[face.entry];
    if (target.ratio.empty()) target.ratio.assign(static_cast<std::size_t>(size) * size * 3, 0);
    if (target.detail.empty()) target.detail.assign(static_cast<std::size_t>(size) * size * 3, 0);
    for (const bool mirror : {false, true}) {
        cv::Mat image;
        if (mirror) cv::flip(original, image, 1);
        else image = original;
        const Landmarks shape = mirror ? mirroredLandmarks(face.landmarks, face.width) : face.landmarks;
        const SimilarityTransform frameToImage = fitSimilarity(shape, model.referenceShape).inverse();
        std::vector<PointF> source(shape.begin(), shape.end());
        for (const PointF& a : anchors) {
            source.push_back(frameToImage.apply(
                PointF{(a.x - model.frame.offsetX) / model.frame.scale, (a.y - model.frame.offsetY) / model.frame.scale}));
        }
        const PiecewiseAffineWarp warp(source, frame.destination, frame.triangles, PixelRect{0, 0, size, size});
        const cv::Mat texture = internal::remapWithWarp(image, warp, cv::BORDER_REPLICATE);
        const cv::Scalar colour = cv::mean(texture, frame.colourMask);
        std::int64_t* sum = target.ratio.data();
        for (int y = 0; y < size; ++y) {
            const cv::Vec3f* row = texture.ptr<cv::Vec3f>(y);
            for (int x = 0; x < size; ++x) {
                for (int c = 0; c < 3; ++c) {
                    const double ratio = std::clamp(row[x][c] / std::max(1.0, colour[c]), 0.0, kMaxRatio);
                    *sum++ += std::llround(ratio * kRatioScale);
                }
            }
        }
        const cv::Mat squares = internal::detailBandSquares(texture, frame.colourMask, internal::LocalEnergyOptions{});
        std::int64_t* detail = target.detail.data();
        for (int y = 0; y < size; ++y) {
            const cv::Vec3f* row = squares.ptr<cv::Vec3f>(y);
            for (int x = 0; x < size; ++x)
                for (int c = 0; c < 3; ++c) *detail++ += std::llround(std::min(row[x][c], 1e6f) * kDetailSumScale);
        }
        ++target.faces;
        for (int c = 0; c < 3; ++c) sums.colour[c] += std::llround(colour[c] * kColourScale);
        ++sums.colourFaces;
    }
}

// Pass 2 on all cores: every kept face's texture into per-worker sums.
std::vector<WorkerSums> sumTextures(const FacePipeline& prototype, const std::vector<KeptFace>& kept,
                                    const std::vector<AgeSample>& samples, const AgeModelData& model, int threads,
                                    const AgeModelBuilder::ProgressCallback& onProgress) {
    const std::vector<PointF> anchors = internal::frameAnchors(model.frame.size);
    const std::vector<EntryFrame> frames = entryFrames(model, anchors);
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threadCount =
        std::max(1, std::min<int>(threads > 0 ? threads : hardware, static_cast<int>(kept.size())));
    std::vector<WorkerSums> workerSums(threadCount);
    std::atomic<std::size_t> next{0};
    std::mutex progressMutex;
    std::size_t texturesDone = 0;
    const ImageDecoder& decoder = prototype.decoder();
    auto work = [&](WorkerSums& sums) {
        sums.entries.resize(model.entries.size());
        for (std::size_t index = next.fetch_add(1); index < kept.size(); index = next.fetch_add(1)) {
            const KeptFace& face = kept[index];
            Result<DecodedImage> decoded = decoder.decodeFile(samples[face.sample].path);
            if (decoded && decoded.value().image.width == face.width && decoded.value().image.height == face.height) {
                addFaceTexture(internal::toFloatMat(decoded.value().image), face, model, anchors, frames[face.entry], sums);
            } else {
                ++sums.unreadable;
            }
            std::lock_guard<std::mutex> lock(progressMutex);
            ++texturesDone;
            if (onProgress) onProgress("textures", texturesDone, kept.size());
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threadCount; ++t) workers.emplace_back(work, std::ref(workerSums[t]));
    work(workerSums[0]);
    for (std::thread& worker : workers) worker.join();
    return workerSums;
}

// Adds the workers' sums and turns them into mean textures, rescaled by the mean face colour of
// all photos.
Status storeMeanTextures(const std::vector<WorkerSums>& workerSums, AgeModelData& model) {
    const std::size_t entryCount = model.entries.size();
    std::vector<TextureSums> totals(entryCount);
    std::array<std::int64_t, 3> colourTotal{};
    std::int64_t colourFaces = 0;
    for (const WorkerSums& sums : workerSums) {
        if (sums.unreadable > 0) {
            return makeError(ErrorCode::Unreadable, "a photo changed or became unreadable between the two passes");
        }
        for (std::size_t e = 0; e < entryCount; ++e) {
            if (sums.entries[e].ratio.empty()) continue;
            if (totals[e].ratio.empty()) totals[e].ratio.assign(sums.entries[e].ratio.size(), 0);
            if (totals[e].detail.empty()) totals[e].detail.assign(sums.entries[e].detail.size(), 0);
            for (std::size_t i = 0; i < totals[e].ratio.size(); ++i) totals[e].ratio[i] += sums.entries[e].ratio[i];
            for (std::size_t i = 0; i < totals[e].detail.size(); ++i) totals[e].detail[i] += sums.entries[e].detail[i];
            totals[e].faces += sums.entries[e].faces;
        }
        for (int c = 0; c < 3; ++c) colourTotal[c] += sums.colour[c];
        colourFaces += sums.colourFaces;
    }
    const int size = model.frame.size;
    for (std::size_t e = 0; e < entryCount; ++e) {
        if (totals[e].faces == 0) continue;
        Image texture = Image::blank(size, size);
        for (std::size_t i = 0; i < texture.pixels.size(); ++i) {
            const double colour = static_cast<double>(colourTotal[i % 3]) / (kColourScale * colourFaces);
            const double ratio = static_cast<double>(totals[e].ratio[i]) / (kRatioScale * totals[e].faces);
            texture.pixels[i] = static_cast<std::uint8_t>(std::clamp(std::lround(ratio * colour), 0L, 255L));
        }
        model.entries[e].meanTexture = std::move(texture);
        Image energy = Image::blank(size, size);
        for (std::size_t i = 0; i < energy.pixels.size(); ++i) {
            const double meanSquare = static_cast<double>(totals[e].detail[i]) / (kDetailSumScale * totals[e].faces);
            energy.pixels[i] = static_cast<std::uint8_t>(std::clamp(std::lround(std::sqrt(meanSquare) * kDetailEnergyScale), 0L, 255L));
        }
        model.entries[e].detailEnergy = std::move(energy);
    }
    return Ok{};
}

std::vector<AgeDataSource> describeSources(const std::vector<AgeSample>& samples, const std::vector<KeptFace>& kept,
                                           const std::map<std::string, std::string>& descriptions) {
    std::map<std::string, AgeDataSource> sources;
    for (const AgeSample& sample : samples) {
        AgeDataSource& source = sources[sample.source];
        source.name = sample.source;
        ++source.photosListed;
    }
    for (const KeptFace& face : kept) ++sources[samples[face.sample].source].photosUsed;
    std::vector<AgeDataSource> described;
    for (auto& [name, source] : sources) {
        const auto description = descriptions.find(name);
        if (description != descriptions.end()) source.description = description->second;
        described.push_back(source);
    }
    return described;
}

}  // namespace

Result<AgeModelBuild> AgeModelBuilder::build(const FacePipeline& prototype, const std::vector<AgeSample>& samples,
                                             const ProgressCallback& onProgress) const {
    AgeModelBuild result;
    result.report.listed = samples.size();
    Result<LandmarkPass> landmarks = findLandmarks(prototype, samples, options_, result.report, onProgress);
    if (!landmarks) return landmarks.error();
    std::vector<KeptFace> kept = keepUsableFaces(landmarks.value(), samples, options_, result.report);
    dropDegenerateShapes(kept, options_, result.report);
    if (kept.empty()) return makeError(ErrorCode::NoFace, "no usable face in any of the photos");
    result.report.used = kept.size();

    AgeModelData& model = result.model;
    model.description = options_.description;
    model.referenceShape = referenceShapeOf(kept);
    model.frame = frameFor(model.referenceShape, options_.frameSize);
    model.entries = meanShapeEntries(kept, samples, options_.bands, model.referenceShape);
    const std::vector<WorkerSums> sums = sumTextures(prototype, kept, samples, model, options_.threads, onProgress);
    if (Status stored = storeMeanTextures(sums, model); !stored) return stored.error();
    model.sources = describeSources(samples, kept, options_.sourceDescriptions);
    return result;
}

}  // namespace reunite
