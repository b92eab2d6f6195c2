#include <dlib/image_processing/full_object_detection.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/opencv/cv_image.h>

#include "core/alignment/FaceAligner.h"
#include "core/image/internal/ImageConversion.h"

namespace reunite {

AlignedFace alignFace(const Image& image, const Landmarks& landmarks, const AlignOptions& options) {
    std::vector<dlib::point> parts;
    parts.reserve(kLandmarkCount);
    long left = landmarks[0].x, right = left, top = landmarks[0].y, bottom = top;
    for (const PointF& p : landmarks) {
        const dlib::point q(std::lround(p.x), std::lround(p.y));
        parts.push_back(q);
        left = std::min(left, q.x());
        right = std::max(right, q.x());
        top = std::min(top, q.y());
        bottom = std::max(bottom, q.y());
    }
    const dlib::full_object_detection shape(dlib::rectangle(left, top, right, bottom), parts);
    const dlib::chip_details details = dlib::get_face_chip_details(shape, options.size, options.padding);

    cv::Mat view = internal::viewAsMat(image);
    dlib::cv_image<dlib::rgb_pixel> dlibView(view);
    dlib::matrix<dlib::rgb_pixel> chip;
    dlib::extract_image_chip(dlibView, details, chip);

    AlignedFace aligned;
    aligned.chip = internal::fromDlibRgb(chip);
    const dlib::point_transform_affine toChip = dlib::get_mapping_to_chip(details);
    for (int i = 0; i < kLandmarkCount; ++i) {
        const dlib::dpoint mapped = toChip(dlib::dpoint(landmarks[i].x, landmarks[i].y));
        aligned.chipLandmarks[i] = PointF{mapped.x(), mapped.y()};
    }
    return aligned;
}

}  // namespace reunite
