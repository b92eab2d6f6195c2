#include <system_error>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>

#include "core/landmarks/LandmarkDetector.h"
#include "core/models/ModelLocator.h"
#include "core/models/internal/DlibModelFile.h"
#include "core/image/internal/ImageConversion.h"

namespace reunite {
namespace {

class DlibLandmarkDetector final : public LandmarkDetector {
public:
    explicit DlibLandmarkDetector(dlib::shape_predictor predictor) : predictor_(std::move(predictor)) {}

    Landmarks locate(const Image& image, const RectF& box) const override {
        cv::Mat view = internal::viewAsMat(image);
        dlib::cv_image<dlib::rgb_pixel> dlibView(view);
        const dlib::rectangle rect(static_cast<long>(std::lround(box.x)), static_cast<long>(std::lround(box.y)),
                                   static_cast<long>(std::lround(box.x + box.width)) - 1,
                                   static_cast<long>(std::lround(box.y + box.height)) - 1);
        const dlib::full_object_detection shape = predictor_(dlibView, rect);
        Landmarks points{};
        for (int i = 0; i < kLandmarkCount; ++i) {
            points[i] = PointF{static_cast<double>(shape.part(i).x()), static_cast<double>(shape.part(i).y())};
        }
        return points;
    }

private:
    dlib::shape_predictor predictor_;
};

}  // namespace

Result<std::shared_ptr<const LandmarkDetector>> loadLandmarkDetector(const std::filesystem::path& modelFile) {
    dlib::shape_predictor predictor;
    if (Status read = internal::readDlibModel(modelFile, "landmark model", predictor); !read) return read.error();
    if (predictor.num_parts() != kLandmarkCount) {
        return makeError(ErrorCode::ModelCorrupt, "landmark model " + modelFile.string() + " has " +
                                                      std::to_string(predictor.num_parts()) +
                                                      " points, expected 68; run: " + kSetupCommand);
    }
    return std::shared_ptr<const LandmarkDetector>(std::make_shared<DlibLandmarkDetector>(std::move(predictor)));
}

}  // namespace reunite
