#include "db/schema/SchemaMigrations.h"

#include <array>

namespace reunite::db {

namespace {

// Version 1: the initial schema.
// Conventions: timestamps are ISO-8601 UTC text ("2024-05-01T12:34:56.789Z"); dates are
// "YYYY-MM-DD" (checked with date(x) IS x, which also rejects 2021-02-30); *_by columns hold a
// user name until accounts and the audit log arrive; enumerations are short text values with a
// CHECK; booleans are 0/1; JSON columns are validated by the repositories (json_valid() is not
// allowed in CHECK constraints while the connection treats the schema as untrusted). Rows a case owns are deleted with the case; evidence that refers to a
// gallery candidate (search results, review decisions) keeps the candidate from being deleted.
constexpr std::string_view kSchemaVersion1 = R"sql(
CREATE TABLE cases (
    id                   INTEGER PRIMARY KEY,
    case_number          TEXT NOT NULL UNIQUE CHECK (length(trim(case_number)) > 0),
    given_names          TEXT NOT NULL DEFAULT '',
    family_name          TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'U')),
    birth_date           TEXT CHECK (date(birth_date) IS birth_date),
    last_seen_date       TEXT CHECK (date(last_seen_date) IS last_seen_date),
    last_seen_place      TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    distinguishing_marks TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'found', 'closed')),
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL
);
CREATE INDEX cases_by_status ON cases (status, case_number);

CREATE TABLE relatives (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    relation    TEXT NOT NULL CHECK (relation IN ('mother', 'father', 'sibling', 'other')),
    given_names TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    sex         TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'U')),
    birth_date  TEXT CHECK (date(birth_date) IS birth_date),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX relatives_by_case ON relatives (case_id);

CREATE TABLE import_runs (
    id              INTEGER PRIMARY KEY,
    source_path     TEXT NOT NULL,
    imported_by     TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    status          TEXT NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    items_seen      INTEGER NOT NULL DEFAULT 0 CHECK (items_seen >= 0),
    items_imported  INTEGER NOT NULL DEFAULT 0 CHECK (items_imported >= 0),
    items_skipped   INTEGER NOT NULL DEFAULT 0 CHECK (items_skipped >= 0),
    items_failed    INTEGER NOT NULL DEFAULT 0 CHECK (items_failed >= 0),
    photos_added    INTEGER NOT NULL DEFAULT 0 CHECK (photos_added >= 0),
    faces_added     INTEGER NOT NULL DEFAULT 0 CHECK (faces_added >= 0),
    failure_reason  TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX import_runs_by_start ON import_runs (started_at);

CREATE TABLE import_errors (
    id            INTEGER PRIMARY KEY,
    import_run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    file          TEXT NOT NULL DEFAULT '',
    row_number    INTEGER CHECK (row_number >= 1),
    message       TEXT NOT NULL CHECK (length(trim(message)) > 0),
    recorded_at   TEXT NOT NULL
);
CREATE INDEX import_errors_by_run ON import_errors (import_run_id, id);

CREATE TABLE candidates (
    id                     INTEGER PRIMARY KEY,
    source                 TEXT NOT NULL
                           CHECK (source IN ('national_db', 'self_registered', 'flyer', 'tip_off')),
    external_ref           TEXT NOT NULL CHECK (length(trim(external_ref)) > 0),
    given_names            TEXT NOT NULL DEFAULT '',
    family_name            TEXT NOT NULL DEFAULT '',
    sex                    TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'U')),
    birth_date             TEXT CHECK (date(birth_date) IS birth_date),
    birth_year             INTEGER CHECK (birth_year BETWEEN 1900 AND 2200),
    birth_year_is_estimate INTEGER NOT NULL DEFAULT 0 CHECK (birth_year_is_estimate IN (0, 1)),
    region                 TEXT NOT NULL DEFAULT '',
    contact                TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    import_run_id          INTEGER REFERENCES import_runs (id) ON DELETE SET NULL,
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    UNIQUE (source, external_ref),
    CHECK (birth_date IS NULL OR birth_year IS NULL
           OR birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER))
);
CREATE INDEX candidates_by_birth_year ON candidates (birth_year);

