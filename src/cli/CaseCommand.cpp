#include <iostream>

#include "cli/JsonOutput.h"
#include "cli/CliCommon.h"
#include "cli/CommandSession.h"
#include "cli/CaseLookup.h"
#include "cli/Commands.h"
#include "cli/RecordJson.h"
#include "domain/IsoDateTime.h"
#include "workflows/accounts/AccountActions.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/photos/PhotoActions.h"
#include "workflows/relatives/RelativeActions.h"

namespace reunite::cli {
namespace {

using workflows::Session;

// The editable fields given on the command line, over `record`.
Status applyCaseFields(const Arguments& args, db::CaseRecord& record) {
    if (auto v = args.value("given-names")) record.givenNames = *v;
    if (auto v = args.value("family-name")) record.familyName = *v;
    if (auto sex = args.value("sex")) {
        const auto parsed = parseSex(*sex);
        if (!parsed) return makeError(ErrorCode::InvalidArgument, "--sex must be F, M or U");
        record.sex = *parsed;
    }
    if (auto v = args.value("birth-date")) record.birthDate = *v;
    if (auto v = args.value("last-seen-date")) record.lastSeenDate = *v;
    if (auto v = args.value("last-seen-place")) record.lastSeenPlace = *v;
    if (auto v = args.value("description")) record.description = *v;
    if (auto v = args.value("marks")) record.distinguishingMarks = *v;
    if (auto v = args.value("contact")) record.contact = *v;
    if (auto status = args.value("status")) {
        const auto parsed = db::parseCaseStatus(*status);
        if (!parsed) return makeError(ErrorCode::InvalidArgument, "--status must be open, found or closed");
        record.status = *parsed;
    }
    return Ok{};
}

int createCase(const Arguments& args, Session& session) {
    db::CaseRecord record;
    record.caseNumber = args.value("number").value_or("");
    if (record.caseNumber.empty()) return usageError("case create needs --number");
    if (Status fields = applyCaseFields(args, record); !fields) return fail(fields.error());
    Result<db::CaseRecord> created = workflows::CaseActions(session).create(record);
    if (!created) return fail(created.error());
    return printJson(caseToJson(created.value()));
}

int editCase(const Arguments& args, Session& session) {
    Result<db::CaseRecord> record = caseNamed(session, args.value("case"));
    if (!record) return fail(record.error());
    if (auto number = args.value("number")) record.value().caseNumber = *number;
    if (Status fields = applyCaseFields(args, record.value()); !fields) return fail(fields.error());
    Result<db::CaseRecord> updated = workflows::CaseActions(session).update(record.value());
    if (!updated) return fail(updated.error());
    return printJson(caseToJson(updated.value()));
}

int addRelative(const Arguments& args, Session& session) {
    Result<db::CaseRecord> theCase = caseNamed(session, args.value("case"));
    if (!theCase) return fail(theCase.error());
    db::RelativeRecord relative;
    relative.caseId = theCase.value().id;
    const auto relation = db::parseRelation(args.value("relation").value_or(""));
    if (!relation) return usageError("--relation must be mother, father, sibling or other");
    relative.relation = *relation;
    relative.givenNames = args.value("given-names").value_or("");
    relative.familyName = args.value("family-name").value_or("");
    if (auto sex = args.value("sex")) {
        const auto parsed = parseSex(*sex);
        if (!parsed) return usageError("--sex must be F, M or U");
        relative.sex = *parsed;
    }
    relative.birthDate = args.value("birth-date");
    relative.notes = args.value("notes").value_or("");
    Result<db::RelativeRecord> added = workflows::RelativeActions(session).add(relative);
    if (!added) return fail(added.error());
    return printJson({{"relative_id", added.value().id}, {"case", theCase.value().caseNumber}});
}

Result<PhotoToAttach> photoRequest(const Arguments& args, Session& session, const db::CaseRecord& theCase) {
    PhotoToAttach request;
    request.owner = db::PhotoOwner::ofCase(theCase.id);
    Result<std::optional<std::int64_t>> relative = args.integer("relative", 1, INT64_MAX);
    if (!relative) return relative.error();
    if (relative.value()) {
        Result<db::RelativeRecord> found = workflows::RelativeActions(session).get(*relative.value());
        if (!found || found.value().caseId != theCase.id) {
            return makeError(ErrorCode::InvalidArgument, "relative " + std::to_string(*relative.value()) + " is not a relative of case " +
                                                             theCase.caseNumber);
        }
        request.owner = db::PhotoOwner::ofRelative(*relative.value());
    }
    Result<std::optional<double>> age = args.number("age", 0, 129.99);
    if (!age) return age.error();
    request.ageAtPhotoYears = age.value();
    if (auto date = args.value("photo-date")) {
        if (!isIsoDate(*date)) return makeError(ErrorCode::InvalidArgument, "--photo-date must be YYYY-MM-DD");
        request.captureDate = *date;
    }
    return request;
}

int addPhotos(const Arguments& args, Session& session) {
    if (args.positional().size() < 2) return usageError("usage: case add-photo --case NUMBER [--age YEARS] [--relative ID] FILE...");
    Result<db::CaseRecord> theCase = caseNamed(session, args.value("case"));
    if (!theCase) return fail(theCase.error());
    Result<PhotoToAttach> request = photoRequest(args, session, theCase.value());
    if (!request) return fail(request.error());
    workflows::PhotoActions photos(session);
    int exitCode = ExitOk;
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 1; i < args.positional().size(); ++i) {
        request.value().file = args.positional()[i];
        Result<AttachedPhoto> attached = photos.attach(request.value());
        if (!attached) {
            std::cerr << "reunite-cli: error: " << attached.error().message << "\n";
            out.push_back({{"file", request.value().file.string()}, {"error", attached.error().message}});
            exitCode = std::max(exitCode, exitCodeFor(attached.error()));
            continue;
        }
        nlohmann::json faces = nlohmann::json::array();
        for (const FaceRecord& face : attached.value().detected) faces.push_back(faceToJson(face, false, false));
        out.push_back({{"file", request.value().file.string()}, {"photo_id", attached.value().photo.id}, {"faces", faces}});
        if (attached.value().detected.empty()) std::cerr << "warning: no face found in " << request.value().file.string() << "\n";
    }
    return printJson(out, exitCode);
}

int listCases(Session& session) {
    Result<std::vector<db::CaseRecord>> all = workflows::CaseActions(session).list();
    if (!all) return fail(all.error());
    nlohmann::json out = nlohmann::json::array();
    for (const db::CaseRecord& c : all.value()) out.push_back(caseToJson(c));
    return printJson(out);
}

int showCase(const Arguments& args, Session& session) {
    Result<db::CaseRecord> theCase = caseNamed(session, args.value("case"));
    if (!theCase) return fail(theCase.error());
    Result<workflows::CaseFile> file = workflows::CaseActions(session).open(theCase.value().id);
    if (!file) return fail(file.error());
    return printJson(caseFileToJson(file.value()));
}

// case assign --case N --to ACCOUNT|none
int assignCase(const Arguments& args, Session& session) {
    const std::optional<std::string> to = args.value("to");
    if (!to) return usageError("case assign needs --to ACCOUNT (or --to none)");
    Result<db::CaseRecord> record = caseNamed(session, args.value("case"));
    if (!record) return fail(record.error());
    std::optional<std::int64_t> accountId;
    if (*to != "none") {
        Result<std::int64_t> id = workflows::AccountActions(session).idOf(*to);
        if (!id) return fail(id.error());
        accountId = id.value();
    }
    Result<db::CaseRecord> assigned = workflows::CaseActions(session).assign(record.value().id, accountId);
    if (!assigned) return fail(assigned.error());
    return printJson(caseToJson(assigned.value()));
}

}  // namespace

// reunite-cli case create|edit|add-photo|add-relative|list|show [--db PATH] [--user NAME] ...
int runCaseCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {},
                         {"db", "user", "number", "given-names", "family-name", "sex", "birth-date", "last-seen-date",
                          "last-seen-place", "description", "marks", "contact", "status", "case", "age", "relative", "relation",
                          "photo-date", "notes", "to"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().empty()) return usageError("usage: case create|edit|add-photo|add-relative|list|show|assign ...");
    const std::string& action = args.positional()[0];
    if (action != "create" && action != "edit" && action != "add-photo" && action != "add-relative" && action != "list" &&
        action != "show" && action != "assign") {
        return usageError("unknown case action '" + action + "'");
    }
    Result<std::unique_ptr<CommandSession>> opened = CommandSession::open(args);
    if (!opened) return fail(opened.error());
    Session& session = opened.value()->session();
    if (action == "create") return createCase(args, session);
    if (action == "edit") return editCase(args, session);
    if (action == "add-photo") return addPhotos(args, session);
    if (action == "add-relative") return addRelative(args, session);
    if (action == "list") return listCases(session);
    if (action == "assign") return assignCase(args, session);
    return showCase(args, session);
}

}  // namespace reunite::cli
