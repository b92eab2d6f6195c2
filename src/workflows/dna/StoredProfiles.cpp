#include "workflows/dna/StoredProfiles.h"

#include "dna/Allele.h"

namespace reunite::workflows {

namespace {

std::string allelesText(const dna::Genotype& genotype) {
    std::string text;
    for (const dna::Allele& allele : genotype.alleles()) text += (text.empty() ? "" : "/") + allele.text();
    return text;
}

Result<dna::Genotype> parseGenotype(const std::string& text, const std::string& marker) {
    std::vector<dna::Allele> alleles;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t slash = text.find('/', start);
        const std::string part = text.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        const std::optional<dna::Allele> allele = dna::Allele::parse(part);
        if (!allele) return makeError(ErrorCode::CorruptData, "stored marker " + marker + " has an unreadable allele '" + part + "'");
        alleles.push_back(*allele);
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return dna::Genotype(std::move(alleles));
}

}  // namespace

std::vector<db::StrLocusRow> toStoredLoci(const dna::StrProfile& profile) {
    std::vector<db::StrLocusRow> rows;
    for (const auto& [marker, call] : profile.loci) rows.push_back(db::StrLocusRow{marker, allelesText(call.genotype), call.sourceLine});
    return rows;
}

Result<dna::StrProfile> toCalculatorProfile(const db::StrProfileRecord& record, const std::string& sampleCode) {
    dna::StrProfile profile;
    profile.sampleId = sampleCode;
    for (const db::StrLocusRow& row : record.loci) {
        Result<dna::Genotype> genotype = parseGenotype(row.alleles, row.marker);
        if (!genotype) return genotype.error();
        profile.loci[row.marker] = dna::LocusCall{std::move(genotype).value(), row.sourceLine};
    }
    return profile;
}

}  // namespace reunite::workflows
