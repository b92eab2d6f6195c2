#include "workflows/report/ReportPictures.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "age/progression/ImageResize.h"
#include "core/image/ImageDecoder.h"
#include "db/records/RecordEnums.h"
#include "workflows/storage/StoredPhotoImage.h"

namespace reunite::workflows {
namespace {

Image reduced(const Image& image, int maxSide, double& scale) {
    const int side = std::max(image.width, image.height);
    scale = 1;
    if (side <= maxSide) return image;
    scale = static_cast<double>(maxSide) / side;
    return resizedImage(image, std::max(1, static_cast<int>(std::lround(image.width * scale))),
                        std::max(1, static_cast<int>(std::lround(image.height * scale))));
}

Image crop(const Image& image, int left, int top, int width, int height) {
    Image out = Image::blank(width, height);
    for (int y = 0; y < height; ++y) {
        std::copy_n(image.pixel(left, top + y), static_cast<std::size_t>(width) * 3, out.pixel(0, y));
    }
    return out;
}

}  // namespace

std::vector<db::FaceRow> distinctFaces(const std::vector<db::FaceRow>& faces) {
    std::vector<db::FaceRow> distinct;
    std::set<int> seen;
    for (const db::FaceRow& face : faces) {
        if (seen.insert(face.faceIndex).second) distinct.push_back(face);
    }
    std::sort(distinct.begin(), distinct.end(), [](const db::FaceRow& a, const db::FaceRow& b) { return a.faceIndex < b.faceIndex; });
    return distinct;
}

Result<Image> decodedReportPhoto(const PhotoStore& store, const PhotoWithFaces& photo) {
    Result<DecodedImage> decoded = decodeStoredPhoto(store, ImageDecoder(), photo.photo.storedPath);
    if (!decoded) return decoded.error();
    return std::move(decoded.value().image);
}

report::ReportPhoto reportPhotoOf(const PhotoWithFaces& photo, const Result<Image>& decoded, int maxSide) {
    report::ReportPhoto out;
    out.fileName = photo.photo.originalFileName;
    out.sha256 = photo.photo.sha256;
    out.captureDate = photo.photo.captureDate;
    out.ageAtPhotoYears = photo.photo.ageAtPhotoYears;
    out.provenance = photo.photo.provenance;
    out.statusKey = std::string(db::toDatabaseText(photo.photo.status));
    double scale = 1;
    if (decoded) {
        out.image = reduced(decoded.value(), maxSide, scale);
    } else {
        out.problem = decoded.error().message;
    }
    for (const db::FaceRow& face : distinctFaces(photo.faces)) {
        const RectF& box = face.detection.box;
        out.faces.push_back(report::ReportFaceBox{box.x * scale, box.y * scale, box.width * scale, box.height * scale,
                                                  face.detection.score, qualityFlagNames(face.quality.flags)});
    }
    return out;
}

Image faceRegion(const Image& image, const RectF& face, double widen, double aspect, int maxSide) {
    if (image.empty()) return image;
    const double centreX = face.x + face.width / 2;
    const double centreY = face.y + face.height / 2;
    double height = std::max(face.width / aspect, face.height) * widen;
    double width = height * aspect;
    width = std::min(width, static_cast<double>(image.width));
    height = std::min(height, static_cast<double>(image.height));
    const int w = std::max(1, static_cast<int>(std::lround(width)));
    const int h = std::max(1, static_cast<int>(std::lround(height)));
    const int left = std::clamp(static_cast<int>(std::lround(centreX - width / 2)), 0, image.width - w);
    const int top = std::clamp(static_cast<int>(std::lround(centreY - height / 2)), 0, image.height - h);
    double scale = 1;
    return reduced(crop(image, left, top, w, h), maxSide, scale);
}

}  // namespace reunite::workflows