CREATE TABLE photos (
    id                 INTEGER PRIMARY KEY,
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    case_id            INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    relative_id        INTEGER REFERENCES relatives (id) ON DELETE CASCADE,
    candidate_id       INTEGER REFERENCES candidates (id) ON DELETE CASCADE,
    stored_path        TEXT NOT NULL CHECK (length(stored_path) > 0),
    original_file_name TEXT NOT NULL DEFAULT '',
    byte_size          INTEGER NOT NULL CHECK (byte_size >= 0),
    width              INTEGER CHECK (width > 0),
    height             INTEGER CHECK (height > 0),
    capture_date       TEXT CHECK (date(capture_date) IS capture_date),
    age_at_photo_years REAL CHECK (age_at_photo_years >= 0 AND age_at_photo_years < 130),
    provenance         TEXT NOT NULL DEFAULT '',
    import_run_id      INTEGER REFERENCES import_runs (id) ON DELETE SET NULL,
    imported_by        TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'faces', 'no_face', 'error')),
    error_message      TEXT NOT NULL DEFAULT '',
    CHECK ((case_id IS NOT NULL) + (relative_id IS NOT NULL) + (candidate_id IS NOT NULL) = 1)
);
-- One copy of a file per owner; the same file may be attached to different owners.
CREATE UNIQUE INDEX photos_unique_per_case ON photos (case_id, sha256) WHERE case_id IS NOT NULL;
CREATE UNIQUE INDEX photos_unique_per_relative ON photos (relative_id, sha256) WHERE relative_id IS NOT NULL;
CREATE UNIQUE INDEX photos_unique_per_candidate ON photos (candidate_id, sha256) WHERE candidate_id IS NOT NULL;
CREATE INDEX photos_by_sha256 ON photos (sha256);

