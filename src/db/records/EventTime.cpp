#include "db/records/EventTime.h"

#include <cctype>

#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

bool isDigits(std::string_view text) {
    for (const char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return !text.empty();
}

bool isTwoDigitsBelow(std::string_view text, int limit) { return text.size() == 2 && isDigits(text) && std::stoi(std::string(text)) < limit; }

bool isClockTime(std::string_view time) {
    if (!time.empty() && time.back() == 'Z') time.remove_suffix(1);
    if (time.size() < 5 || time[2] != ':') return false;
    if (!isTwoDigitsBelow(time.substr(0, 2), 24) || !isTwoDigitsBelow(time.substr(3, 2), 60)) return false;
    time.remove_prefix(5);
    if (time.empty()) return true;
    if (time.size() < 3 || time[0] != ':' || !isTwoDigitsBelow(time.substr(1, 2), 60)) return false;
    time.remove_prefix(3);
    if (time.empty()) return true;
    return time[0] == '.' && isDigits(time.substr(1));
}

}  // namespace

bool isEventTime(std::string_view text) {
    if (text.size() < 10 || !isIsoDate(text.substr(0, 10))) return false;
    if (text.size() == 10) return true;
    if (text[10] != 'T' && text[10] != ' ') return false;
    return isClockTime(text.substr(11));
}

}  // namespace reunite::db
