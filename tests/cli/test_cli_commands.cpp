// reunite-cli end to end, every command: exit codes as the README documents them, the JSON each
// prints, --db isolation, and bad arguments (usage errors, exit 2) that change nothing.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "CliRunner.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/Statement.h"
#include "TestData.h"

using reunite::test::CliRun;
using reunite::test::runCliSignedIn;
using reunite::test::samplePhoto;
using reunite::test::TempFolder;

namespace {

constexpr int kOk = 0, kUsage = 2, kBadInput = 3, kNoFace = 4, kModelMissing = 5, kDatabase = 7;


nlohmann::json jsonOf(const CliRun& run) {
    INFO("stdout: " << run.out << "\nstderr: " << run.err);
    REQUIRE(nlohmann::json::accept(run.out));
    return nlohmann::json::parse(run.out);
}

CliRun cli(std::vector<std::string> arguments) { return runCliSignedIn(arguments, "cli-tester"); }

std::string gallery(const TempFolder& folder) {
    const std::filesystem::path dir = folder.file("gallery");
    std::filesystem::create_directories(dir);
    for (const char* name : {"messi5.jpg", "faceapi-sample3.jpg", "faceapi-sample6.jpg"}) {
        std::filesystem::copy_file(samplePhoto(name), dir / name, std::filesystem::copy_options::overwrite_existing);
    }
    return dir.string();
}

}  // namespace

TEST_CASE("help, no command and an unknown command", "[cli]") {
    const CliRun help = cli({"--help"});
    CHECK(help.exitCode == kOk);
    for (const char* command : {"faces", "compare", "import", "case", "search", "review", "backup", "check", "progress", "dna"}) {
        CHECK(help.out.find(command) != std::string::npos);
    }
    CHECK(cli({}).exitCode == kUsage);
    CHECK(cli({"frobnicate"}).exitCode == kUsage);
}

TEST_CASE("faces, compare and chip on sample photos", "[cli][engine]") {
    TempFolder folder("reunite-cli-engine");
    const CliRun faces = cli({"faces", samplePhoto("faceapi-sample1.jpg").string()});
    REQUIRE(faces.exitCode == kOk);
    const nlohmann::json found = jsonOf(faces);
    REQUIRE(found.is_array());
    REQUIRE(found.size() == 1);
    CHECK(found[0]["faces"].size() == 3);
    CHECK(found[0]["faces"][0].contains("box"));
    CHECK(found[0]["faces"][0].contains("quality"));
    CHECK(found[0]["faces"][0]["estimated_age"]["years"].get<double>() > 12);  // an adult
    CHECK(found[0]["faces"][0]["estimated_age"]["plus_minus"].get<double>() > 0);

    const CliRun missing = cli({"faces", folder.file("missing.jpg").string()});
    CHECK(missing.exitCode == kBadInput);
    CHECK(jsonOf(missing)[0].contains("error"));

    const CliRun compare = cli({"compare", samplePhoto("messi5.jpg").string(), samplePhoto("messi5.jpg").string()});
    REQUIRE(compare.exitCode == kOk);
    CHECK(jsonOf(compare)["distance"].get<double>() < 0.01);

    const std::filesystem::path blank = folder.write("blank.pgm", std::string("P5\n64 64\n255\n") + std::string(64 * 64, '\x80'));
    CHECK(cli({"compare", blank.string(), samplePhoto("messi5.jpg").string()}).exitCode == kNoFace);
    CHECK(cli({"compare", samplePhoto("messi5.jpg").string()}).exitCode == kUsage);

    const std::filesystem::path chip = folder.file("chip.ppm");
    REQUIRE(cli({"chip", samplePhoto("astronaut.png").string(), "--out", chip.string()}).exitCode == kOk);
    CHECK(std::filesystem::file_size(chip) > 150 * 150 * 3);
    CHECK(cli({"chip", samplePhoto("astronaut.png").string()}).exitCode == kUsage);
}