CREATE TABLE faces (
    id               INTEGER PRIMARY KEY,
    photo_id         INTEGER NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    face_index       INTEGER NOT NULL CHECK (face_index >= 0),
    model_id         TEXT NOT NULL CHECK (length(model_id) > 0),
    model_version    TEXT NOT NULL DEFAULT '',
    box_x            REAL NOT NULL,
    box_y            REAL NOT NULL,
    box_width        REAL NOT NULL CHECK (box_width > 0),
    box_height       REAL NOT NULL CHECK (box_height > 0),
    detector_score   REAL NOT NULL,
    upsample_level   INTEGER NOT NULL DEFAULT 0 CHECK (upsample_level >= 0),
    is_fallback_box  INTEGER NOT NULL DEFAULT 0 CHECK (is_fallback_box IN (0, 1)),
    face_size_px     REAL NOT NULL,
    sharpness        REAL NOT NULL,
    yaw_degrees      REAL NOT NULL,
    child_likelihood REAL NOT NULL CHECK (child_likelihood BETWEEN 0 AND 1),
    quality_flags    INTEGER NOT NULL DEFAULT 0 CHECK (quality_flags >= 0),
    -- 128 float32 little-endian; read first by the gallery scan, so it precedes the landmarks.
    embedding        BLOB NOT NULL CHECK (typeof(embedding) = 'blob' AND length(embedding) = 512),
    -- 68 (x, y) float32 little-endian pairs in source-image pixels.
    landmarks        BLOB NOT NULL CHECK (typeof(landmarks) = 'blob' AND length(landmarks) = 544),
    created_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX faces_by_photo ON faces (photo_id, model_id, face_index);

CREATE TABLE search_runs (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    run_by          TEXT NOT NULL,
    run_at          TEXT NOT NULL,
    parameters_json TEXT NOT NULL DEFAULT '{}',
    model_id        TEXT NOT NULL,
    model_version   TEXT NOT NULL DEFAULT '',
    gallery_size    INTEGER NOT NULL CHECK (gallery_size >= 0),
    duration_ms     INTEGER NOT NULL CHECK (duration_ms >= 0)
);
CREATE INDEX search_runs_by_case ON search_runs (case_id, run_at);

CREATE TABLE search_results (
    run_id         INTEGER NOT NULL REFERENCES search_runs (id) ON DELETE CASCADE,
    rank           INTEGER NOT NULL CHECK (rank >= 1),
    candidate_id   INTEGER NOT NULL REFERENCES candidates (id),
    score          REAL NOT NULL,
    breakdown_json TEXT NOT NULL DEFAULT '{}',
    best_face_id   INTEGER REFERENCES faces (id) ON DELETE SET NULL,
    probe_face_id  INTEGER REFERENCES faces (id) ON DELETE SET NULL,
    PRIMARY KEY (run_id, rank),
    UNIQUE (run_id, candidate_id)
) WITHOUT ROWID;
CREATE INDEX search_results_by_candidate ON search_results (candidate_id);
CREATE INDEX search_results_by_best_face ON search_results (best_face_id);
CREATE INDEX search_results_by_probe_face ON search_results (probe_face_id);

-- Append-only history: the row with the highest id for a (case, candidate) is the current decision.
CREATE TABLE review_decisions (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    candidate_id  INTEGER NOT NULL REFERENCES candidates (id),
    decision      TEXT NOT NULL CHECK (decision IN ('rejected', 'kept', 'dna_requested')),
    note          TEXT NOT NULL CHECK (length(trim(note, ' ' || char(9, 10, 13))) > 0),
    decided_by    TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at    TEXT NOT NULL,
    search_run_id INTEGER REFERENCES search_runs (id) ON DELETE SET NULL
);
CREATE INDEX review_decisions_by_case_candidate ON review_decisions (case_id, candidate_id, id);
CREATE INDEX review_decisions_by_candidate ON review_decisions (candidate_id);
CREATE INDEX review_decisions_by_search_run ON review_decisions (search_run_id);
CREATE TRIGGER review_decisions_are_append_only
BEFORE UPDATE OF case_id, candidate_id, decision, note, decided_by, decided_at ON review_decisions
BEGIN
    SELECT RAISE(ABORT, 'review decisions are history and cannot be changed; record a new decision');
END;

CREATE INDEX candidates_by_import_run ON candidates (import_run_id);
CREATE INDEX photos_by_import_run ON photos (import_run_id);
)sql";

