#pragma once
// FlyerFields: what a missing-person flyer says about the child, as read by FlyerFieldParser.
// Every value is a suggestion for a volunteer to check; confidence says how it was found:
// about 0.9 for a labelled and well-formed value ("DOB: 2004-05-06"), 0.6-0.75 for a value
// found in a sentence or a guess made from the layout, lower for weak hints (pronouns), and under
// kFieldNeedsCheckBelow when the OCR was unsure of its characters (FlyerReadingParser.h). A value
// below kFieldNeedsCheckBelow is marked for checking wherever it is shown or stored.
// Thread safety: plain value types, no shared state.
#include <array>
#include <optional>
#include <string>

namespace reunite::ocr {

// Below this confidence a found value is marked for checking wherever it is shown or stored.
inline constexpr double kFieldNeedsCheckBelow = 0.7;

struct FlyerField {
    std::string value;       // normalized value; "" when not found
    std::string sourceText;  // the (normalized) OCR line it was read from
    double confidence = 0;   // 0..1, 0 when not found
    bool found = false;

    bool needsCheck() const { return found && confidence < kFieldNeedsCheckBelow; }
};

struct FlyerFields {
    bool missingPersonHeader = false;  // "MISSING", "HAVE YOU SEEN ME?", "寻人启事" ... seen
    FlyerField name;                   // as written ("Emily Zhang", "张小明")
    FlyerField sex;                    // "F", "M" or "U" (value "U" when not found)
    FlyerField dateOfBirth;            // "YYYY-MM-DD"
    std::optional<int> birthYear;      // when only the year of birth is known (or the full date's year)
    FlyerField age;                    // age in whole years as written at the time of the flyer ("7")
    FlyerField dateMissing;            // "YYYY-MM-DD"
    FlyerField placeMissing;           // free text ("Central Park, New York", "北京市朝阳区")
    FlyerField contact;                // phone numbers, e-mail addresses, names to call
    FlyerField heightText;             // as written ("4 ft 2 in", "120cm", "1.2米")
    std::string otherNotes;            // remaining lines (clothing, marks, reward ...), one per line
    bool dateOrderAmbiguous = false;   // a numeric date such as 05/06/2004 was read month-first
                                       // (or day-first as configured) without certainty
};

// The single-value fields with their English names, for code that treats them alike.
struct NamedFlyerField {
    const char* name;
    FlyerField FlyerFields::*member;
};
inline constexpr std::array<NamedFlyerField, 8> kNamedFlyerFields{{{"name", &FlyerFields::name},
                                                                   {"sex", &FlyerFields::sex},
                                                                   {"date of birth", &FlyerFields::dateOfBirth},
                                                                   {"age", &FlyerFields::age},
                                                                   {"date missing", &FlyerFields::dateMissing},
                                                                   {"place missing", &FlyerFields::placeMissing},
                                                                   {"contact", &FlyerFields::contact},
                                                                   {"height", &FlyerFields::heightText}}};

inline int countNeedingCheck(const FlyerFields& fields) {
    int count = 0;
    for (const NamedFlyerField& named : kNamedFlyerFields) count += (fields.*named.member).needsCheck();
    return count;
}

}  // namespace reunite::ocr
