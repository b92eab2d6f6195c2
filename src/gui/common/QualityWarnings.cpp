#include "gui/common/QualityWarnings.h"

#include "core/pipeline/FaceTypes.h"

namespace reunite::gui {

QStringList QualityWarnings::forFace(std::uint32_t qualityFlags, bool includeChildLikeness) {
    QStringList warnings;
    if (qualityFlags & QualitySmallFace) warnings << tr("Small face: few pixels to compare");
    if (qualityFlags & QualityBlurred) warnings << tr("Blurred");
    if (qualityFlags & QualityTurnedAway) warnings << tr("Turned away from the camera");
    if (qualityFlags & QualityFallbackBox) warnings << tr("No face detected: the whole image was used");
    if (includeChildLikeness && (qualityFlags & QualityPossiblyChild)) warnings << tr("May show a child");
    if (qualityFlags & QualityDamagedImage) warnings << tr("The photo's image data is damaged: parts may be filled in");
    if (qualityFlags & QualityReducedImage) warnings << tr("A very large photo: read at reduced size");
    if (qualityFlags & QualityManualBox) warnings << tr("Face box drawn by hand: no detector found this face");
    return warnings;
}

QStringList QualityWarnings::forPhoto(int faceCount) {
    if (faceCount == 0) return {noFace()};
    if (faceCount > 1) return {severalFaces(faceCount)};
    return {};
}

QString QualityWarnings::noFace() { return tr("No face found in this photo: it cannot be searched"); }

QString QualityWarnings::severalFaces(int faceCount) {
    return tr("%n faces in this photo: pick the child's face, or every face is searched", nullptr, faceCount);
}

}  // namespace reunite::gui