// Version 2: DNA confirmation. A request (case + candidate) gathers samples, each with an
// append-only chain-of-custody timeline; STR profiles are imported from lab files (the file's
// name and SHA-256 kept) into profiles and their loci; frequency tables are stored with their
// full text (an analysis can be recomputed); each kinship analysis keeps every input and every
// result (options, per-locus results, combined index, probability with its prior, conclusion and
// rule); the case outcome records the closing decision with its note.
constexpr std::string_view kSchemaVersion2 = R"sql(
CREATE TABLE dna_requests (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
    reason       TEXT NOT NULL CHECK (length(trim(reason, ' ' || char(9, 10, 13))) > 0),
    status       TEXT NOT NULL DEFAULT 'requested'
                 CHECK (status IN ('requested', 'in_progress', 'analysed', 'more_loci_requested', 'confirmed', 'excluded')),
    review_decision_id INTEGER REFERENCES review_decisions (id) ON DELETE SET NULL,
    requested_by TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
    requested_at TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX dna_requests_by_case ON dna_requests (case_id, id);
CREATE INDEX dna_requests_by_candidate ON dna_requests (candidate_id);
CREATE INDEX dna_requests_by_decision ON dna_requests (review_decision_id);

CREATE TABLE dna_samples (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES dna_requests (id) ON DELETE CASCADE,
    sample_code     TEXT NOT NULL UNIQUE CHECK (length(trim(sample_code)) > 0),
    donor_role      TEXT NOT NULL
                    CHECK (donor_role IN ('candidate', 'mother', 'father', 'full_sibling', 'half_sibling', 'other_relative')),
    relative_id     INTEGER REFERENCES relatives (id) ON DELETE SET NULL,
    donor_name      TEXT NOT NULL DEFAULT '',
    sample_type     TEXT NOT NULL
                    CHECK (sample_type IN ('buccal_swab', 'blood_card', 'blood', 'hair', 'other')),
    collected_at    TEXT NOT NULL CHECK (length(collected_at) >= 10),
    collected_place TEXT NOT NULL DEFAULT '',
    collected_by    TEXT NOT NULL CHECK (length(trim(collected_by)) > 0),
    note            TEXT NOT NULL DEFAULT '',
    registered_by   TEXT NOT NULL,
    registered_at   TEXT NOT NULL
);
CREATE INDEX dna_samples_by_request ON dna_samples (request_id, id);
CREATE INDEX dna_samples_by_relative ON dna_samples (relative_id);

-- Append-only: custody is history.
CREATE TABLE dna_custody_events (
    id          INTEGER PRIMARY KEY,
    sample_id   INTEGER NOT NULL REFERENCES dna_samples (id) ON DELETE CASCADE,
    event       TEXT NOT NULL CHECK (event IN ('collected', 'sealed', 'sent', 'received_by_lab', 'analysed')),
    occurred_at TEXT NOT NULL CHECK (length(occurred_at) >= 10),
    person      TEXT NOT NULL CHECK (length(trim(person)) > 0),
    note        TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX dna_custody_events_by_sample ON dna_custody_events (sample_id, occurred_at, id);
CREATE TRIGGER dna_custody_events_are_append_only
BEFORE UPDATE ON dna_custody_events
BEGIN
    SELECT RAISE(ABORT, 'custody events are history and cannot be changed; record a new event');
END;

CREATE TABLE str_profiles (
    id            INTEGER PRIMARY KEY,
    sample_id     INTEGER NOT NULL REFERENCES dna_samples (id) ON DELETE CASCADE,
    kit           TEXT NOT NULL DEFAULT '',
    lab           TEXT NOT NULL DEFAULT '',
    lab_report_id TEXT NOT NULL DEFAULT '',
    source_file   TEXT NOT NULL CHECK (length(source_file) > 0),
    source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64 AND source_sha256 NOT GLOB '*[^0-9a-f]*'),
    file_layout   TEXT NOT NULL CHECK (file_layout IN ('simple_csv', 'genemapper')),
    imported_by   TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    UNIQUE (sample_id, source_sha256)
);
CREATE INDEX str_profiles_by_sample ON str_profiles (sample_id, id);

CREATE TABLE str_profile_loci (
    profile_id  INTEGER NOT NULL REFERENCES str_profiles (id) ON DELETE CASCADE,
    marker      TEXT NOT NULL CHECK (length(marker) > 0),
    alleles     TEXT NOT NULL CHECK (length(alleles) > 0),
    source_line INTEGER NOT NULL CHECK (source_line >= 0),
    PRIMARY KEY (profile_id, marker)
) WITHOUT ROWID;

CREATE TABLE str_frequency_tables (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    source_file  TEXT NOT NULL DEFAULT '',
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    content      TEXT NOT NULL CHECK (length(content) > 0),
    marker_count INTEGER NOT NULL CHECK (marker_count > 0),
    imported_by  TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);

CREATE TABLE kinship_analyses (
    id                     INTEGER PRIMARY KEY,
    request_id             INTEGER NOT NULL REFERENCES dna_requests (id) ON DELETE CASCADE,
    hypothesis             TEXT NOT NULL
                           CHECK (hypothesis IN ('duo', 'trio', 'both-parents', 'full-sibling', 'half-sibling')),
    candidate_profile_id   INTEGER NOT NULL REFERENCES str_profiles (id),
    mother_profile_id      INTEGER REFERENCES str_profiles (id),
    father_profile_id      INTEGER REFERENCES str_profiles (id),
    relative_profile_id    INTEGER REFERENCES str_profiles (id),
    frequency_table_id     INTEGER NOT NULL REFERENCES str_frequency_tables (id),
    theta                  REAL NOT NULL CHECK (theta >= 0 AND theta < 0.5),
    mutation_model         TEXT NOT NULL CHECK (mutation_model IN ('stepwise', 'aabb')),
    mutation_rate          REAL NOT NULL CHECK (mutation_rate > 0 AND mutation_rate <= 0.5),
    minimum_frequency_rule TEXT NOT NULL DEFAULT '',
    prior                  REAL NOT NULL CHECK (prior > 0 AND prior < 1),
    combined_lr            REAL NOT NULL CHECK (combined_lr >= 0),
    log10_combined_lr      REAL NOT NULL,
    probability            REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
    loci_compared          INTEGER NOT NULL CHECK (loci_compared >= 1),
    inconsistent_loci      INTEGER NOT NULL CHECK (inconsistent_loci >= 0),
    power_of_exclusion     REAL CHECK (power_of_exclusion >= 0 AND power_of_exclusion <= 1),
    conclusion             TEXT NOT NULL CHECK (conclusion IN ('supported', 'excluded', 'inconclusive')),
    conclusion_reason      TEXT NOT NULL DEFAULT '',
    rule                   TEXT NOT NULL CHECK (length(rule) > 0),
    skipped_json           TEXT NOT NULL DEFAULT '[]',
    analysed_by            TEXT NOT NULL,
    analysed_at            TEXT NOT NULL
);
CREATE INDEX kinship_analyses_by_request ON kinship_analyses (request_id, id);
CREATE INDEX kinship_analyses_by_candidate_profile ON kinship_analyses (candidate_profile_id);
CREATE INDEX kinship_analyses_by_mother_profile ON kinship_analyses (mother_profile_id);
CREATE INDEX kinship_analyses_by_father_profile ON kinship_analyses (father_profile_id);
CREATE INDEX kinship_analyses_by_relative_profile ON kinship_analyses (relative_profile_id);
CREATE INDEX kinship_analyses_by_table ON kinship_analyses (frequency_table_id);

CREATE TABLE kinship_locus_results (
    analysis_id         INTEGER NOT NULL REFERENCES kinship_analyses (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL CHECK (position >= 0),
    marker              TEXT NOT NULL CHECK (length(marker) > 0),
    lr                  REAL NOT NULL CHECK (lr > 0),
    consistent          INTEGER NOT NULL CHECK (consistent IN (0, 1)),
    mutation_model_used INTEGER NOT NULL CHECK (mutation_model_used IN (0, 1)),
    exclusion_power     REAL,
    genotypes_json      TEXT NOT NULL DEFAULT '{}',
    notes_json          TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (analysis_id, position)
) WITHOUT ROWID;

-- Append-only: the latest outcome of a request is the current one.
CREATE TABLE dna_case_outcomes (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    request_id  INTEGER NOT NULL REFERENCES dna_requests (id) ON DELETE CASCADE,
    analysis_id INTEGER REFERENCES kinship_analyses (id) ON DELETE SET NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('confirmed', 'excluded', 'more_loci_requested')),
    note        TEXT NOT NULL CHECK (length(trim(note, ' ' || char(9, 10, 13))) > 0),
    decided_by  TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at  TEXT NOT NULL
);
CREATE INDEX dna_case_outcomes_by_case ON dna_case_outcomes (case_id, id);
CREATE INDEX dna_case_outcomes_by_request ON dna_case_outcomes (request_id, id);
CREATE INDEX dna_case_outcomes_by_analysis ON dna_case_outcomes (analysis_id);
CREATE TRIGGER dna_case_outcomes_are_append_only
BEFORE UPDATE ON dna_case_outcomes
BEGIN
    SELECT RAISE(ABORT, 'case outcomes are history and cannot be changed; record a new outcome');
END;
)sql";

