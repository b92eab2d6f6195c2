#include "workflows/flyer/FlyerActions.h"

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "domain/FileBytes.h"
#include "domain/PhotoFiles.h"
#include "domain/Utf8Text.h"
#include "ocr/FlyerTextRecognizer.h"

namespace reunite::workflows {
namespace {

// The bookkeeping of one folder import: counts, the run's errors, the outcome callback.
class FlyerFolderRun {
public:
    FlyerFolderRun(db::Database& database, const FlyerActions::OutcomeCallback& onOutcome)
        : runs_(database), onOutcome_(onOutcome) {}

    Status start(const std::filesystem::path& folder, const std::string& userName) {
        Result<db::ImportRunRecord> run = runs_.start(folder.string(), userName);
        if (!run) return run.error();
        summary_.runId = run.value().id;
        return Ok{};
    }

    Status report(FlyerFileOutcome outcome) {
        ++counts_.itemsSeen;
        switch (outcome.kind) {
        case FlyerFileOutcome::Kind::Imported:
        case FlyerFileOutcome::Kind::ImportedWithoutFace:
            ++summary_.imported;
            ++counts_.itemsImported;
            ++counts_.photosAdded;
            if (outcome.kind == FlyerFileOutcome::Kind::Imported) ++counts_.facesAdded;
            break;
        case FlyerFileOutcome::Kind::Skipped:
            ++summary_.skipped;
            ++counts_.itemsSkipped;
            break;
        case FlyerFileOutcome::Kind::Failed:
            ++summary_.failed;
            ++counts_.itemsFailed;
            break;
        }
        if (outcome.problem) {
            if (Status recorded = recordError(outcome, *outcome.problem); !recorded) return recorded;
            if (outcome.uncertainValues > 0) {
                const Notice uncertain{NoticeId::FlyerUncertainValues, {std::to_string(outcome.uncertainValues)}};
                if (Status recorded = recordError(outcome, uncertain); !recorded) return recorded;
            }
        }
        if (onOutcome_) onOutcome_(outcome);
        return runs_.updateCounts(summary_.runId, counts_);
    }

    Result<FlyerFolderSummary> finish(bool cancelled) {
        summary_.cancelled = cancelled;
        Result<db::ImportRunRecord> finished =
            runs_.finish(summary_.runId, cancelled ? db::ImportRunStatus::Cancelled : db::ImportRunStatus::Finished, counts_,
                         cancelled ? "cancelled by the user" : "");
        if (!finished) return finished.error();
        return summary_;
    }

    Error fail(const Error& error) {
        if (Result<db::ImportRunRecord> marked = runs_.finish(summary_.runId, db::ImportRunStatus::Failed, counts_, error.message);
            !marked) {
            return Error{error.code, error.message + " (the import run could not be marked failed: " + marked.error().message + ")"};
        }
        return error;
    }

private:
    Status recordError(const FlyerFileOutcome& outcome, const Notice& notice) {
        Result<db::ImportErrorRecord> recorded = runs_.recordError(summary_.runId, pathText(outcome.file), std::nullopt, notice);
        if (!recorded) return recorded.error();
        return Ok{};
    }

    db::ImportRunRepository runs_;
    const FlyerActions::OutcomeCallback& onOutcome_;
    db::ImportCounts counts_;
    FlyerFolderSummary summary_;
};

FlyerFileOutcome outcomeOf(FlyerFileOutcome::Kind kind, const std::filesystem::path& file, std::optional<Notice> problem = {}) {
    FlyerFileOutcome outcome;
    outcome.kind = kind;
    outcome.file = file;
    outcome.problem = std::move(problem);
    return outcome;
}

FlyerFileOutcome failedOutcome(const std::filesystem::path& file, const Error& error) {
    return outcomeOf(FlyerFileOutcome::Kind::Failed, file, failureNotice(error));
}

// Reads one flyer (faces and text) and stores it as a candidate; a database failure is returned
// as an error (the run stops), anything wrong with the file becomes a Failed outcome.
struct FlyerFolderImporter {
    FacePipeline& pipeline;
    ocr::FlyerTextRecognizer& recognizer;
    FlyerRecordWriter& writer;
    db::CandidateRepository& candidates;
    GalleryIndex* gallery;
    const ocr::FlyerParseOptions& parsing;

