#pragma once
// ImportManifest: what a gallery import will store, read from a CSV manifest or a folder.
// CSV columns (header row required; names case-insensitive): file, record_id, names (or
// given_names + family_name), sex (F/M/U, female/male/unknown, empty), birth_date (YYYY-MM-DD) or
// birth_year (YYYY, "~YYYY" or "YYYY?" = estimate), region, source (national_db, self_registered,
// flyer, tip_off), photo_date (YYYY-MM-DD), face (which face of a group photo is this person:
// workflows/gallery/FaceChoice.h). Relative file paths are resolved against the CSV's folder.
// A file outside the CSV's folder tree (after resolving "..", and symbolic links) is a RowProblem
// unless the caller allows ManifestPaths::Anywhere (checked before the file is looked at): a
// manifest cannot make the importer read, or probe, any file of the machine. A row whose text
// (but the file column) is not UTF-8 is a RowProblem too, found before any face work.
// Folder: every image below it; an image in a sub-folder belongs to the candidate named by its
// first-level sub-folder, an image directly in the folder is a candidate of its own (file stem).
// Guarantees: bad rows (bad dates, unknown sex or source, missing file, a record id repeated with
// different personal data, a repeated row) become RowProblems with their row number; the good
// rows are still returned. Thread safety: plain functions and values.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/records/CandidateRecord.h"
#include "domain/Notice.h"
#include "domain/Result.h"
#include "workflows/gallery/FaceChoice.h"

namespace reunite {

struct ImportItem {
    std::filesystem::path file;
    std::int64_t rowNumber = 0;         // 1-based data row in the CSV (0 for folder imports)
    db::CandidateRecord candidate;      // id unset; source + externalRef identify it
    std::optional<std::string> photoDate;
    std::optional<FaceChoice> face;     // which face is the named person, when the photo has several
};

struct RowProblem {
    std::filesystem::path file;
    std::int64_t rowNumber = 0;
    Notice notice;  // noticeText() for the English message
};

// Where the files a CSV manifest names may lie.
enum class ManifestPaths { InManifestFolder, Anywhere };

struct ImportManifest {
    std::vector<ImportItem> items;
    std::vector<RowProblem> problems;

    static Result<ImportManifest> fromCsv(const std::filesystem::path& csvFile,
                                          db::CandidateSource defaultSource = db::CandidateSource::NationalDatabase,
                                          ManifestPaths paths = ManifestPaths::InManifestFolder);
    static Result<ImportManifest> fromFolder(const std::filesystem::path& folder, db::CandidateSource source);
};

// A manifest date: a real calendar date YYYY-MM-DD (domain/IsoDateTime.h) from 1850 on.
bool isValidIsoDate(const std::string& text);

}  // namespace reunite
