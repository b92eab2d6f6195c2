#include "dna/MarkerName.h"

#include <array>
#include <cctype>
#include <utility>

namespace reunite::dna {
namespace {

// Upper-case letters and digits only: the key two spellings of one marker share.
std::string compactKey(std::string_view name) {
    std::string key;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) key.push_back(static_cast<char>(std::toupper(u)));
    }
    return key;
}

// Names whose usual spelling is not simply the compact upper-case key.
constexpr std::array<std::pair<const char*, const char*>, 12> kAliases{{
    {"VWA", "vWA"},
    {"VWA31", "vWA"},
    {"PENTAD", "Penta D"},
    {"PENTAE", "Penta E"},
    {"THO1", "TH01"},
    {"AMEL", "AMEL"},
    {"AMELOGENIN", "AMEL"},
    {"AM", "AMEL"},
    {"ACTBP2", "SE33"},
    {"FIBRA", "FGA"},
    {"CSF1P0", "CSF1PO"},
    {"TPOX", "TPOX"},
}};

bool startsWith(const std::string& text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::string_view(text).substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string canonicalMarkerName(std::string_view name) {
    const std::string key = compactKey(name);
    for (const auto& [alias, canonical] : kAliases)
        if (key == alias) return canonical;
    return key;
}

MarkerKind markerKind(const std::string& canonicalName) {
    if (canonicalName == "AMEL") return MarkerKind::Amelogenin;
    if (startsWith(canonicalName, "DYS") || startsWith(canonicalName, "YINDEL") ||
        startsWith(canonicalName, "YGATA") || startsWith(canonicalName, "DYF"))
        return MarkerKind::YChromosome;
    if (startsWith(canonicalName, "DXS") || startsWith(canonicalName, "HPRTB"))
        return MarkerKind::XChromosome;
    return MarkerKind::AutosomalStr;
}

bool isAutosomalStr(const std::string& canonicalName) {
    return markerKind(canonicalName) == MarkerKind::AutosomalStr;
}

bool alleleFitsMarker(const Allele& allele, const std::string& canonicalName) {
    const bool sexAllele = allele.text() == "X" || allele.text() == "Y";
    return sexAllele == (markerKind(canonicalName) == MarkerKind::Amelogenin);
}

}  // namespace reunite::dna
