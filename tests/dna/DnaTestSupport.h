#pragma once
// Helpers shared by the DNA tests: genotypes and marker tables from short text, the shipped East
// Asian table, and a simulator of related and unrelated people (Mendelian transmission,
// Hardy-Weinberg founders, optional stepwise mutations).
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "dna/FrequencyTable.h"
#include "dna/Genotype.h"
#include "dna/StrProfile.h"

namespace reunite::dna::test {

// "10/12" -> Genotype; REQUIREs that the text parses.
Genotype gt(const std::string& text);
MarkerFrequencies markerOf(const std::map<std::string, double>& frequencies, const std::string& name = "TEST");
// A marker with n alleles "5".."5+n-1" and random frequencies summing to 1.
MarkerFrequencies randomMarker(std::mt19937& rng, int alleleCount);

std::filesystem::path sourceDir();
// resources/str/OstAsiaDB_v2023.txt, REQUIREd readable and error-free.
const FrequencyTable& eastAsianTable();
// The 20 CODIS core loci plus Penta D, Penta E and SE33 (canonical names).
const std::vector<std::string>& codis23();

class ProfileSimulator {
public:
    ProfileSimulator(const FrequencyTable& table, std::vector<std::string> markers, unsigned seed);

    StrProfile founder(const std::string& id);
    // A child of two typed or untyped parents; mutationRate: chance per transmitted allele of a
    // +-1 repeat step.
    StrProfile child(const std::string& id, const StrProfile& mother, const StrProfile& father, double mutationRate = 0.0);

private:
    Allele randomAllele(const std::string& marker);
    Allele transmitted(const Genotype& parent, const std::string& marker, double mutationRate);

    const FrequencyTable& table_;
    std::vector<std::string> markers_;
    std::mt19937 rng_;
};

}  // namespace reunite::dna::test
