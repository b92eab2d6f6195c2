#pragma once
// LandmarkDetector: the 68-point iBUG landmarks of one face box.
// Factory returns a loaded detector or an error naming the setup command.
// Thread safety: locate() is const and safe from many threads on one instance.
#include <filesystem>
#include <memory>

#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"
#include "domain/Result.h"

namespace reunite {

class LandmarkDetector {
public:
    virtual ~LandmarkDetector() = default;
    virtual Landmarks locate(const Image& image, const RectF& box) const = 0;
};

Result<std::shared_ptr<const LandmarkDetector>> loadLandmarkDetector(const std::filesystem::path& modelFile);

}  // namespace reunite
