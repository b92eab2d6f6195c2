#pragma once
// The label phrases of English and Simplified Chinese missing-person flyers ("Name:", "DOB",
// "Last seen", "姓名", "走失地点" ...) and the header phrases ("MISSING", "寻人启事" ...), for
// FlyerFieldParser. Phrases are lower case; a space in a phrase matches any run of spaces or none.
// Guarantees: static, immutable tables. Thread safety: safe from any thread.
#include <span>
#include <string_view>

namespace reunite::ocr {

enum class FlyerLabelKind {
    Name,
    Sex,
    DateOfBirth,
    Age,
    DateMissing,   // a date, possibly followed by the place
    LastSeen,      // date and/or place ("Last seen May 6, 2010 at Central Park")
    PlaceMissing,  // a place, possibly with the date
    Contact,
    Height,
    Note,          // clothing, marks, weight, reward ...: kept as a note with its label
    MissingColon,  // "Missing: ..." (a date, or else the name)
};

enum class LabelUse {
    NeedsColon,         // only when followed by ':' or ';' ("Name:"), or at the start of a line
    NeedsColonAnywhere, // only when followed by ':' or ';', even at the start of a line
    Free,               // also inside sentences ("was last seen on", "born")
};

struct FlyerLabel {
    std::u32string_view phrase;
    FlyerLabelKind kind;
    LabelUse use;
};

std::span<const FlyerLabel> flyerLabels();

// Lower-case header phrases; a line made of them (and punctuation) is a flyer header.
std::span<const std::u32string_view> flyerHeaderWords();
// Chinese header phrases, matched anywhere in a line.
std::span<const std::u32string_view> flyerChineseHeaders();

}  // namespace reunite::ocr
