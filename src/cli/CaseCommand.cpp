#include <iostream>

#include "db/repositories/CaseRepository.h"
#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "cli/DatabaseOpener.h"
#include "db/repositories/FaceRepository.h"
#include "workflows/gallery/ImportManifest.h"
#include "workflows/photos/PhotoAttacher.h"
#include "db/repositories/PhotoRepository.h"
#include "cli/PipelineLoader.h"
#include "db/repositories/RelativeRepository.h"

namespace reunite::cli {
namespace {

nlohmann::json caseToJson(const db::CaseRecord& c) {
    auto optional = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    return {{"id", c.id},
            {"case_number", c.caseNumber},
            {"given_names", c.givenNames},
            {"family_name", c.familyName},
            {"sex", std::string(db::toDatabaseText(c.sex))},
            {"birth_date", optional(c.birthDate)},
            {"last_seen_date", optional(c.lastSeenDate)},
            {"last_seen_place", c.lastSeenPlace},
            {"description", c.description},
            {"distinguishing_marks", c.distinguishingMarks},
            {"status", std::string(db::toDatabaseText(c.status))}};
}

Result<db::CaseRecord> findCase(db::Database& database, const std::optional<std::string>& number) {
    if (!number) return makeError(ErrorCode::InvalidArgument, "--case NUMBER is required");
    db::CaseRepository cases(database);
    auto found = cases.findByCaseNumber(*number);
    if (!found) return found.error();
    if (!found.value()) return makeError(ErrorCode::NotFound, "no case numbered " + *number);
    return *found.value();
}

int createCase(const Arguments& args, db::Database& database) {
    db::CaseRecord record;
    record.caseNumber = args.value("number").value_or("");
    if (record.caseNumber.empty()) return usageError("case create needs --number");
    record.givenNames = args.value("given-names").value_or("");
    record.familyName = args.value("family-name").value_or("");
    if (auto sex = args.value("sex")) {
        auto parsed = db::parseSex(*sex);
        if (!parsed) return usageError("--sex must be F, M or U");
        record.sex = *parsed;
    }
    record.birthDate = args.value("birth-date");
    record.lastSeenDate = args.value("last-seen-date");
    record.lastSeenPlace = args.value("last-seen-place").value_or("");
    record.description = args.value("description").value_or("");
    record.distinguishingMarks = args.value("marks").value_or("");
    db::CaseRepository cases(database);
    auto created = cases.create(record, currentUserName());
    if (!created) return fail(created.error());
    std::cout << caseToJson(created.value()).dump(2) << "\n";
    return ExitOk;
}

int addRelative(const Arguments& args, db::Database& database) {
    auto theCase = findCase(database, args.value("case"));
    if (!theCase) return fail(theCase.error());
    db::RelativeRecord relative;
    relative.caseId = theCase.value().id;
    auto relation = db::parseRelation(args.value("relation").value_or(""));
    if (!relation) return usageError("--relation must be mother, father, sibling or other");
    relative.relation = *relation;
    relative.givenNames = args.value("given-names").value_or("");
    relative.familyName = args.value("family-name").value_or("");
    if (auto sex = args.value("sex")) relative.sex = db::parseSex(*sex).value_or(db::Sex::Unknown);
    relative.birthDate = args.value("birth-date");
    db::RelativeRepository relatives(database);
    auto added = relatives.add(relative, currentUserName());
    if (!added) return fail(added.error());
    std::cout << nlohmann::json{{"relative_id", added.value().id}, {"case", theCase.value().caseNumber}}.dump(2) << "\n";
    return ExitOk;
}

int addPhotos(const Arguments& args, db::Database& database) {
    auto theCase = findCase(database, args.value("case"));
    if (!theCase) return fail(theCase.error());
    if (args.positional().size() < 2) return usageError("usage: case add-photo --case NUMBER [--age YEARS] [--relative ID] FILE...");
    auto pipeline = loadPipeline(true);
    if (!pipeline) return fail(pipeline.error());
    PhotoToAttach request;
    request.owner = db::PhotoOwner::ofCase(theCase.value().id);
    if (auto relative = args.value("relative")) request.owner = db::PhotoOwner::ofRelative(std::stoll(*relative));
    if (auto age = args.value("age")) request.ageAtPhotoYears = std::stod(*age);
    if (auto date = args.value("photo-date")) {
        if (!isValidIsoDate(*date)) return usageError("--photo-date must be YYYY-MM-DD");
        request.captureDate = *date;
    }
    int exitCode = ExitOk;
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 1; i < args.positional().size(); ++i) {
        request.file = args.positional()[i];
        auto attached = attachPhoto(database, *pipeline.value(), PhotoStore::besideDatabase(database.path()), request,
                                    currentUserName());
        if (!attached) {
            std::cerr << "reunite-cli: error: " << attached.error().message << "\n";
            out.push_back({{"file", request.file.string()}, {"error", attached.error().message}});
            exitCode = std::max(exitCode, exitCodeFor(attached.error()));
            continue;
        }
        nlohmann::json faces = nlohmann::json::array();
        for (const FaceRecord& face : attached.value().detected) faces.push_back(faceToJson(face, false, false));
        out.push_back({{"file", request.file.string()}, {"photo_id", attached.value().photo.id}, {"faces", faces}});
        if (attached.value().detected.empty()) std::cerr << "warning: no face found in " << request.file.string() << "\n";
    }
    std::cout << out.dump(2) << "\n";
    return exitCode;
}

int listCases(db::Database& database) {
    db::CaseRepository cases(database);
    auto all = cases.list();
    if (!all) return fail(all.error());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : all.value()) out.push_back(caseToJson(c));
    std::cout << out.dump(2) << "\n";
    return ExitOk;
}

