#pragma once
// Notice: what a person is told about their input or a result, as an id with arguments, so that
// each interface can say it in its own language. noticeText() is the English text (the command
// line, logs, databases written before notices were stored); the GUI translates by id
// (gui/common/NoticeText.h). Arguments are readable text (numbers, names, file paths made UTF-8);
// a Failure notice carries an ErrorCode name and the English details of the error.
// encodeNotice/decodeNotice keep a notice in one text column: the id's stable key, then each
// argument, separated by U+001F.
// Guarantees: pure functions, never throw; decodeNotice gives nothing for an unknown key or text
// that is not an encoded notice; a missing argument reads as empty text.
// Thread safety: stateless.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"

namespace reunite {

enum class NoticeId {
    RowWithoutFile,        // row
    RowFileOutsideFolder,  // row, file
    FileNotFound,          // file
    RowNotUtf8,            // row
    RowWithoutRecordId,    // row
    RowUnknownSex,         // row, value
    RowBadBirthDate,       // row, value
    RowBadBirthYear,       // row, value
    RowUnknownSource,      // row, value
    RowBadPhotoDate,       // row, value
    RowBadFaceChoice,      // row, English details
    RowConflictingRecord,  // row, record id, earlier row
    RowRepeated,           // row, earlier row
    Failure,               // error code name, English details
    FlyerWithoutFace,      //
    FlyerUncertainValues,  // count
    AgeInvariantSwitchedOff,     //
    AgeInvariantNotInstalled,    // English details
    DamagedFacesLeftOut,         // count, face ids (at most ten, then "...")
    ProgressedProbesNotUsed,     // English details
    PosterWithoutPhoto,          // case number
    PosterPhotoUnreadable,       // file name, English details
    PosterPhotoWithoutFace,      // file name
    PosterWithoutAges,           //
    PosterWithoutProgression,    // English details
    ReportProgressionLeftOut,    // "file: English details"
    ProbePhotoNotForGallery,     // file
    ReportGalleryPeopleLeftOut,  // count
    LikelihoodsNotInstalled,     // English details
    KinshipCompared,             // relatives compared, their faces
    RelativesOnlySearch,         // candidates compared by kinship (no childhood photo)
};

struct Notice {
    NoticeId id = NoticeId::Failure;
    std::vector<std::string> args;

    const std::string& arg(std::size_t index) const;
};

// A Failure notice for an error.
Notice failureNotice(const Error& error);
std::string noticeText(const Notice& notice);
std::string_view noticeKey(NoticeId id);
std::string encodeNotice(const Notice& notice);
std::optional<Notice> decodeNotice(std::string_view text);

}  // namespace reunite
