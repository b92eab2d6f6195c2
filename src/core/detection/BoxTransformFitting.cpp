#include "core/detection/BoxTransformFitting.h"

#include "core/image/ImageDecoder.h"

namespace reunite {
namespace {

std::vector<RectF> boxesOf(const std::vector<FaceDetection>& faces) {
    std::vector<RectF> boxes;
    for (const FaceDetection& face : faces) boxes.push_back(face.box);
    return boxes;
}

}  // namespace

Result<BoxTransformFit> fitCnnToHogBoxes(const ModelLocator& models, const std::vector<std::filesystem::path>& photos,
                                         const CnnDetectorOptions& cnnOptions) {
    Result<LocatedModel> detectionModel = models.locate("face_detection");
    if (!detectionModel) return detectionModel.error();
    Result<std::unique_ptr<FaceDetector>> cnn = loadBlazeFaceDetector(detectionModel.value().path, cnnOptions);
    if (!cnn) return cnn.error();
    FaceDetectorOptions hogOptions;
    hogOptions.fallbackToWholeImage = false;
    const std::unique_ptr<FaceDetector> hog = createHogFaceDetector(hogOptions);
    const ImageDecoder decoder;

    BoxTransformFit fit;
    fit.detectionModelSha256 = detectionModel.value().entry.sha256;
    std::vector<BoxPair> pairs;
    for (const std::filesystem::path& photo : photos) {
        Result<DecodedImage> decoded = decoder.decodeFile(photo);
        if (!decoded) {
            ++fit.unreadable;
            continue;
        }
        ++fit.photos;
        const Image& image = decoded.value().image;
        for (const BoxPair& pair : pairSameFaces(boxesOf(cnn.value()->detect(image)), boxesOf(hog->detect(image)))) {
            pairs.push_back(pair);
        }
    }
    Result<BoxTransform> transform = fitBoxTransform(pairs);
    if (!transform) return transform.error();
    fit.transform = transform.value();
    fit.pairs = static_cast<int>(pairs.size());
    return fit;
}

}  // namespace reunite
