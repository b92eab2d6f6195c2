// Fuzzes the DNA file readers: laboratory STR profile tables, Familias allele-frequency tables and
// mutation-rate tables (all text a lab or a colleague sends).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dna/FamiliasReader.h"
#include "dna/LabResultsReader.h"
#include "dna/MutationRatesReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    [[maybe_unused]] const auto lab = reunite::dna::parseLabResults(text, "fuzz");
    [[maybe_unused]] const auto frequencies = reunite::dna::parseFamiliasTable(text, "fuzz");
    [[maybe_unused]] const auto rates = reunite::dna::parseMutationRates(text, "fuzz");
    return 0;
}
