#include "workflows/gallery/ImportManifest.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <system_error>

#include "domain/AsciiText.h"
#include "domain/CsvReader.h"
#include "domain/IsoDateTime.h"
#include "domain/PathTree.h"
#include "domain/PhotoFiles.h"
#include "domain/Utf8Text.h"
#include "eval/CrossAgeDataset.h"

namespace reunite {
namespace {

std::optional<Sex> parseSexField(const std::string& text) {
    const std::string t = asciiLowerCase(trimBlanks(text));
    if (t.empty() || t == "u" || t == "unknown") return Sex::Unknown;
    if (t == "f" || t == "female") return Sex::Female;
    if (t == "m" || t == "male") return Sex::Male;
    return std::nullopt;
}

// Same person data? Used to tell extra photos of a record from conflicting duplicates.
bool samePerson(const db::CandidateRecord& a, const db::CandidateRecord& b) {
    return a.givenNames == b.givenNames && a.familyName == b.familyName && a.sex == b.sex &&
           a.birthDate == b.birthDate && a.birthYear == b.birthYear && a.region == b.region;
}

// The row's text, but the file column (a path may be in any encoding), is UTF-8.
bool rowTextIsUtf8(const std::vector<std::string>& row, int fileColumn) {
    for (std::size_t c = 0; c < row.size(); ++c) {
        if (static_cast<int>(c) != fileColumn && !isValidUtf8(row[c])) return false;
    }
    return true;
}

}  // namespace

bool isValidIsoDate(const std::string& text) { return isIsoDate(text) && text >= "1850"; }

Result<ImportManifest> ImportManifest::fromCsv(const std::filesystem::path& csvFile, db::CandidateSource defaultSource,
                                               ManifestPaths paths) {
    Result<CsvTable> table = readCsvFile(csvFile);
    if (!table) return table.error();
    const CsvTable& csv = table.value();
    auto column = [&](const std::string& name) { return csv.column(name); };
    const int fileColumn = column("file"), idColumn = column("record_id");
    if (fileColumn < 0 || idColumn < 0) {
        return makeError(ErrorCode::CorruptData, csvFile.string() + ": the header needs at least the columns file and record_id");
    }
    const int namesColumn = column("names"), givenColumn = column("given_names"), familyColumn = column("family_name"),
              sexColumn = column("sex"), birthDateColumn = column("birth_date"), birthYearColumn = column("birth_year"),
              regionColumn = column("region"), sourceColumn = column("source"), photoDateColumn = column("photo_date"), faceColumn = column("face");

    ImportManifest manifest;
    std::map<std::pair<int, std::string>, std::size_t> firstItemOfRecord;
    std::map<std::pair<std::string, std::string>, std::int64_t> rowOfRecordFile;
    const std::filesystem::path base = csvFile.parent_path();
    const std::filesystem::path root = resolvedPath(base.empty() ? "." : base);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const std::int64_t rowNumber = static_cast<std::int64_t>(r) + 1;
        const auto& row = csv.rows[r];
        auto field = [&](int c) { return c >= 0 && c < static_cast<int>(row.size()) ? trimBlanks(row[c]) : std::string(); };
        ImportItem item;
        item.rowNumber = rowNumber;
        const std::string fileText = field(fileColumn);
        item.file = std::filesystem::path(fileText).is_absolute() ? std::filesystem::path(fileText) : base / fileText;
        auto problem = [&](NoticeId id, std::vector<std::string> args) {
            args.insert(args.begin(), std::to_string(rowNumber));
            manifest.problems.push_back(RowProblem{item.file, rowNumber, Notice{id, std::move(args)}});
        };
        if (fileText.empty()) { problem(NoticeId::RowWithoutFile, {}); continue; }
        // Checked before the file is looked at: a manifest cannot even learn whether a file
        // outside its folder exists.
        const std::filesystem::path resolvedFile = resolvedPath(item.file);
        if (paths == ManifestPaths::InManifestFolder && !liesUnder(resolvedFile, root)) {
            problem(NoticeId::RowFileOutsideFolder, {pathText(item.file)});
            continue;
        }
        std::error_code ec;
        if (!std::filesystem::is_regular_file(item.file, ec)) { manifest.problems.push_back(RowProblem{item.file, rowNumber, Notice{NoticeId::FileNotFound, {pathText(item.file)}}}); continue; }
        if (!rowTextIsUtf8(row, fileColumn)) {
            problem(NoticeId::RowNotUtf8, {});
            continue;
        }

        db::CandidateRecord& c = item.candidate;
        c.externalRef = field(idColumn);
        if (c.externalRef.empty()) { problem(NoticeId::RowWithoutRecordId, {}); continue; }
        if (namesColumn >= 0) {
            const std::string names = field(namesColumn);
            const auto space = names.rfind(' ');
            c.givenNames = space == std::string::npos ? names : names.substr(0, space);
            c.familyName = space == std::string::npos ? std::string() : names.substr(space + 1);
        }
        if (givenColumn >= 0) c.givenNames = field(givenColumn);
        if (familyColumn >= 0) c.familyName = field(familyColumn);
        const auto sex = parseSexField(field(sexColumn));
        if (!sex) { problem(NoticeId::RowUnknownSex, {field(sexColumn)}); continue; }
        c.sex = *sex;
        const std::string birthDate = field(birthDateColumn);
        std::string birthYear = field(birthYearColumn);
        if (!birthDate.empty()) {
            if (isValidIsoDate(birthDate)) {
                c.birthDate = birthDate;
                c.birthYear = std::stoi(birthDate.substr(0, 4));
            } else if (birthDate.size() <= 6 && birthYear.empty()) {
                birthYear = birthDate;  // a year or an estimated year in the date column
            } else {
                problem(NoticeId::RowBadBirthDate, {birthDate});
                continue;
            }
        }
        if (!birthYear.empty() && !c.birthDate) {
            std::string digits = birthYear;
            if (!digits.empty() && (digits.front() == '~' || digits.back() == '?')) {
                c.birthYearIsEstimate = true;
                digits.erase(std::remove_if(digits.begin(), digits.end(), [](char ch) { return ch == '~' || ch == '?'; }), digits.end());
            }
            if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), ::isdigit) || std::stoi(digits) < 1850) {
                problem(NoticeId::RowBadBirthYear, {birthYear});
                continue;
            }
            c.birthYear = std::stoi(digits);
        }
        c.region = field(regionColumn);
        c.source = defaultSource;
        if (const std::string source = field(sourceColumn); !source.empty()) {
            const auto parsed = db::parseCandidateSource(asciiLowerCase(source));
            if (!parsed) { problem(NoticeId::RowUnknownSource, {source}); continue; }
            c.source = *parsed;
        }
        if (const std::string photoDate = field(photoDateColumn); !photoDate.empty()) {
            if (!isValidIsoDate(photoDate)) { problem(NoticeId::RowBadPhotoDate, {photoDate}); continue; }
            item.photoDate = photoDate;
        }
        Result<std::optional<FaceChoice>> face = parseFaceChoice(field(faceColumn));
        if (!face) { problem(NoticeId::RowBadFaceChoice, {face.error().message}); continue; }
        item.face = face.value();
        const auto recordKey = std::make_pair(static_cast<int>(c.source), c.externalRef);
        if (const auto seen = firstItemOfRecord.find(recordKey); seen != firstItemOfRecord.end()) {
            const ImportItem& first = manifest.items[seen->second];
            if (!samePerson(first.candidate, c)) {
                problem(NoticeId::RowConflictingRecord, {c.externalRef, std::to_string(first.rowNumber)});
                continue;
            }
        }
        const auto fileKey = std::make_pair(c.externalRef, resolvedFile.string());
        if (const auto dup = rowOfRecordFile.find(fileKey); dup != rowOfRecordFile.end()) {
            problem(NoticeId::RowRepeated, {std::to_string(dup->second)});
            continue;
        }
        rowOfRecordFile.emplace(fileKey, rowNumber);
        firstItemOfRecord.emplace(recordKey, manifest.items.size());
        manifest.items.push_back(std::move(item));
    }
    return manifest;
}

Result<ImportManifest> ImportManifest::fromFolder(const std::filesystem::path& folder, db::CandidateSource source) {
    Result<std::vector<std::filesystem::path>> files = listPhotoFilesRecursively(folder);
    if (!files) return files.error();
    ImportManifest manifest;
    for (const std::filesystem::path& file : files.value()) {
        const std::filesystem::path relative = std::filesystem::relative(file, folder);
        ImportItem item;
        item.file = file;
        item.candidate.source = source;
        const auto first = relative.begin();
        // The folder or file name is the reference; a name in another encoding stays distinct (\xNN).
        item.candidate.externalRef = pathText(std::next(first) == relative.end() ? file.stem() : *first);
        manifest.items.push_back(std::move(item));
    }
    return manifest;
}

}  // namespace reunite