TEST_CASE("a case from import to search, review, backup and check", "[cli][database]") {
    TempFolder folder("reunite-cli-case");
    const std::string db = folder.file("cli.db").string();
    const CliRun imported = cli({"import", "--db", db, "--quiet", gallery(folder)});
    REQUIRE(imported.exitCode == kOk);
    const nlohmann::json summary = jsonOf(imported);
    CHECK(summary["imported"] == 3);
    CHECK(summary["status"] == "finished");
    CHECK(summary["errors"].empty());

    const CliRun created = cli({"case", "create", "--db", db, "--number", "CLI-1", "--given-names", "Leo", "--sex", "M"});
    REQUIRE(created.exitCode == kOk);
    CHECK(jsonOf(created)["case_number"] == "CLI-1");
    const CliRun edited = cli({"case", "edit", "--db", db, "--case", "CLI-1", "--last-seen-place", "Old harbour"});
    REQUIRE(edited.exitCode == kOk);
    CHECK(jsonOf(edited)["last_seen_place"] == "Old harbour");
    CHECK(jsonOf(edited)["given_names"] == "Leo");  // only the fields given change
    const CliRun contact = cli({"case", "edit", "--db", db, "--case", "CLI-1", "--contact", "Family: 555-0199"});
    REQUIRE(contact.exitCode == kOk);
    CHECK(jsonOf(contact)["contact"] == "Family: 555-0199");

    const CliRun photo = cli({"case", "add-photo", "--db", db, "--case", "CLI-1", "--age", "30", samplePhoto("messi5.jpg").string()});
    REQUIRE(photo.exitCode == kOk);
    CHECK(jsonOf(photo)[0]["faces"].size() == 1);
    const CliRun relative = cli({"case", "add-relative", "--db", db, "--case", "CLI-1", "--relation", "mother", "--given-names", "Ana"});
    REQUIRE(relative.exitCode == kOk);

    const CliRun search = cli({"search", "--db", db, "--case", "CLI-1", "--any-sex"});
    REQUIRE(search.exitCode == kOk);
    const nlohmann::json ranked = jsonOf(search);
    REQUIRE(ranked["results"].size() == static_cast<std::size_t>(summary["faces_added"].get<int>()));  // one face each
    CHECK(ranked["results"][0]["reference"] == "messi5");
    CHECK(ranked["results"][0]["breakdown"].contains("components"));
    // The gallery's records have no birth year: each lead gives the birth years its face looks.
    REQUIRE(ranked["results"][0]["estimated_birth_years"].size() == 2);
    CHECK(ranked["results"][0]["estimated_birth_years"][0].get<int>() < ranked["results"][0]["estimated_birth_years"][1].get<int>());
    CHECK(ranked["parameters"]["use_estimated_birth_years"] == true);
    const CliRun unestimated = cli({"search", "--db", db, "--case", "CLI-1", "--any-sex", "--no-estimated-birth-years"});
    REQUIRE(unestimated.exitCode == kOk);
    CHECK(jsonOf(unestimated)["parameters"]["use_estimated_birth_years"] == false);
    CHECK(ranked["run_by"] == "cli-tester");
    CHECK(ranked["note"].get<std::string>().find("never identifications") != std::string::npos);
    const CliRun csv = cli({"search", "--db", db, "--case", "CLI-1", "--any-sex", "--format", "csv"});
    REQUIRE(csv.exitCode == kOk);
    CHECK(csv.out.rfind("rank,candidate_id,score", 0) == 0);
    CHECK(csv.out.find(",birth_year,estimated_birth_years,region,") != std::string::npos);
    CHECK(csv.out.find(",log10_lr,lr_words\n") != std::string::npos);
    for (const nlohmann::json& result : ranked["results"]) {
        CHECK(result["breakdown"]["likelihood"]["identity_log10"].is_number());
        CHECK_FALSE(result["breakdown"]["likelihood"].contains("relatives"));  // the mother has no photo yet
    }

    // Issue 14: once the mother has a photo, it takes part in the search and its audit entry.
    const std::string mother = std::to_string(jsonOf(relative)["relative_id"].get<std::int64_t>());
    REQUIRE(cli({"case", "add-photo", "--db", db, "--case", "CLI-1", "--relative", mother, samplePhoto("faceapi-sample1.jpg").string()})
                .exitCode == kOk);
    const nlohmann::json withMother = jsonOf(cli({"search", "--db", db, "--case", "CLI-1", "--any-sex"}));
    REQUIRE(withMother["results"].size() == ranked["results"].size());
    for (const nlohmann::json& result : withMother["results"]) {
        const nlohmann::json& likelihood = result["breakdown"]["likelihood"];
        CHECK((likelihood.contains("relatives") || likelihood.contains("same_as_relative")));
    }
    const nlohmann::json trail = jsonOf(cli({"audit", "show", "--db", db, "--case", "CLI-1"}));
    std::vector<std::string> relativeDigests;
    for (const nlohmann::json& entry : trail) {
        if (entry["action"] == "search") relativeDigests.push_back(entry["parameters"]["relative_photos_sha256"]);
    }
    REQUIRE(relativeDigests.size() == 4);  // three searches before the mother's photo, one after
    CHECK(relativeDigests[0] == "none");
    CHECK(relativeDigests[2] == "none");
    CHECK(relativeDigests[3].size() == 64);

    // A case with no childhood photo is searched by its relatives' photos alone, and says so.
    REQUIRE(cli({"case", "create", "--db", db, "--number", "CLI-2", "--sex", "M"}).exitCode == kOk);
    CHECK(cli({"search", "--db", db, "--case", "CLI-2", "--any-sex"}).exitCode == kNoFace);
    const CliRun father = cli({"case", "add-relative", "--db", db, "--case", "CLI-2", "--relation", "father", "--given-names", "Tom"});
    REQUIRE(father.exitCode == kOk);
    REQUIRE(cli({"case", "add-photo", "--db", db, "--case", "CLI-2", "--relative",
                 std::to_string(jsonOf(father)["relative_id"].get<std::int64_t>()), samplePhoto("messi5.jpg").string()})
                .exitCode == kOk);
    const CliRun byRelatives = cli({"search", "--db", db, "--case", "CLI-2", "--any-sex"});
    REQUIRE(byRelatives.exitCode == kOk);
    CHECK(byRelatives.err.find("relatives' photos alone") != std::string::npos);
    const nlohmann::json relativesOnly = jsonOf(byRelatives);
    REQUIRE_FALSE(relativesOnly["results"].empty());
    CHECK(relativesOnly["results"][0]["breakdown"]["components"][0]["kind"] == "relative");
    CHECK(relativesOnly["results"][0]["breakdown"]["likelihood"]["identity_log10"].is_null());

    const std::string candidate = std::to_string(ranked["results"][1]["candidate_id"].get<std::int64_t>());
    REQUIRE(cli({"review", "--db", db, "--case", "CLI-1", "--candidate", candidate, "--decision", "kept", "--note", "same ears"}).exitCode == kOk);
    REQUIRE(cli({"review", "--db", db, "--case", "CLI-1", "--candidate", candidate, "--decision", "rejected", "--note", "DNA excluded"}).exitCode == kOk);
    const nlohmann::json history = jsonOf(cli({"review", "--db", db, "--case", "CLI-1", "--candidate", candidate, "--history"}));
    REQUIRE(history.size() == 2);
    CHECK(history[0]["decision"] == "kept");
    CHECK(history[1]["decided_by"] == "cli-tester");
    CHECK(jsonOf(cli({"search", "--db", db, "--case", "CLI-1", "--any-sex"}))["results"].size() == ranked["results"].size() - 1);  // rejected left out

    const nlohmann::json shown = jsonOf(cli({"case", "show", "--db", db, "--case", "CLI-1"}));
    CHECK(shown["photos"].size() == 1);
    CHECK(shown["relatives"].size() == 1);
    CHECK(jsonOf(cli({"case", "list", "--db", db})).size() == 2);

    const std::string copy = folder.file("copy.db").string();
    REQUIRE(cli({"backup", "--db", db, copy}).exitCode == kOk);
    CHECK(jsonOf(cli({"case", "list", "--db", copy})).size() == 2);
    const CliRun checked = cli({"check", "--db", db});
    CHECK(checked.exitCode == kOk);
    CHECK(checked.out.find(": ok") != std::string::npos);
}

