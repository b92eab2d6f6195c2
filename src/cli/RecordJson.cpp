#include "cli/RecordJson.h"

namespace reunite::cli {
namespace {

std::vector<std::string> noticeTexts(const std::vector<Notice>& notices) {
    std::vector<std::string> texts;
    for (const Notice& notice : notices) texts.push_back(noticeText(notice));
    return texts;
}

nlohmann::json optionalText(const std::optional<std::string>& value) { return value ? nlohmann::json(*value) : nlohmann::json(); }

template <typename T>
nlohmann::json optionalNumber(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json photoToJson(const workflows::PhotoWithFaces& entry) {
    return {{"id", entry.photo.id},
            {"file", entry.photo.originalFileName},
            {"age_at_photo", optionalNumber(entry.photo.ageAtPhotoYears)},
            {"capture_date", optionalText(entry.photo.captureDate)},
            {"faces", entry.faces.size()}};
}

std::string birthYearText(const db::CandidateRecord& c) {
    if (!c.birthYear) return "";
    return (c.birthYearIsEstimate ? "~" : "") + std::to_string(*c.birthYear);
}

nlohmann::json leadToJson(const workflows::Lead& lead) {
    const db::CandidateRecord& c = lead.candidate;
    nlohmann::json out{{"rank", lead.row.rank},
                       {"candidate_id", lead.row.candidateId},
                       {"score", lead.row.score},
                       {"given_names", c.givenNames},
                       {"family_name", c.familyName},
                       {"sex", std::string(db::toDatabaseText(c.sex))},
                       {"birth_year", birthYearText(c)},
                       {"region", c.region},
                       {"source", std::string(db::toDatabaseText(c.source))},
                       {"reference", c.externalRef},
                       {"best_face_id", optionalNumber(lead.row.bestFaceId)},
                       {"breakdown", nlohmann::json::parse(lead.row.breakdownJson, nullptr, false)}};
    out["decision"] = lead.decision ? nlohmann::json(std::string(db::toDatabaseText(lead.decision->decision))) : nlohmann::json();
    // The birth years the face looks (what the filter used where no birth year is known).
    const BirthYearRange& looks = lead.estimatedBirthYears;
    out["estimated_birth_years"] = looks.known() ? nlohmann::json::array({looks.fromYear, looks.toYear}) : nlohmann::json();
    return out;
}

}  // namespace

nlohmann::json caseToJson(const db::CaseRecord& c) {
    return {{"id", c.id},
            {"case_number", c.caseNumber},
            {"given_names", c.givenNames},
            {"family_name", c.familyName},
            {"sex", std::string(db::toDatabaseText(c.sex))},
            {"birth_date", optionalText(c.birthDate)},
            {"last_seen_date", optionalText(c.lastSeenDate)},
            {"last_seen_place", c.lastSeenPlace},
            {"description", c.description},
            {"distinguishing_marks", c.distinguishingMarks},
            {"contact", c.contact},
            {"status", std::string(db::toDatabaseText(c.status))},
            {"assigned_to", c.assignedTo ? nlohmann::json(*c.assignedTo) : nlohmann::json()}};
}

nlohmann::json relativeToJson(const db::RelativeRecord& r) {
    return {{"id", r.id},
            {"relation", std::string(db::toDatabaseText(r.relation))},
            {"given_names", r.givenNames},
            {"family_name", r.familyName},
            {"sex", std::string(db::toDatabaseText(r.sex))},
            {"birth_date", optionalText(r.birthDate)},
            {"notes", r.notes}};
}

nlohmann::json caseFileToJson(const workflows::CaseFile& file) {
    nlohmann::json out = caseToJson(file.record);
    out["photos"] = nlohmann::json::array();
    for (const auto& photo : file.photos) out["photos"].push_back(photoToJson(photo));
    out["relatives"] = nlohmann::json::array();
    for (const auto& relative : file.relatives) {
        nlohmann::json entry = relativeToJson(relative.relative);
        entry["photos"] = nlohmann::json::array();
        for (const auto& photo : relative.photos) entry["photos"].push_back(photoToJson(photo));
        out["relatives"].push_back(entry);
    }
    return out;
}

nlohmann::json decisionToJson(const db::ReviewDecisionRecord& d) {
    return {{"decision_id", d.id},
            {"candidate_id", d.candidateId},
            {"decision", std::string(db::toDatabaseText(d.decision))},
            {"note", d.note},
            {"search_run", optionalNumber(d.searchRunId)},
            {"decided_by", d.decidedBy},
            {"decided_at", d.decidedAt}};
}

nlohmann::json rankedLeadsToJson(const workflows::RankedLeads& leads, const std::string& caseNumber) {
    nlohmann::json rows = nlohmann::json::array();
    for (const workflows::Lead& lead : leads.leads) rows.push_back(leadToJson(lead));
    return {{"search_run", leads.run.id},
            {"case", caseNumber},
            {"run_by", leads.run.runBy},
            {"run_at", leads.run.runAt},
            {"gallery_faces_compared", leads.facesCompared},
            {"gallery_faces_loaded", leads.galleryFaces},
            {"candidates_eligible", leads.candidatesEligible},
            {"duration_ms", leads.run.durationMs},
            {"parameters", nlohmann::json::parse(leads.run.parametersJson, nullptr, false)},
            {"notes", noticeTexts(leads.notes)},
            {"note", "ranked investigative leads, never identifications; confirm by DNA"},
            {"results", rows}};
}

nlohmann::json importSummaryToJson(const ImportSummary& summary, const std::vector<db::ImportErrorRecord>& errors) {
    const db::ImportCounts& c = summary.counts;
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : errors) list.push_back({{"file", e.file}, {"row", optionalNumber(e.rowNumber)}, {"message", e.message}});
    return {{"import_run", summary.runId},
            {"status", summary.cancelled ? "cancelled" : "finished"},
            {"seen", c.itemsSeen},
            {"imported", c.itemsImported},
            {"skipped_already_stored", c.itemsSkipped},
            {"failed", c.itemsFailed},
            {"photos_added", c.photosAdded},
            {"faces_added", c.facesAdded},
            {"group_photos", summary.groupPhotos},
            {"group_photos_without_face_choice", summary.groupPhotosWithoutChoice},
            {"seconds", summary.seconds},
            {"faces_per_second", summary.seconds > 0 ? c.facesAdded / summary.seconds : 0.0},
            {"errors", list}};
}

}  // namespace reunite::cli
