#include "dna/FrequencyTable.h"

#include "dna/internal/MapLookup.h"

namespace reunite::dna {

bool FrequencyTable::addMarker(MarkerFrequencies marker) {
    const std::string key = marker.name;
    return markers_.emplace(key, std::move(marker)).second;
}

const MarkerFrequencies* FrequencyTable::marker(const std::string& canonicalName) const {
    return internal::findOrNull(markers_, canonicalName);
}

std::vector<std::string> FrequencyTable::markerNames() const {
    return internal::keysOf(markers_);
}

}  // namespace reunite::dna