TEST_CASE("the --db option keeps databases apart", "[cli][database]") {
    TempFolder folder("reunite-cli-isolation");
    const std::string first = folder.file("first.db").string(), second = folder.file("second.db").string();
    REQUIRE(cli({"case", "create", "--db", first, "--number", "ONLY-IN-FIRST"}).exitCode == kOk);
    CHECK(jsonOf(cli({"case", "list", "--db", first})).size() == 1);
    CHECK(jsonOf(cli({"case", "list", "--db", second})).empty());
}

TEST_CASE("bad arguments are usage errors and store nothing", "[cli][errors]") {
    TempFolder folder("reunite-cli-bad");
    const std::string db = folder.file("bad.db").string();
    REQUIRE(cli({"case", "create", "--db", db, "--number", "BAD-1"}).exitCode == kOk);
    const std::vector<std::vector<std::string>> usage{
        {"case", "create", "--db", db},
        {"case", "create", "--db", db, "--number", "BAD-2", "--sex", "X"},
        {"case", "frobnicate", "--db", db},
        {"case", "show", "--db", db, "--case", "NO-SUCH-CASE"},
        {"case", "add-photo", "--db", db, "--case", "BAD-1", "--age", "abc", samplePhoto("messi5.jpg").string()},
        {"case", "add-photo", "--db", db, "--case", "BAD-1", "--relative", "abc", samplePhoto("messi5.jpg").string()},
        {"review", "--db", db, "--case", "BAD-1", "--candidate", "abc", "--decision", "kept", "--note", "x"},
        {"review", "--db", db, "--case", "BAD-1", "--candidate", "1e20", "--decision", "kept", "--note", "x"},
        {"review", "--db", db, "--case", "BAD-1", "--candidate", "1", "--decision", "maybe", "--note", "x"},
        {"review", "--db", db, "--case", "BAD-1", "--candidate", "1", "--decision", "kept", "--note", "x", "--search-run", "abc"},
        {"search", "--db", db, "--case", "BAD-1", "--top", "-5"},
        {"search", "--db", db, "--case", "BAD-1", "--top", "0"},
        {"search", "--db", db, "--case", "BAD-1", "--top", "abc"},
        {"search", "--db", db, "--case", "BAD-1", "--top", "1e3"},
        {"search", "--db", db, "--case", "BAD-1", "--format", "xml"},
        {"search", "--db", db},
        {"import", "--db", db},
        {"import", "--db", db, "--source", "rumour", folder.path().string()},
        {"backup", "--db", db},
        {"check", "--db", db, "extra"},
        {"progress", samplePhoto("astronaut.png").string(), "--age", "6"},
        {"faces"},
        {"eval"},
    };
    for (const auto& arguments : usage) {
        std::string line;
        for (const auto& a : arguments) line += a + " ";
        INFO(line);
        const CliRun run = cli(arguments);
        CHECK(run.exitCode == kUsage);
        CHECK_FALSE(run.err.empty());
    }
    CHECK(jsonOf(cli({"case", "list", "--db", db})).size() == 1);
    CHECK(cli({"check", "--db", db}).exitCode == kOk);
}

