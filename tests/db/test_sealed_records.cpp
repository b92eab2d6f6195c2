// Sealed values in an encrypted database, through the repositories: personal text is stored only
// in a row's sealed value (its columns hold neutral values or keyed lookup names), embeddings and
// landmarks are sealed in place; a sealed value opens only with the key and only in its own row;
// a connection without the key neither reads sealed values nor writes plain ones; rows stored
// before encryption are sealed afterwards with history still append-only.
#include <cstring>

#include "DbTestSupport.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/DnaSampleRepository.h"
#include "db/repositories/FaceRepository.h"
#include "db/repositories/ImportRunRepository.h"
#include "db/repositories/PhotoRepository.h"
#include "db/repositories/RelativeRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/repositories/StoredRowSealing.h"
#include "db/repositories/StrProfileRepository.h"
#include "security/SecretKey.h"
#include "workflows/encryption/DataKeySealer.h"

using namespace reunite::db::test;

namespace {

std::shared_ptr<const FieldSealer> randomSealer() {
    Result<security::SecretKey> key = security::SecretKey::random();
    REQUIRE(key.ok());
    return workflows::sealerFor(std::make_shared<const security::SecretKey>(std::move(key).value()));
}

std::string queryText(Database& database, const std::string& sql) {
    return valueOrFail(database.prepare(sql).andThen([](Statement& statement) {
        return statement.readOne<std::string>([](const Statement& row) { return row.columnText(0); }, "no row");
    }));
}

bool sameBits(const Embedding& a, const Embedding& b) { return std::memcmp(a.data(), b.data(), sizeof(Embedding)) == 0; }

// A gallery candidate with one photo and one face; returns the face as stored.
FaceRow addGalleryFace(Database& database, const std::string& reference, unsigned seed) {
    const std::int64_t candidate = addSampleCandidate(database, reference);
    const PhotoRecord photo = valueOrFail(PhotoRepository(database).add(samplePhoto(PhotoOwner::ofCandidate(candidate), static_cast<int>(seed)), kAnalyst));
    return valueOrFail(FaceRepository(database).add(sampleFace(photo.id, 0, seed)));
}

std::int64_t galleryFacesDelivered(Database& database, bool& anyDamaged) {
    anyDamaged = false;
    return valueOrFail(FaceRepository(database).forEachGalleryFace([&](const GalleryFace& face) {
        anyDamaged = anyDamaged || face.damaged;
        return ScanStep::Continue;
    }));
}

}  // namespace

