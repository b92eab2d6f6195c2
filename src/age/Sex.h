#pragma once
// Sex: the sex a progression or an age-model entry is for. Unknown means "average of both".
// Thread safety: plain values and pure functions.
#include <optional>
#include <string>

namespace reunite {

enum class Sex { Female, Male, Unknown };

// "female", "male", "unknown": the spelling used in the age model JSON and in metadata.
const char* sexName(Sex sex);
// Accepts f/female/m/male/u/unknown (any case); nullopt for anything else.
std::optional<Sex> parseSex(const std::string& text);

}  // namespace reunite