int showCase(const Arguments& args, db::Database& database) {
    auto theCase = findCase(database, args.value("case"));
    if (!theCase) return fail(theCase.error());
    nlohmann::json out = caseToJson(theCase.value());
    db::PhotoRepository photos(database);
    db::FaceRepository faces(database);
    auto list = photos.listByOwner(db::PhotoOwner::ofCase(theCase.value().id));
    if (!list) return fail(list.error());
    out["photos"] = nlohmann::json::array();
    for (const auto& photo : list.value()) {
        auto photoFaces = faces.listByPhoto(photo.id);
        out["photos"].push_back({{"id", photo.id},
                                 {"file", photo.originalFileName},
                                 {"age_at_photo", photo.ageAtPhotoYears ? nlohmann::json(*photo.ageAtPhotoYears) : nlohmann::json()},
                                 {"faces", photoFaces ? photoFaces.value().size() : 0}});
    }
    db::RelativeRepository relatives(database);
    auto family = relatives.listForCase(theCase.value().id);
    if (!family) return fail(family.error());
    out["relatives"] = nlohmann::json::array();
    for (const auto& r : family.value()) {
        out["relatives"].push_back({{"id", r.id}, {"relation", std::string(db::toDatabaseText(r.relation))},
                                    {"given_names", r.givenNames}, {"family_name", r.familyName}});
    }
    std::cout << out.dump(2) << "\n";
    return ExitOk;
}

}  // namespace

// reunite-cli case create|add-photo|add-relative|list|show [--db PATH] ...
int runCaseCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {},
                         {"db", "number", "given-names", "family-name", "sex", "birth-date", "last-seen-date",
                          "last-seen-place", "description", "marks", "case", "age", "relative", "relation", "photo-date"});
    if (!args.valid()) return usageError(args.error());
    if (args.positional().empty()) return usageError("usage: case create|add-photo|add-relative|list|show ...");
    auto database = openDatabase(args.value("db"));
    if (!database) return fail(database.error());
    const std::string& action = args.positional()[0];
    if (action == "create") return createCase(args, *database.value());
    if (action == "add-photo") return addPhotos(args, *database.value());
    if (action == "add-relative") return addRelative(args, *database.value());
    if (action == "list") return listCases(*database.value());
    if (action == "show") return showCase(args, *database.value());
    return usageError("unknown case action '" + action + "'");
}

}  // namespace reunite::cli
