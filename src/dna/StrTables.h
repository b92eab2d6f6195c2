#pragma once
// The allele-frequency tables shipped in resources/str (norSTR, MIT licence; see its README.md),
// as paths for locateResource() (domain/ResourceLocator.h).
namespace reunite::dna {

constexpr const char* kEastAsianStrTableResource = "str/OstAsiaDB_v2023.txt";
constexpr const char* kNorwegianStrTableResource = "str/NorskDB_v2023.txt";

}  // namespace reunite::dna
