#include "dna/FrequencyTable.h"

namespace reunite::dna {

bool FrequencyTable::addMarker(MarkerFrequencies marker) {
    const std::string key = marker.name;
    return markers_.emplace(key, std::move(marker)).second;
}

const MarkerFrequencies* FrequencyTable::marker(const std::string& canonicalName) const {
    const auto it = markers_.find(canonicalName);
    return it == markers_.end() ? nullptr : &it->second;
}

std::vector<std::string> FrequencyTable::markerNames() const {
    std::vector<std::string> names;
    for (const auto& [name, marker] : markers_) names.push_back(name);
    return names;
}

}  // namespace reunite::dna