TEST_CASE("an encrypted connection stores personal values only sealed, each openable only in its own row", "[db][encryption]") {
    FreshDatabase fresh;
    Database& database = *fresh.database;
    database.useSealer(randomSealer());
    CaseRepository cases(database);
    const CaseRecord first = valueOrFail(cases.create(sampleCase("SEAL-2"), kAnalyst));
    CaseRecord other = sampleCase("SEAL-1");
    other.givenNames = "Xiaoming";
    const CaseRecord second = valueOrFail(cases.create(other, kAnalyst));

    // The columns hold nothing personal: a lookup name, empty text, no dates.
    CHECK(queryText(database, "SELECT case_number FROM cases WHERE id = " + std::to_string(first.id)).size() == 64);
    CHECK(queryText(database, "SELECT case_number FROM cases WHERE id = " + std::to_string(first.id)) != "SEAL-2");
    CHECK(queryInteger(database, "SELECT count(*) FROM cases WHERE given_names <> '' OR birth_date IS NOT NULL OR description <> ''") == 0);
    CHECK(queryInteger(database, "SELECT count(*) FROM cases WHERE typeof(sealed) = 'blob'") == 2);
    // Everything reads back through the repository, found by number and listed in number order.
    CHECK(first.givenNames == "Mara");
    CHECK(first.birthDate == std::optional<std::string>("2009-03-14"));
    CHECK(first.distinguishingMarks == "Small scar above left eyebrow");
    CHECK(valueOrFail(cases.findByCaseNumber("SEAL-1"))->id == second.id);
    const std::vector<CaseRecord> listed = valueOrFail(cases.list());
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].caseNumber == "SEAL-1");
    CHECK(listed[1].caseNumber == "SEAL-2");
    CHECK(cases.create(sampleCase("SEAL-1"), kAnalyst).error().code == ErrorCode::Database);  // still unique
    CaseRecord edited = first;
    edited.description = "Green coat";
    CHECK(valueOrFail(cases.update(edited, kAnalyst)).description == "Green coat");

    // A sealed value copied onto another row does not open there.
    requireOk(database.execute("UPDATE cases SET sealed = (SELECT sealed FROM cases WHERE id = " + std::to_string(second.id) +
                               ") WHERE id = " + std::to_string(first.id)));
    CHECK(cases.get(first.id).error().code == ErrorCode::Database);

    // Faces: the stored embedding is not the embedding, yet it reads back bit for bit.
    const FaceRow face = addGalleryFace(database, "G-1", 7);
    const Embedding plain = sampleFace(0, 0, 7).embedding;
    CHECK(sameBits(face.embedding, plain));
    const std::string stored = queryText(database, "SELECT hex(embedding) FROM faces WHERE id = " + std::to_string(face.id));
    const EmbeddingBlob plainBlob = encodeEmbedding(plain);
    std::string plainHex;
    for (std::byte b : plainBlob) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned>(b));
        plainHex += hex;
    }
    CHECK(stored.size() == plainHex.size());
    CHECK(stored != plainHex);
    CHECK(queryText(database, "SELECT sha256 FROM photos WHERE id = " + std::to_string(face.photoId)) != sampleSha256(7));
    CHECK(valueOrFail(PhotoRepository(database).findBySha256(sampleSha256(7), valueOrFail(PhotoRepository(database).get(face.photoId)).owner)).has_value());
    bool damaged = false;
    CHECK(galleryFacesDelivered(database, damaged) == 1);
    CHECK_FALSE(damaged);
    // A changed sealed byte (with its check value made to match) no longer opens: damaged, not wrong.
    requireOk(database.execute("UPDATE faces SET embedding = zeroblob(512) WHERE id = " + std::to_string(face.id)));
    requireOk(database.execute("UPDATE faces SET embedding_check = reunite_embedding_check(embedding) WHERE id = " + std::to_string(face.id)));
    CHECK(galleryFacesDelivered(database, damaged) == 1);
    CHECK(damaged);

    // Another connection without the key: sealed values are refused, and nothing is written plain.
    auto keyless = openDatabase(fresh.folder.file("reunite.db"));
    CHECK(CaseRepository(*keyless).get(second.id).error().code == ErrorCode::AccessDenied);
    CHECK(FaceRepository(*keyless).forEachGalleryFace([](const GalleryFace&) { return ScanStep::Continue; }).error().code ==
          ErrorCode::AccessDenied);
}

TEST_CASE("a database with a keyring refuses to write personal values while it is locked", "[db][encryption]") {
    FreshDatabase fresh;
    requireOk(fresh.database->execute("INSERT INTO keyring (id, wrapped_key, created_at, changed_at, changed_by) "
                                      "VALUES (1, 'wrapped', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'sam')"));
    auto locked = openDatabase(fresh.folder.file("reunite.db"));
    CHECK(locked->isEncrypted());
    const auto before = rowCount(*locked, "cases");
    CHECK(CaseRepository(*locked).create(sampleCase("L-1"), kAnalyst).error().code == ErrorCode::AccessDenied);
    CHECK(rowCount(*locked, "cases") == before);
}

