#pragma once
// FrequencyTable: allele frequencies of a population, marker (canonical name) -> allele -> frequency.
// Frequencies are used exactly as the table lists them (no renormalisation); alleles the table
// lacks get a frequency from a MinimumFrequencyRule (see AlleleProbabilities).
// Thread safety: immutable after construction; concurrent reads are safe.
#include <map>
#include <string>
#include <vector>

#include "dna/MarkerFrequencies.h"

namespace reunite::dna {

class FrequencyTable {
public:
    FrequencyTable() = default;
    explicit FrequencyTable(std::string name) : name_(std::move(name)) {}

    const std::string& name() const { return name_; }
    // False when a marker of the same canonical name is already present.
    bool addMarker(MarkerFrequencies marker);
    const MarkerFrequencies* marker(const std::string& canonicalName) const;
    std::vector<std::string> markerNames() const;
    bool empty() const { return markers_.empty(); }

private:
    std::string name_;
    std::map<std::string, MarkerFrequencies> markers_;
};

}  // namespace reunite::dna
