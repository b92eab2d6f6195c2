#pragma once
// Sex: the one sex type of the whole program (cases, relatives, gallery candidates, search
// filters, the age model, progressions). Unknown means "not recorded" (in the age model: the
// average of both).
// Spellings: sexName() "female"/"male"/"unknown" (JSON, metadata); sexCode() 'F'/'M'/'U' (database
// columns, CSV, search filters). parseSex() accepts both spellings in any case.
// Thread safety: plain values and pure functions.
#include <optional>
#include <string_view>

namespace reunite {

enum class Sex { Female, Male, Unknown };

const char* sexName(Sex sex);
char sexCode(Sex sex);
// f/female/m/male/u/unknown in any case, surrounding blanks ignored; nullopt for anything else
// (also for an empty text: callers decide whether blank means Unknown).
std::optional<Sex> parseSex(std::string_view text);

}  // namespace reunite