TEST_CASE("rows stored before encryption are sealed afterwards, and history stays append-only", "[db][encryption]") {
    FreshDatabase fresh;
    Database& database = *fresh.database;
    const std::int64_t caseId = addSampleCase(database, "P-1");
    RelativeRecord mother;
    mother.caseId = caseId;
    mother.relation = Relation::Mother;
    mother.givenNames = "Meifang";
    mother.notes = "lives near the old mill";
    const std::int64_t motherId = valueOrFail(RelativeRepository(database).add(mother, kAnalyst)).id;
    const FaceRow face = addGalleryFace(database, "G-7", 11);
    ReviewDecisionRecord decision;
    decision.caseId = caseId;
    decision.candidateId = valueOrFail(PhotoRepository(database).get(face.photoId)).owner.id;
    decision.decision = ReviewDecision::Kept;
    decision.note = "same ear shape as the childhood photo";
    const std::int64_t decisionId = valueOrFail(ReviewDecisionRepository(database).record(decision, kAnalyst)).id;
    const std::int64_t triggers = queryInteger(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'");

    database.useSealer(randomSealer());
    const std::int64_t sealed = valueOrFail(sealStoredRows(database));
    CHECK(sealed >= 6);  // case, relative, candidate, photo, face, decision
    CHECK(valueOrFail(sealStoredRows(database)) == 0);  // nothing left plain
    CHECK(queryInteger(database, "SELECT count(*) FROM relatives WHERE notes <> '' OR given_names <> ''") == 0);
    CHECK(queryText(database, "SELECT note FROM review_decisions") == "(sealed)");
    CHECK(queryInteger(database, "SELECT count(*) FROM faces WHERE seal IS NULL") == 0);
    CHECK(queryInteger(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") == triggers);
    CHECK_FALSE(database.execute("UPDATE review_decisions SET note = 'edited' WHERE id = " + std::to_string(decisionId)).ok());

    CHECK(valueOrFail(RelativeRepository(database).get(motherId)).notes == "lives near the old mill");
    CHECK(valueOrFail(ReviewDecisionRepository(database).get(decisionId)).note == "same ear shape as the childhood photo");
    CHECK(sameBits(valueOrFail(FaceRepository(database).get(face.id)).embedding, face.embedding));
    CHECK(valueOrFail(CaseRepository(database).findByCaseNumber("P-1"))->id == caseId);
}

TEST_CASE("a DNA profile's alleles and the donor's details are sealed, and open only with the key", "[db][encryption][dna]") {
    FreshDatabase fresh;
    Database& database = *fresh.database;
    const std::int64_t caseId = addSampleCase(database, "D-1");
    DnaRequestRecord request;
    request.caseId = caseId;
    request.candidateId = addSampleCandidate(database, "C-1");
    request.reason = "face match with the childhood photo";
    const std::int64_t requestId = valueOrFail(DnaRequestRepository(database).create(request, kAnalyst)).id;
    DnaSampleRecord sample;
    sample.requestId = requestId;
    sample.sampleCode = "S-1";
    sample.donorName = "Meifang Zhu";
    sample.collectedAt = "2026-11-20";
    sample.collectedBy = "Officer";
    sample.collectedPlace = "Kunming, Huancheng Road";
    const std::int64_t sampleId = valueOrFail(DnaSampleRepository(database).create(sample, kAnalyst)).id;
    StrProfileRecord before;
    before.sampleId = sampleId;
    before.sourceFile = "lab.csv";
    before.sourceSha256 = sampleSha256(1);
    before.fileLayout = "simple_csv";
    before.loci = {{"vWA", "16/17", 3}, {"TH01", "6/9.3", 2}};
    const std::int64_t plainProfile = valueOrFail(StrProfileRepository(database).create(before, kAnalyst)).id;

    database.useSealer(randomSealer());
    CHECK(valueOrFail(sealStoredRows(database)) >= 6);
    StrProfileRecord after = before;
    after.sourceSha256 = sampleSha256(2);
    after.loci = {{"D8S1179", "12/14", 4}};
    const std::int64_t sealedProfile = valueOrFail(StrProfileRepository(database).create(after, kAnalyst)).id;

    // Nothing of the profiles, the donor or the reason is left in the columns.
    CHECK(queryInteger(database, "SELECT count(*) FROM str_profile_loci WHERE typeof(alleles) <> 'blob'") == 0);
    CHECK(queryInteger(database, "SELECT count(*) FROM dna_samples WHERE donor_name <> '' OR collected_place <> ''") == 0);
    CHECK(queryText(database, "SELECT reason FROM dna_requests") == "(sealed)");
    // With the key every value reads back.
    StrProfileRepository profiles(database);
    const StrProfileRecord first = valueOrFail(profiles.get(plainProfile));
    REQUIRE(first.loci.size() == 2);
    CHECK(first.loci[0].marker == "TH01");
    CHECK(first.loci[0].alleles == "6/9.3");
    CHECK(first.loci[1].alleles == "16/17");
    CHECK(valueOrFail(profiles.get(sealedProfile)).loci.at(0).alleles == "12/14");
    CHECK(valueOrFail(DnaSampleRepository(database).get(sampleId)).donorName == "Meifang Zhu");
    CHECK(valueOrFail(DnaRequestRepository(database).get(requestId)).reason == "face match with the childhood photo");
    // Alleles moved to another locus do not open there.
    requireOk(database.execute("UPDATE str_profile_loci SET alleles = (SELECT alleles FROM str_profile_loci WHERE marker = 'vWA') "
                               "WHERE marker = 'TH01'"));
    CHECK(profiles.get(plainProfile).error().code == ErrorCode::Database);
    // Without the key the profile is refused, not shown half-read.
    auto keyless = openDatabase(fresh.folder.file("reunite.db"));
    CHECK(StrProfileRepository(*keyless).get(sealedProfile).error().code == ErrorCode::AccessDenied);
}

namespace {

// The DNA requests with the generic edit every table has (updateRecord). No action edits a request
// that way today (its status changes through its own statement), so only this reaches the guard
// that keeps a fixed sealed column as stored.
class EditableDnaRequests : public DnaRequestRepository {
public:
    using DnaRequestRepository::DnaRequestRepository;
    Result<DnaRequestRecord> edit(const DnaRequestRecord& request) { return updateRecord(request, kAnalyst, {}); }
};

}  // namespace

TEST_CASE("an edit of a row keeps its fixed values as stored, sealed or not", "[db][encryption][dna]") {
    const bool sealed = GENERATE(false, true);
    FreshDatabase fresh;
    Database& database = *fresh.database;
    if (sealed) database.useSealer(randomSealer());
    DnaRequestRecord request;
    request.caseId = addSampleCase(database, "D-2");
    request.candidateId = addSampleCandidate(database, "C-2");
    request.reason = "face match with the childhood photo";
    DnaRequestRecord edited = valueOrFail(EditableDnaRequests(database).create(request, kAnalyst));
    edited.reason = "rewritten reason";
    edited.status = DnaRequestStatus::InProgress;

    const DnaRequestRecord stored = valueOrFail(EditableDnaRequests(database).edit(edited));
    CHECK(stored.status == DnaRequestStatus::InProgress);  // editable: changed
    CHECK(stored.reason == "face match with the childhood photo");  // fixed: as first stored
    CHECK(valueOrFail(DnaRequestRepository(database).get(edited.id)).reason == "face match with the childhood photo");
    CHECK(queryText(database, "SELECT reason FROM dna_requests") == (sealed ? "(sealed)" : "face match with the childhood photo"));
}

TEST_CASE("an import's folder, the reason it ended and the errors it met are sealed", "[db][encryption]") {
    FreshDatabase fresh;
    Database& database = *fresh.database;
    ImportRunRepository imports(database);
    const Notice unknownSex{NoticeId::RowUnknownSex, {"3", "Xiaoming Li"}};
    const std::int64_t plainRun = valueOrFail(imports.start("/flyers/Xiaoming Li", kAnalyst)).id;
    valueOrFail(imports.recordError(plainRun, "/flyers/Xiaoming Li/list.csv", 3, unknownSex));

    database.useSealer(randomSealer());
    CHECK(valueOrFail(sealStoredRows(database)) >= 2);
    const std::int64_t sealedRun = valueOrFail(imports.start("/flyers/Meifang Zhu", kAnalyst)).id;
    valueOrFail(imports.recordError(sealedRun, "Meifang Zhu.jpg", std::nullopt, Notice{NoticeId::RowUnknownSex, {"1", "Meifang"}}));
    valueOrFail(imports.finish(sealedRun, ImportRunStatus::Failed, {}, "could not read /flyers/Meifang Zhu/2.jpg"));
    CHECK(valueOrFail(imports.failAbandonedRuns("the program stopped before this import finished")) == 1);

    // The columns keep nothing of the folders, files, messages or reasons.
    CHECK(queryInteger(database, "SELECT count(*) FROM import_runs WHERE source_path <> '(sealed)' OR failure_reason <> ''") == 0);
    CHECK(queryInteger(database, "SELECT count(*) FROM import_errors WHERE file <> '' OR message <> '(sealed)' OR "
                                 "coalesce(notice, '') <> ''") == 0);
    CHECK(queryInteger(database, "SELECT count(*) FROM import_runs WHERE typeof(sealed) = 'blob'") == 2);
    // With the key all of it reads back.
    const ImportRunRecord first = valueOrFail(imports.get(plainRun));
    CHECK(first.sourcePath == "/flyers/Xiaoming Li");
    CHECK(first.status == ImportRunStatus::Failed);
    CHECK(first.failureReason == "the program stopped before this import finished");
    const ImportRunRecord second = valueOrFail(imports.get(sealedRun));
    CHECK(second.sourcePath == "/flyers/Meifang Zhu");
    CHECK(second.failureReason == "could not read /flyers/Meifang Zhu/2.jpg");
    const std::vector<ImportErrorRecord> errors = valueOrFail(imports.errors(plainRun));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == "/flyers/Xiaoming Li/list.csv");
    CHECK(errors[0].rowNumber == std::optional<std::int64_t>(3));
    CHECK(errors[0].message.find("Xiaoming Li") != std::string::npos);
    CHECK(errors[0].notice == std::optional<std::string>(encodeNotice(unknownSex)));
    CHECK(valueOrFail(imports.errors(sealedRun)).at(0).file == "Meifang Zhu.jpg");
    // An error of a run that does not exist is refused as before.
    CHECK(imports.recordError(4242, "x", 1, unknownSex).error().code == ErrorCode::NotFound);
    // Without the key the run is refused, not shown half-read.
    auto keyless = openDatabase(fresh.folder.file("reunite.db"));
    CHECK(ImportRunRepository(*keyless).get(sealedRun).error().code == ErrorCode::AccessDenied);
}