// Version 3: a gallery record holds the face of one person. A group photo's other faces are
// separate unnamed candidates (group_photo_of: the record whose photo they come from). Existing
// photos of a record with several faces cannot say which face is the named person: every face
// becomes an unnamed candidate, the record's photo keeps none ('no_face'), and
// stored search results follow their best face to its new candidate. Review decisions are
// history and stay with the record they were made on.
constexpr std::string_view kSchemaVersion3 = R"sql(
ALTER TABLE candidates ADD COLUMN group_photo_of INTEGER REFERENCES candidates (id) ON DELETE CASCADE;
CREATE INDEX candidates_by_group_photo ON candidates (group_photo_of);

CREATE TEMP TABLE group_faces AS
SELECT p.id AS photo_id, f.face_index AS face_index, p.candidate_id AS record_id,
       c.external_ref || ' · group photo ' || substr(p.sha256, 1, 8) || ' · face ' || (f.face_index + 1) AS new_ref,
       NULL AS new_candidate_id, NULL AS new_photo_id
FROM photos p
JOIN candidates c ON c.id = p.candidate_id
JOIN faces f ON f.photo_id = p.id
WHERE (SELECT count(DISTINCT g.face_index) FROM faces g WHERE g.photo_id = p.id) > 1
GROUP BY p.id, f.face_index;

