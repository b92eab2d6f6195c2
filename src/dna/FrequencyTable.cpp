#include "dna/FrequencyTable.h"

#include <algorithm>
#include <limits>

namespace reunite::dna {

std::optional<double> MarkerFrequencies::frequency(const Allele& allele) const {
    const auto it = alleles.find(allele.text());
    if (it == alleles.end()) return std::nullopt;
    return it->second;
}

double MarkerFrequencies::smallestListed() const {
    double smallest = std::numeric_limits<double>::infinity();
    for (const auto& [allele, frequency] : alleles) smallest = std::min(smallest, frequency);
    return smallest;
}

double MarkerFrequencies::sum() const {
    double total = 0.0;
    for (const auto& [allele, frequency] : alleles) total += frequency;
    return total;
}

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
