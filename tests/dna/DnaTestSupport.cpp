#include "DnaTestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>

#include "dna/FamiliasReader.h"

namespace reunite::dna::test {

Genotype gt(const std::string& text) {
    const std::size_t slash = text.find('/');
    REQUIRE(slash != std::string::npos);
    const auto a = Allele::parse(text.substr(0, slash));
    const auto b = Allele::parse(text.substr(slash + 1));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    return Genotype(*a, *b);
}

MarkerFrequencies markerOf(const std::map<std::string, double>& frequencies, const std::string& name) {
    MarkerFrequencies marker;
    marker.name = name;
    marker.spelling = name;
    for (const auto& [allele, p] : frequencies) marker.alleles[Allele::parse(allele)->text()] = p;
    return marker;
}

MarkerFrequencies randomMarker(std::mt19937& rng, int alleleCount) {
    std::uniform_real_distribution<double> uniform(0.02, 1.0);
    std::vector<double> weights(static_cast<std::size_t>(alleleCount));
    double total = 0.0;
    for (double& w : weights) total += (w = uniform(rng));
    std::map<std::string, double> frequencies;
    for (int i = 0; i < alleleCount; ++i) frequencies[std::to_string(5 + i)] = weights[static_cast<std::size_t>(i)] / total;
    return markerOf(frequencies, "RANDOM");
}

std::filesystem::path sourceDir() { return REUNITE_SOURCE_DIR; }

const FrequencyTable& eastAsianTable() {
    static const FrequencyTable table = [] {
        Result<FrequencyTableImport> read = readFamiliasTableFile(sourceDir() / "resources/str/OstAsiaDB_v2023.txt");
        REQUIRE(read.ok());
        REQUIRE(read.value().problems.empty());
        return read.value().table;
    }();
    return table;
}

const std::vector<std::string>& codis23() {
    static const std::vector<std::string> markers{
        "CSF1PO", "FGA", "TH01", "TPOX", "vWA", "D3S1358", "D5S818", "D7S820", "D8S1179", "D13S317", "D16S539",
        "D18S51", "D21S11", "D1S1656", "D2S441", "D2S1338", "D10S1248", "D12S391", "D19S433", "D22S1045",
        "Penta D", "Penta E", "SE33"};
    return markers;
}

ProfileSimulator::ProfileSimulator(const FrequencyTable& table, std::vector<std::string> markers, unsigned seed)
    : table_(table), markers_(std::move(markers)), rng_(seed) {}

Allele ProfileSimulator::randomAllele(const std::string& marker) {
    const MarkerFrequencies* frequencies = table_.marker(marker);
    REQUIRE(frequencies != nullptr);
    std::uniform_real_distribution<double> uniform(0.0, frequencies->sum());
    double u = uniform(rng_);
    for (const auto& [allele, p] : frequencies->alleles) {
        if (u < p) return *Allele::parse(allele);
        u -= p;
    }
    return *Allele::parse(frequencies->alleles.rbegin()->first);
}

Allele ProfileSimulator::transmitted(const Genotype& parent, const std::string& marker, double mutationRate) {
    std::bernoulli_distribution coin(0.5), mutates(mutationRate);
    const Allele allele = coin(rng_) ? parent.first() : parent.second();
    if (!mutates(rng_) || !allele.repeats()) return allele;
    const double stepped = *allele.repeats() + (coin(rng_) ? 1.0 : -1.0);
    std::ostringstream text;
    text << stepped;
    return Allele::parse(text.str()).value_or(allele);
}

StrProfile ProfileSimulator::founder(const std::string& id) {
    StrProfile profile{id, {}};
    for (const std::string& marker : markers_) profile.loci[marker] = {Genotype(randomAllele(marker), randomAllele(marker)), 0};
    return profile;
}

StrProfile ProfileSimulator::child(const std::string& id, const StrProfile& mother, const StrProfile& father,
                                   double mutationRate) {
    StrProfile profile{id, {}};
    for (const std::string& marker : markers_) {
        const Allele fromMother = transmitted(mother.loci.at(marker).genotype, marker, mutationRate);
        const Allele fromFather = transmitted(father.loci.at(marker).genotype, marker, mutationRate);
        profile.loci[marker] = {Genotype(fromMother, fromFather), 0};
    }
    return profile;
}

}  // namespace reunite::dna::test
