#pragma once
// Marker (locus) names as labs and frequency tables spell them, reduced to one canonical spelling
// so that every reader and the calculator agree: "VWA", "vWA" -> "vWA"; "PentaD", "PENTA_D",
// "Penta D" -> "Penta D"; "THO1" -> "TH01"; "Amelogenin" -> "AMEL"; "d8s1179" -> "D8S1179".
// Inputs: any text. Guarantees: the canonical name never has surrounding blanks; unknown names
// are kept (upper-cased, blanks, '_' and '-' removed) so they still compare equal across files.
// Thread safety: pure functions.
#include <string>
#include <string_view>

#include "dna/Allele.h"

namespace reunite::dna {

enum class MarkerKind {
    AutosomalStr,  // used for kinship
    Amelogenin,    // sex marker, never used for kinship
    YChromosome,   // DYS..., Y-indel, Y-GATA...: not autosomal
    XChromosome,   // DXS..., HPRTB: not autosomal
};

// Canonical spelling of a marker name; empty when the text holds no letters or digits.
std::string canonicalMarkerName(std::string_view name);

// Kind of a canonical marker name (call canonicalMarkerName first).
MarkerKind markerKind(const std::string& canonicalName);

bool isAutosomalStr(const std::string& canonicalName);

// Amelogenin takes only X and Y; every other marker only repeat numbers or off-ladder calls.
bool alleleFitsMarker(const Allele& allele, const std::string& canonicalName);

}  // namespace reunite::dna
