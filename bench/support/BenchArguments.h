#pragma once
// Small helpers the benchmarks share: "--sizes 10000,100000" lists and the median of timings.
// Thread safety: pure functions.
#include <algorithm>
#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace reunite::bench {

inline std::vector<std::size_t> parseSizes(const std::string& text) {
    std::vector<std::size_t> sizes;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) sizes.push_back(std::stoull(item));
    return sizes;
}

// The middle value (the upper one of an even count); `values` must not be empty.
inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace reunite::bench