    Result<FlyerFileOutcome> importFlyer(const std::filesystem::path& file) {
        Result<std::string> digest = sha256OfFile(file);
        if (!digest) return failedOutcome(file, digest.error());
        Result<std::optional<db::CandidateRecord>> existing =
            candidates.findBySourceReference(db::CandidateSource::Flyer, flyerExternalRef(digest.value()));
        if (!existing) return existing.error();
        if (existing.value()) {
            FlyerFileOutcome skipped = outcomeOf(FlyerFileOutcome::Kind::Skipped, file);
            skipped.candidateId = existing.value()->id;
            return skipped;
        }
        Result<DecodedImage> decoded = pipeline.decoder().decodeFile(file);
        if (!decoded) return failedOutcome(file, decoded.error());
        Result<ocr::OcrReading> reading = recognizer.recognize(decoded.value().image);
        if (!reading) return failedOutcome(file, reading.error());
        return store(file, digest.value(), ocr::parseFlyerReading(reading.value(), parsing));
    }

    Result<FlyerFileOutcome> store(const std::filesystem::path& file, const std::string& digest, const ocr::FlyerFields& fields) {
        FlyerDraft draft = makeFlyerDraft(fields, UncertainFields::MoveToNotes);
        draft.flyerFileName = file.filename().string();
        Result<FlyerSaveResult> saved = writer.saveAsCandidate(file, draft, FacePick::largest(), digest, gallery, std::nullopt);
        if (!saved) {
            if (saved.error().code == ErrorCode::Database) return saved.error();
            return failedOutcome(file, saved.error());
        }
        const bool withFace = saved.value().keptFace.has_value();
        FlyerFileOutcome outcome = withFace ? outcomeOf(FlyerFileOutcome::Kind::Imported, file)
                                            : outcomeOf(FlyerFileOutcome::Kind::ImportedWithoutFace, file,
                                                        Notice{NoticeId::FlyerWithoutFace, {}});
        outcome.candidateId = saved.value().recordId;
        outcome.uncertainValues = ocr::countNeedingCheck(fields);
        outcome.name = draft.givenNames.empty() && draft.familyName.empty() ? std::string() : fields.name.value;
        return outcome;
    }
};

}  // namespace

Result<std::unique_ptr<FacePipeline>> FlyerActions::pipelineClone() {
    Result<std::shared_ptr<const FacePipeline>> prototype = session_.engine().pipeline();
    if (!prototype) return prototype.error();
    return prototype.value()->clone();
}

Result<FlyerSaveResult> FlyerActions::saveAsCase(const FlyerSaveRequest& request) {
    if (Status allowed = session_.authorize(Permission::ImportFlyers); !allowed) return allowed.error();
    Result<std::unique_ptr<FacePipeline>> pipeline = pipelineClone();
    if (!pipeline) return pipeline.error();
    FlyerRecordWriter writer(session_.database(), *pipeline.value(), session_.photoStore(), session_.userName());
    const Actor& actor = session_.actor();
    const std::optional<std::int64_t> assignTo =
        actor.role == Role::Analyst ? std::optional<std::int64_t>(actor.accountId) : std::nullopt;
    Result<FlyerSaveResult> saved =
        session_.recorded(writer.saveAsCase(request.flyer, request.draft, request.pick, assignTo), [](const FlyerSaveResult& done) {
            return AuditEvent{"import.flyer", done.recordId, {{"case", std::to_string(done.recordId)}}, {{"saved_as", "case"}}};
        });
    if (saved) session_.changed(RecordKind::Case, saved.value().recordId, saved.value().recordId);
    return saved;
}

Result<FlyerSaveResult> FlyerActions::saveAsCandidate(const FlyerSaveRequest& request) {
    if (Status allowed = session_.authorize(Permission::ImportFlyers); !allowed) return allowed.error();
    Result<std::unique_ptr<FacePipeline>> pipeline = pipelineClone();
    if (!pipeline) return pipeline.error();
    Result<std::string> digest = sha256OfFile(request.flyer);
    if (!digest) return digest.error();
    FlyerRecordWriter writer(session_.database(), *pipeline.value(), session_.photoStore(), session_.userName());
    const std::shared_ptr<GalleryIndex> gallery = session_.engine().loadedGalleryOf(session_.database());
    Result<FlyerSaveResult> saved = session_.recorded(
        writer.saveAsCandidate(request.flyer, request.draft, request.pick, digest.value(), gallery.get()), [](const FlyerSaveResult& done) {
            return AuditEvent{"import.flyer", std::nullopt, {{"candidate", std::to_string(done.recordId)}}, {{"saved_as", "candidate"}}};
        });
    if (saved) {
        session_.engine().updateEstimatedBirthYears(session_.database());
        session_.changed(RecordKind::Candidate, saved.value().recordId);
    }
    return saved;
}

Result<FlyerFolderSummary> FlyerActions::importFolder(const std::filesystem::path& folder, const ocr::FlyerParseOptions& parsing,
                                                      const OutcomeCallback& onOutcome, const ProgressCallback& onProgress,
                                                      const CancellationToken& cancel) {
    if (Status allowed = session_.authorize(Permission::ImportFlyers); !allowed) return allowed.error();
    Result<std::vector<std::filesystem::path>> files = listPhotoFilesRecursively(folder);
    if (!files) return files.error();
    Result<std::unique_ptr<FacePipeline>> pipeline = pipelineClone();
    if (!pipeline) return pipeline.error();
    Result<std::unique_ptr<ocr::FlyerTextRecognizer>> recognizer = ocr::FlyerTextRecognizer::create();
    if (!recognizer) return recognizer.error();
    FlyerFolderRun run(session_.database(), onOutcome);
    if (Status started = run.start(folder, session_.userName()); !started) return started.error();

    FlyerRecordWriter writer(session_.database(), *pipeline.value(), session_.photoStore(), session_.userName());
    db::CandidateRepository candidates(session_.database());
    const std::shared_ptr<GalleryIndex> gallery = session_.engine().loadedGalleryOf(session_.database());
    FlyerFolderImporter importer{*pipeline.value(), *recognizer.value(), writer, candidates, gallery.get(), parsing};
    Progress progress;
    progress.total = files.value().size();
    for (const std::filesystem::path& file : files.value()) {
        if (cancel.isCancelled()) break;
        Result<FlyerFileOutcome> outcome = importer.importFlyer(file);
        if (!outcome) return run.fail(outcome.error());
        if (outcome.value().candidateId > 0 && outcome.value().kind != FlyerFileOutcome::Kind::Skipped) {
            session_.changed(RecordKind::Candidate, outcome.value().candidateId);
        }
        if (Status reported = run.report(outcome.value()); !reported) return run.fail(reported.error());
        ++progress.processed;
        progress.saved = progress.processed;
        if (onProgress) onProgress(progress);
    }
    Result<FlyerFolderSummary> summary =
        session_.recorded(run.finish(cancel.isCancelled() && progress.processed < progress.total), [&](const FlyerFolderSummary& done) {
            return AuditEvent{"import.flyer-folder", std::nullopt, {{"import_run", std::to_string(done.runId)}},
                              {{"folder", folder.string()}, {"imported", std::to_string(done.imported)}}};
        });
    session_.engine().updateEstimatedBirthYears(session_.database());
    if (summary) session_.changed(RecordKind::ImportRun, summary.value().runId);
    return summary;
}

}  // namespace reunite::workflows
