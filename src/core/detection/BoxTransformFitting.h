#pragma once
// Fits the CNN-to-HOG box transform: runs dlib's HOG detector (no fallback box) and BlazeFace on
// every photo, pairs the faces both find (IoU >= 0.3) and takes the medians (fitBoxTransform).
// Inputs: the models folder (the detection model is verified) and photo files; unreadable photos
// are counted and skipped. Thread safety: runs on the calling thread; no shared state.
#include <filesystem>
#include <vector>

#include "core/detection/BoxTransform.h"
#include "core/detection/FaceDetector.h"
#include "core/models/ModelLocator.h"
#include "domain/Result.h"

namespace reunite {

struct BoxTransformFit {
    BoxTransform transform;
    std::string detectionModelSha256;
    int photos = 0;       // decoded
    int unreadable = 0;
    int pairs = 0;        // faces both detectors found
};

Result<BoxTransformFit> fitCnnToHogBoxes(const ModelLocator& models, const std::vector<std::filesystem::path>& photos,
                                         const CnnDetectorOptions& cnnOptions = {});

}  // namespace reunite
