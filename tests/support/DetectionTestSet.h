#pragma once
// The face detection test set, made at run time (nothing of it is committed): collages of real
// faces pasted onto face-free photos (OpenCV's sample images, installed by setup through
// opencv-doc), each face scaled, rotated in the image plane, squeezed sideways (a crude turn),
// mirrored, re-lit and sometimes blurred, with its true box known; and the face-api sample photos
// with the boxes annotated by hand in tests/core/data/faceapi_samples_faces.json.
// Face sources: the hand-annotated face-api faces (always present after setup) or the shared
// All-Age-Faces set (../shared/data/aaf, boxes from its 49 key points, which in some photos sit up
// to ~20 % of a face off the aligned image; read at run time only).
// Scoring: a detection finds a true face when its centre lies inside the true box and its width
// is 0.5-2.2 times the true width (detectors disagree on box conventions, not on faces); each
// true face and each detection is used once; unmatched detections are false positives.
// Thread safety: free functions without shared state.
#include <filesystem>
#include <string>
#include <vector>

#include "core/image/Image.h"
#include "core/pipeline/FaceTypes.h"

namespace reunite::test {

struct FaceSource {
    std::filesystem::path image;
    RectF face;  // the face's box in that image
};

struct AnnotatedPhoto {
    std::filesystem::path file;
    std::vector<RectF> faces;
};

struct DetectionTestPhoto {
    Image image;
    std::vector<RectF> faces;
};

struct CollageOptions {
    int minFaces = 3;
    int maxFaces = 7;
    double minFaceSizePx = 36;
    double maxFaceSizePx = 240;
    double maxRollDegrees = 40;
    double contextScale = 1.9;  // side of the pasted patch, in face sizes
};

struct DetectionTally {
    int truths = 0;
    int found = 0;
    int falsePositives = 0;
};

// tests/core/data/faceapi_samples_faces.json read against the samples folder.
std::vector<AnnotatedPhoto> loadAnnotatedPhotos(const std::filesystem::path& json, const std::filesystem::path& samplesDir);
std::vector<FaceSource> facesOf(const std::vector<AnnotatedPhoto>& photos);
// All-Age-Faces faces (index.csv + key_points/); empty when the folder is missing.
std::vector<FaceSource> aafFaceSources(const std::filesystem::path& aafDir, std::size_t limit);
// OpenCV's face-free sample photos that are installed; empty when opencv-doc is missing.
std::vector<std::filesystem::path> collageBackgrounds();
// ../shared/data of the source tree, or $REUNITE_SHARED_DATA.
std::filesystem::path sharedDataDir();

DetectionTestPhoto makeCollage(const std::vector<FaceSource>& faces, const std::vector<std::filesystem::path>& backgrounds,
                               unsigned seed, const CollageOptions& options = {});

bool detectionMatches(const RectF& detection, const RectF& truth);
DetectionTally tallyDetections(const std::vector<RectF>& detections, const std::vector<RectF>& truths);

}  // namespace reunite::test