TEST_CASE("a CSV manifest without the required columns is unusable input and imports nothing", "[cli][errors]") {
    TempFolder folder("reunite-cli-manifest");
    const std::string db = folder.file("manifest.db").string();
    const std::filesystem::path manifest = folder.file("people.csv");
    std::ofstream(manifest) << "photo,name\nmessi5.jpg,Lionel\n";
    const CliRun run = cli({"import", "--db", db, manifest.string()});
    INFO(run.err);
    CHECK(run.exitCode == kBadInput);
    CHECK(run.err.find("file and record_id") != std::string::npos);
    CHECK(cli({"check", "--db", db}).exitCode == kOk);
}

TEST_CASE("progress writes a marked PNG, model check, demo and builders answer", "[cli][age]") {
    TempFolder folder("reunite-cli-age");
    const std::string out = folder.file("aged.png").string();
    const CliRun progressed = cli({"progress", samplePhoto("astronaut.png").string(), "--age", "8", "--target", "30", "--out", out});
    REQUIRE(progressed.exitCode == kOk);
    CHECK(std::filesystem::file_size(out) > 1000);
    CHECK(cli({"check-models"}).exitCode == kOk);
    CHECK(cli({"demo", reunite::test::samplesDir().string()}).exitCode == kOk);
    CHECK(cli({"contact-sheet", "--lag", folder.file("no-such-set").string(), "--out", folder.file("sheet.png").string()}).exitCode == kBadInput);
    CHECK(cli({"build-cross-age-model", "--lag", folder.file("no-such-set").string(), "--out", folder.file("x.json").string()}).exitCode == kBadInput);
    CHECK(cli({"build-age-model", "--aaf", folder.file("no-aaf").string(), "--utkface", folder.file("no-utk").string(),
               "--out", folder.file("age").string()}).exitCode == kBadInput);
}

