#pragma once
// FlyerActions: the volunteer's flyer actions: save a reviewed flyer as a missing-child case or
// as a gallery candidate (source "flyer"), and import a whole folder of flyers into the gallery
// (OCR-prefilled records, largest face kept).
// Guarantees: ImportFlyers authorized; every save is one transaction (FlyerRecordWriter); a
// candidate's face joins the engine's loaded gallery; a folder import is recorded as an import
// run with its counts and one import error per failed file, skips flyers already in the gallery,
// and lets each file succeed or fail on its own; cancelling stops after the current file.
// Listeners hear of new cases, candidates and the import run.
// Thread safety: uses the Session from the calling thread; callbacks run on that thread.
#include <filesystem>
#include <optional>
#include <functional>
#include <string>

#include "domain/Notice.h"
#include "domain/CancellationToken.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "ocr/FlyerReadingParser.h"
#include "workflows/flyer/FlyerDraft.h"
#include "workflows/flyer/FlyerRecordWriter.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct FlyerSaveRequest {
    std::filesystem::path flyer;
    FlyerDraft draft;
    FacePick pick = FacePick::largest();
};

// What happened to one file of a folder import.
struct FlyerFileOutcome {
    enum class Kind { Imported, ImportedWithoutFace, Skipped, Failed };
    Kind kind = Kind::Failed;
    std::filesystem::path file;
    std::int64_t candidateId = 0;  // Imported*, or the existing candidate when Skipped
    std::string name;              // as read from the flyer (empty when read uncertainly)
    std::optional<Notice> problem;  // why it failed (Failure), or FlyerWithoutFace
    int uncertainValues = 0;        // values left out of the fields and written into the notes
};

struct FlyerFolderSummary {
    std::int64_t runId = 0;
    int imported = 0;
    int skipped = 0;
    int failed = 0;
    bool cancelled = false;
};

class FlyerActions {
public:
    explicit FlyerActions(Session& session) : session_(session) {}

    Result<FlyerSaveResult> saveAsCase(const FlyerSaveRequest& request);
    Result<FlyerSaveResult> saveAsCandidate(const FlyerSaveRequest& request);

    using OutcomeCallback = std::function<void(const FlyerFileOutcome&)>;
    Result<FlyerFolderSummary> importFolder(const std::filesystem::path& folder, const ocr::FlyerParseOptions& parsing,
                                            const OutcomeCallback& onOutcome = {}, const ProgressCallback& onProgress = {},
                                            const CancellationToken& cancel = CancellationToken());

private:
    Result<std::unique_ptr<FacePipeline>> pipelineClone();
    Session& session_;
};

}  // namespace reunite::workflows