INSERT INTO candidates (source, external_ref, sex, region, import_run_id, created_at, created_by, group_photo_of)
SELECT c.source, gf.new_ref, 'U', c.region, c.import_run_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       'schema migration 3', c.id
FROM temp.group_faces gf JOIN candidates c ON c.id = gf.record_id
ORDER BY gf.photo_id, gf.face_index;

UPDATE temp.group_faces SET new_candidate_id =
    (SELECT n.id FROM candidates n WHERE n.group_photo_of = temp.group_faces.record_id
                                     AND n.external_ref = temp.group_faces.new_ref);

INSERT INTO photos (sha256, candidate_id, stored_path, original_file_name, byte_size, width, height, capture_date,
                    age_at_photo_years, provenance, import_run_id, imported_by, imported_at, status)
SELECT p.sha256, gf.new_candidate_id, p.stored_path, p.original_file_name, p.byte_size, p.width, p.height,
       p.capture_date, p.age_at_photo_years, p.provenance, p.import_run_id, p.imported_by, p.imported_at, 'faces'
FROM temp.group_faces gf JOIN photos p ON p.id = gf.photo_id
ORDER BY gf.photo_id, gf.face_index;

UPDATE temp.group_faces SET new_photo_id =
    (SELECT q.id FROM photos q WHERE q.candidate_id = temp.group_faces.new_candidate_id);

UPDATE faces SET photo_id =
    (SELECT gf.new_photo_id FROM temp.group_faces gf
     WHERE gf.photo_id = faces.photo_id AND gf.face_index = faces.face_index)
WHERE photo_id IN (SELECT photo_id FROM temp.group_faces);

UPDATE photos SET status = 'no_face' WHERE id IN (SELECT photo_id FROM temp.group_faces);

UPDATE search_results SET candidate_id =
    (SELECT gf.new_candidate_id FROM faces f JOIN temp.group_faces gf ON gf.new_photo_id = f.photo_id
     WHERE f.id = search_results.best_face_id)
WHERE best_face_id IN (SELECT f.id FROM faces f JOIN temp.group_faces gf ON gf.new_photo_id = f.photo_id);

DROP TABLE temp.group_faces;
)sql";

