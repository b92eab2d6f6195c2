#pragma once
// ReportPictures: the pictures reports and posters print, made from stored photos: a photo reduced
// for print with its face boxes and the region around a face.
// Guarantees: no clock is read, so the same database state and timestamp give the same pictures;
// decodedReportPhoto reads the photo's stored file, the others are pure functions of their inputs.
// Thread safety: reentrant (no shared state).
#include <vector>

#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"
#include "report/CaseReportModel.h"
#include "workflows/photos/PhotoWithFaces.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite::workflows {

// The photo's distinct faces (one per face index: a photo holds a row per embedding model).
std::vector<db::FaceRow> distinctFaces(const std::vector<db::FaceRow>& faces);

// The stored photo's image read from the photo store (or why it cannot be read).
Result<Image> decodedReportPhoto(const PhotoStore& store, const PhotoWithFaces& photo);

// The photo reduced to at most maxSide pixels, with its faces and quality warnings; a photo that
// could not be read (`decoded` failed) becomes an entry with `problem` set.
report::ReportPhoto reportPhotoOf(const PhotoWithFaces& photo, const Result<Image>& decoded, int maxSide);

// The region around a face (box widened by `widen` around its centre, `aspect` = width/height),
// clipped to the image and reduced to at most maxSide pixels.
Image faceRegion(const Image& image, const RectF& face, double widen, double aspect, int maxSide);

}  // namespace reunite::workflows
