#pragma once
// FlyerRecordWriter: stores a flyer as a missing-child case or as a gallery candidate (source
// "flyer"), with the flyer as the record's photo and exactly one of its faces kept: the face the
// volunteer picked (matched by its box) or, for batch imports, the largest one.
// Inputs: the flyer file, the corrected draft (FlyerDraft.h), which face to keep, and the acting
// user. The flyer is attached with reunite::attachPhoto (faces found again by the same pipeline,
// copy kept in the photo store) and the other faces are dropped with ChildFaceSelection::keepOnly.
// Guarantees: all in one transaction: the record, the photo and its face appear together or not
// at all (the write lock is held while attachPhoto finds the faces, about a second per flyer).
// A flyer already in the gallery (same content) -> ErrorCode::InvalidArgument naming the
// candidate; a flyer already attached to a case -> InvalidArgument naming the case; a picked box
// that matches no face found again -> ErrorCode::NoFace. A flyer without any face is stored with
// no face (result.keptFace empty). For candidates, the new face is added to the live gallery
// index when one is given (after the commit).
// Thread safety: uses the Database and the pipeline from the calling thread only (one worker
// connection and one pipeline clone per thread); GalleryIndex updates are thread-safe.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "db/sqlite/Database.h"
#include "db/records/FaceRow.h"
#include "core/pipeline/FacePipeline.h"
#include "workflows/flyer/FlyerDraft.h"
#include "search/GalleryIndex.h"
#include "db/records/PhotoRecord.h"
#include "workflows/storage/PhotoStore.h"
#include "domain/Result.h"

namespace reunite::workflows {

struct FacePick {
    enum class Mode { Box, Largest };
    Mode mode = Mode::Largest;
    RectF box;  // Mode::Box: the picked face's box in the flyer's (upright) pixels

    static FacePick picked(const RectF& box) { return {Mode::Box, box}; }
    static FacePick largest() { return {Mode::Largest, {}}; }
};

struct FlyerSaveResult {
    std::int64_t recordId = 0;  // case id or candidate id
    db::PhotoRecord photo;
    std::optional<db::FaceRow> keptFace;
    int facesFound = 0;
};

class FlyerRecordWriter {
public:
    FlyerRecordWriter(db::Database& database, FacePipeline& pipeline, PhotoStore store, std::string userName);

    // The new case is assigned to `assignTo` (the analyst saving it; none for volunteers and supervisors).
    Result<FlyerSaveResult> saveAsCase(const std::filesystem::path& flyer, const FlyerDraft& draft, const FacePick& pick,
                                       std::optional<std::int64_t> assignTo = std::nullopt);
    Result<FlyerSaveResult> saveAsCandidate(const std::filesystem::path& flyer, const FlyerDraft& draft,
                                            const FacePick& pick, const std::string& sha256,
                                            GalleryIndex* liveIndex = nullptr, std::optional<std::int64_t> importRunId = {});

private:
    using CreateRecord = std::function<Result<std::int64_t>()>;
    Result<FlyerSaveResult> save(const std::filesystem::path& flyer, const FacePick& pick, db::PhotoOwnerKind kind,
                                 const CreateRecord& createRecord);

    db::Database& database_;
    FacePipeline& pipeline_;
    PhotoStore store_;
    std::string userName_;
};

}  // namespace reunite::workflows
