#pragma once
// StrProfile: the STR typing of one sample, marker (canonical name) -> genotype, with the line of
// the lab file each genotype came from (0 when it was not read from a file).
// Thread safety: plain value type.
#include <map>
#include <string>

#include "dna/Genotype.h"

namespace reunite::dna {

struct LocusCall {
    Genotype genotype;
    int sourceLine = 0;
};

struct StrProfile {
    std::string sampleId;
    std::map<std::string, LocusCall> loci;  // key: canonicalMarkerName()

    const Genotype* genotypeAt(const std::string& canonicalMarker) const {
        const auto it = loci.find(canonicalMarker);
        return it == loci.end() ? nullptr : &it->second.genotype;
    }
};

}  // namespace reunite::dna