TEST_CASE("contact-sheet --samples makes one row per photo, at most --count", "[cli][age]") {
    TempFolder folder("reunite-cli-sheet");
    const std::filesystem::path photos = folder.file("photos");
    std::filesystem::create_directories(photos);
    for (const char* name : {"astronaut.png", "messi5.jpg"}) std::filesystem::copy_file(samplePhoto(name), photos / name);
    auto sheetHeight = [&](const std::vector<std::string>& extra) {
        const std::string out = folder.file("sheet-" + std::to_string(extra.size()) + ".png").string();
        std::vector<std::string> args{"contact-sheet", "--samples", photos.string(), "--out", out};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliRun run = cli(args);
        INFO(run.err);
        REQUIRE(run.exitCode == kOk);
        const cv::Mat sheet = cv::imread(out, cv::IMREAD_COLOR);
        REQUIRE_FALSE(sheet.empty());
        return sheet.rows;
    };
    const int both = sheetHeight({});
    const int one = sheetHeight({"--count", "1"});
    CHECK(one < both);
    CHECK(both - one > 100);  // a whole row less
}

TEST_CASE("text that is not UTF-8 is refused or made readable, and never breaks a later command", "[cli][errors]") {
    TempFolder folder("reunite-cli-utf8");
    const std::string db = folder.file("utf8.db").string();
    const CliRun refused = cli({"case", "create", "--db", db, "--number", "U-1", "--given-names", "Bad\xff" "Name"});
    CHECK(refused.exitCode == kUsage);
    CHECK_THAT(refused.err, Catch::Contains("given_names") && Catch::Contains("UTF-8"));
    const CliRun listed = cli({"case", "list", "--db", db});
    REQUIRE(listed.exitCode == kOk);
    CHECK(jsonOf(listed).empty());  // nothing was stored

    // A photo whose file name is in another encoding is kept, and its name printed readably.
    const std::filesystem::path latin1 = folder.file("latin1_\xe9\xe8_\xff.jpg");
    std::filesystem::copy_file(samplePhoto("messi5.jpg"), latin1);
    const CliRun faces = cli({"faces", samplePhoto("messi5.jpg").string(), latin1.string()});
    REQUIRE(faces.exitCode == kOk);
    const nlohmann::json items = jsonOf(faces);
    REQUIRE(items.size() == 2);
    CHECK(items[1]["file"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);

    REQUIRE(cli({"case", "create", "--db", db, "--number", "U-2"}).exitCode == kOk);
    REQUIRE(cli({"case", "add-photo", "--db", db, "--case", "U-2", latin1.string()}).exitCode == kOk);
    const CliRun shown = cli({"case", "show", "--db", db, "--case", "U-2"});
    REQUIRE(shown.exitCode == kOk);
    CHECK(jsonOf(shown)["photos"][0]["file"].get<std::string>().rfind("latin1_", 0) == 0);
    CHECK(cli({"case", "list", "--db", db}).exitCode == kOk);
}

// Issue 10 item 9: one byte of a stored gallery embedding changed behind the workstation's back.
// Before, `check` passed and the candidate dropped silently out of every search.
TEST_CASE("a damaged stored embedding is named by check and by every search that still runs", "[cli][database][errors]") {
    TempFolder folder("reunite-cli-damaged");
    const std::string db = folder.file("cli.db").string();
    REQUIRE(cli({"import", "--db", db, "--quiet", gallery(folder)}).exitCode == kOk);
    REQUIRE(cli({"case", "create", "--db", db, "--number", "DMG-1"}).exitCode == kOk);
    REQUIRE(cli({"case", "add-photo", "--db", db, "--case", "DMG-1", "--age", "30", samplePhoto("messi5.jpg").string()}).exitCode == kOk);
    const std::size_t leadsBefore = jsonOf(cli({"search", "--db", db, "--case", "DMG-1", "--any-sex"}))["results"].size();
    std::int64_t damagedFace = 0;
    {
        auto database = reunite::db::Database::open(db);
        REQUIRE(database);
        auto select = database.value()->prepare(
            "SELECT f.id, f.embedding FROM faces f JOIN photos p ON p.id = f.photo_id WHERE p.candidate_id IS NOT NULL ORDER BY f.id");
        REQUIRE(select);
        REQUIRE(select.value().step().value());
        damagedFace = select.value().columnInt64(0);
        const auto stored = select.value().columnBlob(1);
        std::vector<std::byte> changed(stored.begin(), stored.end());
        changed.at(40) ^= std::byte{0x01};
        auto update = database.value()->prepare("UPDATE faces SET embedding = ?1 WHERE id = ?2");
        REQUIRE(update);
        update.value().bindBlob(1, changed).bindInt64(2, damagedFace);
        REQUIRE(update.value().run());
    }
    const std::string faceText = "face " + std::to_string(damagedFace);

    const CliRun checked = cli({"check", "--db", db});
    CHECK(checked.exitCode == kDatabase);
    CHECK(checked.err.find(faceText) != std::string::npos);

    const CliRun search = cli({"search", "--db", db, "--case", "DMG-1", "--any-sex"});
    REQUIRE(search.exitCode == kOk);
    CHECK(search.err.find("damaged") != std::string::npos);
    CHECK(search.err.find(std::to_string(damagedFace)) != std::string::npos);
    CHECK(jsonOf(search)["results"].size() == leadsBefore - 1);
    CHECK(cli({"case", "list", "--db", db}).exitCode == kOk);
    CHECK(cli({"case", "show", "--db", db, "--case", "DMG-1"}).exitCode == kOk);
}

// Issue 10 item 3: rows of binary junk in a manifest (NUL, 0xFF, control characters, a broken
// quote) are row errors in the report; the good row is imported, and the database stays usable.
TEST_CASE("a manifest with rows of binary junk imports the good row and reports the rest", "[cli][errors]") {
    TempFolder folder("reunite-cli-junk");
    const std::string db = folder.file("junk.db").string();
    std::filesystem::copy_file(samplePhoto("messi5.jpg"), folder.file("messi5.jpg"));
    std::string manifest = "file,record_id,given_names,family_name\nmessi5.jpg,R-1,Leo,Sandoval\n";
    manifest += std::string("\xFF\x00\x01\x80\xFE,\n\x9C\",\xC3\x28\x7F\n", 15);
    manifest += std::string("\x00\x00\x00,\xFF\xFE,\x1B[31m\n", 13);
    const std::filesystem::path csv = folder.write("manifest.csv", manifest);

    const CliRun imported = cli({"import", "--db", db, "--quiet", csv.string()});
    REQUIRE(imported.exitCode == kOk);
    const nlohmann::json summary = jsonOf(imported);
    CHECK(summary["imported"] == 1);
    CHECK(summary["status"] == "finished");
    CHECK(summary["errors"].size() >= 2);
    for (const auto& error : summary["errors"]) CHECK(error["row"].get<int>() >= 2);
    CHECK(cli({"case", "list", "--db", db}).exitCode == kOk);
    CHECK(cli({"check", "--db", db}).exitCode == kOk);
    REQUIRE(cli({"case", "create", "--db", db, "--number", "J-1"}).exitCode == kOk);
    CHECK(cli({"case", "show", "--db", db, "--case", "J-1"}).exitCode == kOk);
}

// Issue 14 item 3: `eval kinship --model FILE` measures a shipped model on any family index
// (file,family,role) without fitting anything; a missing folder or model is a clear error.
TEST_CASE("eval kinship measures the shipped model on a family index", "[cli][kinship]") {
    TempFolder folder("reunite-cli-kinship");
    const std::vector<std::string> photos{"astronaut.png", "faceapi-sample1.jpg", "faceapi-sample3.jpg",
                                          "faceapi-sample6.jpg", "messi5.jpg", "faceapi-sample5.jpg"};
    for (const std::string& name : photos) std::filesystem::copy_file(samplePhoto(name), folder.file(name));
    const std::vector<std::pair<std::string, std::string>> roles{{"father", "son"}, {"mother", "daughter"},
                                                                 {"father", "daughter"}, {"mother", "son"}};
    std::ofstream index(folder.file("index.csv"));
    index << "file,family,role\n";
    for (std::size_t i = 0; i < 12; ++i) {
        index << photos[i % 6] << ",family" << i << "," << roles[i % 4].first << "\n";
        index << photos[(i + 1 + i / 6) % 6] << ",family" << i << "," << roles[i % 4].second << "\n";
    }
    index.close();
    const std::string model = std::string(REUNITE_SOURCE_DIR) + "/resources/kinship/kinship_model.json";

    const CliRun run = cli({"eval", "kinship", "--model", model, "--folds", "2", "--json", folder.path().string()});
    REQUIRE(run.exitCode == kOk);
    const nlohmann::json out = jsonOf(run);
    CHECK(out.at("model") == model);
    CHECK(out.at("photos") == 24);
    CHECK(out.at("related_pairs") == 12);
    const nlohmann::json& measured = out.at("kinship_model").at("overall");
    CHECK(measured.at("accuracy_at_lr_1").get<double>() >= 0.0);
    CHECK(measured.at("accuracy_at_lr_1").get<double>() <= 1.0);
    CHECK(measured.at("calibration").at("mates") == 12);
    CHECK(measured.at("calibration").at("cllr").get<double>() > 0.0);
    CHECK(out.at("plain_dlib_distance").at("overall").contains("auc"));

    const CliRun noIndex = cli({"eval", "kinship", "--model", model, folder.file("missing").string()});
    CHECK(noIndex.exitCode == kBadInput);
    CHECK(noIndex.err.find("index.csv") != std::string::npos);
    const CliRun noModel = cli({"eval", "kinship", "--model", folder.file("none.json").string(), folder.path().string()});
    CHECK(noModel.exitCode == 5);
    CHECK(noModel.err.find("none.json") != std::string::npos);
}

// Issue 16: `eval age` measures the shipped estimator on any age-labelled folder, band by band.
TEST_CASE("eval age reports the estimator's error per age band", "[cli][age]") {
    TempFolder folder("reunite-cli-age");
    folder.write("index.csv", "file,age\n" + samplePhoto("messi5.jpg").string() + ",23\n" + samplePhoto("astronaut.png").string() +
                                  ",42\nmissing.jpg,abc\n");
    const CliRun evaluated = cli({"eval", "age", "--json", folder.path().string()});
    REQUIRE(evaluated.exitCode == kOk);
    const nlohmann::json report = jsonOf(evaluated);
    CHECK(report["photos"] == 2);  // the row without a valid age is skipped
    CHECK(report["bands"][0]["band"] == "all");
    CHECK(report["bands"][0]["faces"] == 2);
    CHECK(report["bands"][0]["mean_absolute_error"].get<double>() >= 0);
    CHECK(cli({"eval", "age", folder.file("nowhere").string()}).exitCode != kOk);
    CHECK(cli({"eval", "age", "--model", folder.file("none.json").string(), folder.path().string()}).exitCode == kModelMissing);
    CHECK(cli({"eval", "age"}).exitCode == kUsage);
}