// Version 4: a case keeps the contact its flyer or family gave (a phone number, a name), shown on
// the case and offered for its poster; before, flyer imports wrote it into the description.
constexpr std::string_view kSchemaVersion4 = R"sql(
ALTER TABLE cases ADD COLUMN contact TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: every face carries a check value of its embedding (FaceBlobCodec.h: embeddingCheck),
// so that damaged stored bytes are found when the gallery is loaded and by `check` instead of
// moving a candidate silently in or out of searches. The faces stored before get theirs from
// their embeddings as they are now.
constexpr std::string_view kSchemaVersion5 = R"sql(
ALTER TABLE faces ADD COLUMN embedding_check INTEGER NOT NULL DEFAULT 0;
UPDATE faces SET embedding_check = reunite_embedding_check(embedding);
)sql";

// Version 6: an import error keeps what the person is told as a notice (domain/Notice.h: an id
// with arguments) beside its English message, so that each interface shows it in its own language.
// Errors recorded before keep only their message.
constexpr std::string_view kSchemaVersion6 = R"sql(
ALTER TABLE import_errors ADD COLUMN notice TEXT;
)sql";

// Version 7: accounts with roles (domain/AccountRole.h) and Argon2id password hashes; a case is
// assigned to the account working it. Cases stored before are assigned to nobody: a supervisor
// gives them to analysts.
constexpr std::string_view kSchemaVersion7 = R"sql(
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role            TEXT NOT NULL CHECK (role IN ('volunteer', 'analyst', 'supervisor')),
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
ALTER TABLE cases ADD COLUMN assigned_to INTEGER REFERENCES accounts (id);
CREATE INDEX cases_by_account ON cases (assigned_to, case_number);
)sql";

// Version 8: the audit trail. Every action on personal data appends an entry that holds the hash
// of the one before it (workflows/audit/AuditChain.h); the head row says how many entries were
// written, so that removed last entries show. The schema refuses edits and deletions of entries,
// and deletions of review decisions (their UPDATE was refused since version 1).
constexpr std::string_view kSchemaVersion8 = R"sql(
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    account_id    INTEGER,
    account_name  TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (length(action) > 0),
    case_id       INTEGER,
    objects       TEXT NOT NULL,
    parameters    TEXT NOT NULL,
    previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
    entry_hash    TEXT NOT NULL CHECK (length(entry_hash) = 64)
);
CREATE INDEX audit_log_by_case ON audit_log (case_id, id);
CREATE INDEX audit_log_by_account ON audit_log (account_name COLLATE NOCASE, id);
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    entries   INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
WHEN (SELECT count(*) FROM cases WHERE id = OLD.case_id) > 0
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
)sql";

// Version 9: retention. A case that is no longer open has a closure row (when it was closed;
// when its photos and faces were purged, and by whom); cases closed before this version count
// as closed at their last update. The unit's policy: purge the photos and faces of cases closed
// for more than so many days (none: keep them).
constexpr std::string_view kSchemaVersion9 = R"sql(
CREATE TABLE case_closures (
    case_id   INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    closed_at TEXT NOT NULL,
    purged_at TEXT,
    purged_by TEXT
);
INSERT INTO case_closures (case_id, closed_at) SELECT id, updated_at FROM cases WHERE status <> 'open';
CREATE TABLE retention_policy (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    purge_after_days INTEGER CHECK (purge_after_days IS NULL OR purge_after_days >= 1),
    changed_at       TEXT NOT NULL,
    changed_by       TEXT NOT NULL
);
)sql";

// Version 10: encryption at rest. An encrypted database keeps its data key here, wrapped under the
// passphrase (security/WrappedKey.h text form); a database without the row is not encrypted.
constexpr std::string_view kSchemaVersion10 = R"sql(
CREATE TABLE keyring (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    wrapped_key TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL
);
)sql";

