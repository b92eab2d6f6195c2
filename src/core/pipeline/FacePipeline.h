#pragma once
// FacePipeline: decode -> detect -> landmarks -> align -> quality -> embed for one image.
// Factory: created from a ModelLocator (and, for the CNN detector, the CNN-to-HOG box transform
// among the project's resources); either fully loaded or an error.
// Thread safety: NOT thread-safe (the detector and embedder keep scratch state); clone() gives
// an independent pipeline sharing the read-only landmark model, one per worker thread.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/alignment/FaceAligner.h"
#include "core/detection/FaceDetector.h"
#include "core/embedding/FaceEmbedder.h"
#include "core/quality/FaceQualityAssessor.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/ImageDecoder.h"
#include "core/landmarks/LandmarkDetector.h"
#include "core/models/ModelLocator.h"
#include "domain/Result.h"

namespace reunite {

enum class DetectorChoice {
    Hog,        // dlib's frontal HOG detector only
    HogAndCnn,  // HOG's faces plus the ones only BlazeFace finds (turned, tilted, small faces)
};

struct PipelineOptions {
    DecodeOptions decode;
    DetectorChoice detector = DetectorChoice::HogAndCnn;
    FaceDetectorOptions detect;
    CnnDetectorOptions cnn;
    AlignOptions align;
    QualityThresholds quality;
    bool computeEmbeddings = true;
};

struct ImageFaces {
    int imageWidth = 0;
    int imageHeight = 0;
    std::vector<FaceRecord> faces;  // empty: no face found
};

// The face a single-face use should take (an image's main face): real detections before
// fallback boxes, then the largest. Returns nullptr when there is none; points into `faces`.
const FaceRecord* primaryFace(const ImageFaces& faces);

class FacePipeline {
public:
    static Result<std::unique_ptr<FacePipeline>> create(const ModelLocator& models, const PipelineOptions& options = {});

    Result<ImageFaces> processFile(const std::filesystem::path& path);
    ImageFaces processImage(const Image& image);
    // processImage, and each face also carries what the decoder said about the photo (damaged
    // JPEG data, decoded at reduced size) in its quality flags.
    ImageFaces processDecoded(const DecodedImage& decoded);
    // The face inside a box a person drew (a face the detectors missed): landmarks, quality and
    // embedding as for a detected face, with score 0 and QualityManualBox set. The box must lie
    // inside the image (InvalidArgument otherwise) and be at least kMinimumManualBoxSide wide and high.
    Result<FaceRecord> processBox(const Image& image, const RectF& box);
    static constexpr double kMinimumManualBoxSide = 16;

    std::unique_ptr<FacePipeline> clone() const;
    const PipelineOptions& options() const { return options_; }
    const ImageDecoder& decoder() const { return decoder_; }
    double distanceThreshold() const { return distanceThreshold_; }
    // Identifies the embedding model ("face_recognition:" + first 12 hex digits of its sha256):
    // embeddings of different models are never compared.
    const std::string& embeddingModelId() const { return modelId_; }
    const std::string& embeddingModelVersion() const { return modelVersion_; }

private:
    FacePipeline() = default;
    // Landmarks, aligned chip and quality of the face in the detection's box.
    FaceRecord describeFace(const Image& image, const FaceDetection& detection) const;
    // Fills in the embeddings of the faces (one batch).
    void embedFaces(std::vector<FaceRecord>& faces);
    PipelineOptions options_;
    ImageDecoder decoder_;
    std::unique_ptr<FaceDetector> detector_;
    std::shared_ptr<const LandmarkDetector> landmarks_;
    std::unique_ptr<FaceEmbedder> embedder_;
    double distanceThreshold_ = 0.6;
    std::string modelId_;
    std::string modelVersion_;
};

}  // namespace reunite
