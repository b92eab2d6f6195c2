#include "core/pipeline/FacePipeline.h"

#include <dlfcn.h>

#include <future>

#include "domain/ResourceLocator.h"

namespace reunite {
namespace {

constexpr const char* kRecognitionModel = "face_recognition";
constexpr const char* kLandmarkModel = "landmarks_68";
constexpr const char* kDetectionModel = "face_detection";

// Embedding is faster when images run in parallel, one BLAS thread each.
void useSingleThreadedBlas() {
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) set(1);
}

// The CNN-to-HOG box transform fitted for exactly this detection model.
Result<BoxTransform> cnnBoxTransform(const ModelEntry& detectionModel) {
    Result<std::filesystem::path> file = locateResource(kCnnBoxTransformResource);
    if (!file) return file.error();
    Result<BoxTransformFile> content = loadBoxTransform(file.value());
    if (!content) return content.error();
    if (content.value().sourceModelSha256 != detectionModel.sha256) {
        return makeError(ErrorCode::ModelCorrupt, "the box transform " + file.value().string() +
                                                      " was fitted for another face detection model; rebuild it with: " +
                                                      content.value().rebuildCommand);
    }
    return content.value().transform;
}

Result<std::unique_ptr<FaceDetector>> createDetector(const ModelLocator& models, const PipelineOptions& options) {
    if (options.detector == DetectorChoice::Hog) return createHogFaceDetector(options.detect);
    Result<LocatedModel> detectionFile = models.locate(kDetectionModel);
    if (!detectionFile) return detectionFile.error();
    Result<BoxTransform> transform = cnnBoxTransform(detectionFile.value().entry);
    if (!transform) return transform.error();
    Result<std::unique_ptr<FaceDetector>> cnn = loadBlazeFaceDetector(detectionFile.value().path, options.cnn);
    if (!cnn) return cnn.error();
    return createCombinedFaceDetector(std::move(cnn).value(), transform.value(), options.detect);
}

}  // namespace

Result<std::unique_ptr<FacePipeline>> FacePipeline::create(const ModelLocator& models, const PipelineOptions& options) {
    useSingleThreadedBlas();
    std::unique_ptr<FacePipeline> pipeline(new FacePipeline());
    pipeline->options_ = options;
    pipeline->decoder_ = ImageDecoder(options.decode);
    Result<LocatedModel> landmarkFile = models.locate(kLandmarkModel);
    if (!landmarkFile) return landmarkFile.error();
    // The landmark model takes longest to deserialize (~0.8 s): it loads while the rest does.
    auto landmarksLoading = std::async(std::launch::async, loadLandmarkDetector, landmarkFile.value().path);

    Result<std::unique_ptr<FaceDetector>> detector = createDetector(models, options);
    if (!detector) return detector.error();
    pipeline->detector_ = std::move(detector).value();

    Result<LocatedModel> networkFile = models.locate(kRecognitionModel);
    if (!networkFile) return networkFile.error();
    pipeline->distanceThreshold_ = networkFile.value().entry.distanceThreshold;
    pipeline->modelId_ = networkFile.value().entry.name + ":" + networkFile.value().entry.sha256.substr(0, 12);
    pipeline->modelVersion_ = networkFile.value().entry.sourceVersion;
    if (options.computeEmbeddings) {
        Result<std::unique_ptr<FaceEmbedder>> embedder = loadFaceEmbedder(networkFile.value().path);
        if (!embedder) return embedder.error();
        pipeline->embedder_ = std::move(embedder).value();
    }
    Result<std::shared_ptr<const LandmarkDetector>> landmarks = landmarksLoading.get();
    if (!landmarks) return landmarks.error();
    pipeline->landmarks_ = std::move(landmarks).value();
    return pipeline;
}

std::unique_ptr<FacePipeline> FacePipeline::clone() const {
    std::unique_ptr<FacePipeline> copy(new FacePipeline());
    copy->options_ = options_;
    copy->decoder_ = decoder_;
    copy->detector_ = detector_->clone();
    copy->landmarks_ = landmarks_;
    copy->embedder_ = embedder_ ? embedder_->clone() : nullptr;
    copy->distanceThreshold_ = distanceThreshold_;
    copy->modelId_ = modelId_;
    copy->modelVersion_ = modelVersion_;
    return copy;
}

Result<ImageFaces> FacePipeline::processFile(const std::filesystem::path& path) {
    Result<DecodedImage> decoded = decoder_.decodeFile(path);
    if (!decoded) return decoded.error();
    return processDecoded(decoded.value());
}

ImageFaces FacePipeline::processDecoded(const DecodedImage& decoded) {
    ImageFaces result = processImage(decoded.image);
    const std::uint32_t photoFlags = (decoded.damagedData ? QualityDamagedImage : QualityOk) |
                                     (decoded.reducedBy > 1 ? QualityReducedImage : QualityOk);
    for (FaceRecord& face : result.faces) face.quality.flags |= photoFlags;
    return result;
}

FaceRecord FacePipeline::describeFace(const Image& image, const FaceDetection& detection) const {
    FaceRecord face;
    face.detection = detection;
    face.landmarks = landmarks_->locate(image, detection.box);
    AlignedFace aligned = alignFace(image, face.landmarks, options_.align);
    face.quality = assessFaceQuality(detection, face.landmarks, aligned.chip, options_.quality);
    face.chip = std::move(aligned.chip);
    return face;
}

void FacePipeline::embedFaces(std::vector<FaceRecord>& faces) {
    if (!embedder_ || faces.empty()) return;
    std::vector<Image> chips;
    for (const FaceRecord& face : faces) chips.push_back(face.chip);
    const std::vector<Embedding> embeddings = embedder_->embed(chips);
    for (std::size_t i = 0; i < embeddings.size(); ++i) faces[i].embedding = embeddings[i];
}

ImageFaces FacePipeline::processImage(const Image& image) {
    ImageFaces result;
    result.imageWidth = image.width;
    result.imageHeight = image.height;
    for (const FaceDetection& detection : detector_->detect(image)) result.faces.push_back(describeFace(image, detection));
    embedFaces(result.faces);
    return result;
}

Result<FaceRecord> FacePipeline::processBox(const Image& image, const RectF& box) {
    if (box.width < kMinimumManualBoxSide || box.height < kMinimumManualBoxSide) {
        const std::string side = std::to_string(static_cast<int>(kMinimumManualBoxSide));
        return makeError(ErrorCode::InvalidArgument, "a face box must be at least " + side + " x " + side + " pixels");
    }
    if (box.x < 0 || box.y < 0 || box.x + box.width > image.width || box.y + box.height > image.height) {
        return makeError(ErrorCode::InvalidArgument, "the face box lies outside the photo");
    }
    std::vector<FaceRecord> faces{describeFace(image, FaceDetection{box, 0.0, 0, false})};
    faces.front().quality.flags |= QualityManualBox;
    embedFaces(faces);
    return std::move(faces.front());
}

const FaceRecord* primaryFace(const ImageFaces& faces) {
    const FaceRecord* best = nullptr;
    for (const FaceRecord& face : faces.faces) {
        const bool better = !best || (best->detection.fallback != face.detection.fallback ? !face.detection.fallback
                                                                                          : face.quality.faceSizePx > best->quality.faceSizePx);
        if (better) best = &face;
    }
    return best;
}

}  // namespace reunite
