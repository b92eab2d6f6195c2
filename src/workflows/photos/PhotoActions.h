#pragma once
// PhotoActions: the user actions on the photos of cases and relatives: attach files (faces found,
// a copy kept in the photo store), list them with their faces, choose the face that shows the
// person, record the age at the photo, find the faces again, and remove a photo.
// Inputs: a Session; owners and ids of the open database.
// Guarantees: each action authorizes itself (EditCases to change, ViewCases to read); a photo
// and its faces are stored in one transaction; the same file attached twice to one owner is
// refused with a clear message; listeners hear of committed changes. Never throws.
// Thread safety: uses the Session from the calling thread; the engine's pipeline is cloned per
// call, so several threads may attach at once (each with its own Session).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/alignment/FaceAligner.h"
#include "db/records/PhotoOwner.h"
#include "domain/Result.h"
#include "workflows/photos/PhotoAttacher.h"
#include "workflows/photos/PhotoWithFaces.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

// A face with the photo it was found in (what a screen needs to draw a face chip).
struct FaceInPhoto {
    db::FaceRow face;
    db::PhotoRecord photo;
};

// What removing a photo did.
struct PhotoRemoval {
    std::int64_t facesRemoved = 0;
    // Stored search results that showed one of its faces: they keep their rank and score, and no
    // longer show that face.
    std::int64_t searchResultsShowingIt = 0;
    bool copyDeleted = false;  // the workstation's own copy was deleted (no other record uses it)
};

class PhotoActions {
public:
    explicit PhotoActions(Session& session) : session_(session) {}

    Result<AttachedPhoto> attach(const PhotoToAttach& request);
    Result<std::vector<PhotoWithFaces>> list(const db::PhotoOwner& owner);
    Result<PhotoWithFaces> get(std::int64_t photoId);
    Result<FaceInPhoto> face(std::int64_t faceId);
    // The face aligned as a size x size chip (for display and reports), from the stored photo.
    Result<AlignedFace> faceChip(std::int64_t faceId, int size);
    // Keeps only the chosen face of the photo (the child's, the relative's); it keeps its id.
    Result<db::FaceRow> chooseFace(std::int64_t photoId, std::int64_t faceId);
    // Age of the person in the photo (0 to 130 years), or unknown.
    Status setAge(std::int64_t photoId, std::optional<double> ageYears);
    // Finds the photo's faces again from the stored copy and replaces its detected face rows
    // (undoes chooseFace); faces drawn by hand stay. Returns the photo with its faces.
    Result<PhotoWithFaces> redetect(std::int64_t photoId);
    // Adds the face inside a box a person drew on the photo (in the photo's pixels), a face the
    // detectors missed: landmarks and embedding are computed on that box and the face is flagged
    // as drawn by hand (QualityManualBox). A gallery photo's new face joins the live gallery.
    Result<db::FaceRow> addManualFace(std::int64_t photoId, const RectF& box);
    // What remove() would do, for the confirmation question (nothing changes).
    Result<PhotoRemoval> removalOf(std::int64_t photoId);
    // Deletes the photo with its faces; its copy in the photo store goes too unless another
    // record uses the same file. A gallery photo's faces leave the live search gallery.
    Result<PhotoRemoval> remove(std::int64_t photoId);

private:
    Result<PhotoRemoval> removalOf(const PhotoWithFaces& photo);
    Status authorizeFor(const db::PhotoOwner& owner, bool change);
    void announce(const db::PhotoRecord& photo);
    Session& session_;
};

}  // namespace reunite::workflows