// Version 11: sealed values. In an encrypted database a row's personal values are sealed together
// into `sealed` (db/repositories/RecordTable.h; the columns keep neutral values their checks
// accept, or a keyed lookup name), a face's embedding and landmarks are sealed in place with their
// nonces and tags in `seal`, and child rows seal their one personal column in place. A plain
// database leaves the new columns NULL.
constexpr std::string_view kSchemaVersion11 = R"sql(
ALTER TABLE cases ADD COLUMN sealed BLOB;
ALTER TABLE relatives ADD COLUMN sealed BLOB;
ALTER TABLE candidates ADD COLUMN sealed BLOB;
ALTER TABLE photos ADD COLUMN sealed BLOB;
ALTER TABLE faces ADD COLUMN seal BLOB CHECK (seal IS NULL OR length(seal) = 80);
ALTER TABLE review_decisions ADD COLUMN sealed BLOB;
ALTER TABLE search_runs ADD COLUMN sealed BLOB;
ALTER TABLE dna_requests ADD COLUMN sealed BLOB;
ALTER TABLE dna_samples ADD COLUMN sealed BLOB;
ALTER TABLE dna_custody_events ADD COLUMN sealed BLOB;
ALTER TABLE dna_case_outcomes ADD COLUMN sealed BLOB;
ALTER TABLE audit_log ADD COLUMN sealed BLOB;
)sql";

// Version 12: an import's source path, the reason it ended and the errors it met (file, message,
// notice) are sealed too in an encrypted database: a folder or a file may be named after a person.
constexpr std::string_view kSchemaVersion12 = R"sql(
ALTER TABLE import_runs ADD COLUMN sealed BLOB;
ALTER TABLE import_errors ADD COLUMN sealed BLOB;
)sql";

// Version 13: the birth years a gallery face's estimated age implies (the photo's year minus the
// estimated age, widened by the estimate's uncertainty), so that the birth-year filter can judge
// records without a birth year. Filled by the application layer after imports and at start-up
// (GalleryAgeEstimation), and redone when the installed age estimator changes (`age_estimator`
// names the estimator that made the range; '' = not estimated yet). Plain like `birth_year`: the
// filter reads them for every record at start-up.
constexpr std::string_view kSchemaVersion13 = R"sql(
ALTER TABLE faces ADD COLUMN estimated_birth_year_from INTEGER
    CHECK (estimated_birth_year_from IS NULL OR estimated_birth_year_from BETWEEN 1800 AND 2300);
ALTER TABLE faces ADD COLUMN estimated_birth_year_to INTEGER
    CHECK (estimated_birth_year_to IS NULL OR estimated_birth_year_to BETWEEN 1800 AND 2300);
ALTER TABLE faces ADD COLUMN age_estimator TEXT NOT NULL DEFAULT '';
CREATE INDEX faces_by_age_estimator ON faces (age_estimator);
)sql";

constexpr std::array<Migration, 13> kMigrations{{
    {"initial schema (cases, relatives, candidates, photos, faces, searches, reviews, imports)", kSchemaVersion1},
    {"DNA confirmation (requests, samples, custody, STR profiles, frequency tables, analyses, outcomes)", kSchemaVersion2},
    {"one face per gallery record (group photos split into unnamed candidates)", kSchemaVersion3},
    {"a contact for each case", kSchemaVersion4},
    {"a check value for every face's stored embedding", kSchemaVersion5},
    {"import errors as notices each interface can translate", kSchemaVersion6},
    {"accounts with roles, and cases assigned to accounts", kSchemaVersion7},
    {"the hash-chained audit trail; review decisions cannot be deleted", kSchemaVersion8},
    {"retention: when cases were closed and purged, and the unit's retention period", kSchemaVersion9},
    {"encryption at rest: the data key, wrapped under the passphrase", kSchemaVersion10},
    {"encryption at rest: sealed personal values in every table that holds them", kSchemaVersion11},
    {"encryption at rest: sealed import paths and import errors", kSchemaVersion12},
    {"birth years estimated from gallery faces, for records without a birth year", kSchemaVersion13},
}};

}  // namespace

std::span<const Migration> schemaMigrations() { return kMigrations; }

int currentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

}  // namespace reunite::db
