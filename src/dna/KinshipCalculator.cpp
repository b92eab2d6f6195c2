#include "dna/KinshipCalculator.h"

#include <cmath>
#include <set>
#include <sstream>

#include "dna/AlleleProbabilities.h"
#include "dna/ExclusionPower.h"
#include "dna/MarkerName.h"
#include "dna/PairwiseKinship.h"
#include "dna/ParentageIndex.h"

namespace reunite::dna {
namespace {

struct Person {
    std::string role;
    const StrProfile* profile = nullptr;
};

std::string relativeRole(KinshipHypothesis hypothesis) {
    return hypothesis == KinshipHypothesis::HalfSibling ? "half_sibling" : "sibling";
}

// Candidate first, then the people the hypothesis compares with.
std::vector<Person> peopleOf(const KinshipCase& c) {
    std::vector<Person> people{{"candidate", &c.candidate}};
    if (c.mother) people.push_back({"mother", &*c.mother});
    if (c.father) people.push_back({"father", &*c.father});
    if (c.relative) people.push_back({relativeRole(c.hypothesis), &*c.relative});
    return people;
}

std::string kindReason(MarkerKind kind) {
    switch (kind) {
    case MarkerKind::Amelogenin: return "amelogenin (sex marker), not used for kinship";
    case MarkerKind::YChromosome: return "Y-chromosome marker, not autosomal";
    case MarkerKind::XChromosome: return "X-chromosome marker, not autosomal";
    case MarkerKind::AutosomalStr: break;
    }
    return "";
}

SkippedLocus skip(const std::string& marker, SkipKind kind, const std::string& role, std::string reason) {
    return {marker, kind, role, std::move(reason)};
}

// Why a marker cannot be used, or nothing when it can.
std::optional<SkippedLocus> skipReason(const std::string& marker, const std::vector<Person>& people,
                                       const FrequencyTable& table) {
    if (!isAutosomalStr(marker)) return skip(marker, SkipKind::NotAutosomal, "", kindReason(markerKind(marker)));
    for (const Person& person : people)
        if (!person.profile->genotypeAt(marker))
            return skip(marker, SkipKind::NotTyped, person.role, "not typed for the " + person.role);
    if (!table.marker(marker)) return skip(marker, SkipKind::NotInTable, "", "not in the frequency table " + table.name());
    for (const Person& person : people) {
        const Genotype& genotype = *person.profile->genotypeAt(marker);
        const std::string forRole = genotype.text() + " for the " + person.role;
        if (genotype.isTriAllelic()) return skip(marker, SkipKind::TriAllelic, person.role, "tri-allelic pattern " + forRole);
        if (genotype.hasOffLadder()) return skip(marker, SkipKind::OffLadder, person.role, "off-ladder allele " + forRole);
        if (!genotype.isDiploid()) return skip(marker, SkipKind::Incomplete, person.role, "incomplete genotype " + forRole);
    }
    return std::nullopt;
}

std::set<std::string> markersTypedForAnyone(const std::vector<Person>& people) {
    std::set<std::string> markers;
    for (const Person& person : people)
        for (const auto& [marker, call] : person.profile->loci) markers.insert(marker);
    return markers;
}

// One locus of one case: consistency, the likelihood ratio, the exclusion power, the notes.
class LocusEvaluator {
public:
    LocusEvaluator(const KinshipCase& c, const KinshipOptions& options, const MarkerFrequencies& frequencies,
                   const std::string& marker)
        : case_(c), options_(options), frequencies_(frequencies), marker_(marker),
          probabilities_(frequencies, options.theta, options.minimumFrequency) {}

    LocusResult evaluate() const {
        LocusResult result;
        result.marker = marker_;
        result.consistent = consistent();
        result.mutationModelUsed = !result.consistent;
        result.lr = result.consistent ? closedForm() : mutationAware();
        result.exclusionPower = exclusionPower();
        result.genotypes = genotypes();
        result.notes = unlistedAlleleNotes();
        return result;
    }

private:
    const Genotype& of(const StrProfile& profile) const { return *profile.genotypeAt(marker_); }
    const Genotype& candidate() const { return of(case_.candidate); }
    const Genotype& duoParent() const { return of(case_.mother ? *case_.mother : *case_.father); }

    bool consistent() const {
        switch (case_.hypothesis) {
        case KinshipHypothesis::Duo: return duoConsistent(duoParent(), candidate());
        case KinshipHypothesis::Trio: return trioConsistent(of(*case_.mother), of(*case_.father), candidate());
        case KinshipHypothesis::BothParents:
            return bothParentsConsistent(of(*case_.mother), of(*case_.father), candidate());
        case KinshipHypothesis::FullSibling:
        case KinshipHypothesis::HalfSibling: return true;
        }
        return true;
    }

    double closedForm() const {
        const AlleleProbabilities& p = probabilities_;
        switch (case_.hypothesis) {
        case KinshipHypothesis::Duo: return duoIndex(duoParent(), candidate(), p);
        case KinshipHypothesis::Trio: return trioIndex(of(*case_.mother), of(*case_.father), candidate(), p);
        case KinshipHypothesis::BothParents: return bothParentsIndex(of(*case_.mother), of(*case_.father), candidate(), p);
        case KinshipHypothesis::FullSibling: return fullSiblingIndex(candidate(), of(*case_.relative), p);
        case KinshipHypothesis::HalfSibling: return halfSiblingIndex(candidate(), of(*case_.relative), p);
        }
        return 1.0;
    }

    double mutationAware() const {
        const double rate = options_.mutationRateFor(marker_);
        const double power = exclusionPower().value_or(0.0);
        if (options_.mutationModel == MutationModelKind::Aabb && power > 0.0) return rate / power;
        const StepwiseMutation model(rate, options_.stepRatio);
        const Transmission t = [&model](const Genotype& parent, const Allele& allele) {
            return model.transmission(parent, allele);
        };
        const AlleleProbabilities& p = probabilities_;
        switch (case_.hypothesis) {
        case KinshipHypothesis::Duo: return duoIndex(duoParent(), candidate(), p, t);
        case KinshipHypothesis::Trio: return trioIndex(of(*case_.mother), of(*case_.father), candidate(), p, t);
        case KinshipHypothesis::BothParents:
            return bothParentsIndex(of(*case_.mother), of(*case_.father), candidate(), p, t);
        case KinshipHypothesis::FullSibling:
        case KinshipHypothesis::HalfSibling: break;
        }
        return closedForm();
    }

    std::optional<double> exclusionPower() const {
        switch (case_.hypothesis) {
        case KinshipHypothesis::Duo: return duoExclusionPower(frequencies_);
        case KinshipHypothesis::Trio: return trioExclusionPower(frequencies_);
        case KinshipHypothesis::BothParents: return bothParentsExclusionPower(frequencies_);
        case KinshipHypothesis::FullSibling:
        case KinshipHypothesis::HalfSibling: break;
        }
        return std::nullopt;
    }

    std::vector<RoleGenotype> genotypes() const {
        std::vector<RoleGenotype> out;
        for (const Person& person : peopleOf(case_)) out.push_back({person.role, of(*person.profile).text()});
        return out;
    }

    std::vector<std::string> unlistedAlleleNotes() const {
        std::set<std::string> unlisted;
        for (const Person& person : peopleOf(case_))
            for (const Allele& allele : of(*person.profile).alleles())
                if (!probabilities_.isListed(allele)) unlisted.insert(allele.text());
        std::vector<std::string> notes;
        for (const std::string& allele : unlisted) {
            std::ostringstream note;
            note << "allele " << allele << " not in the table: frequency " << probabilities_.minimumFrequency() << " ("
                 << options_.minimumFrequency.describe() << ")";
            notes.push_back(note.str());
        }
        return notes;
    }

    const KinshipCase& case_;
    const KinshipOptions& options_;
    const MarkerFrequencies& frequencies_;
    const std::string& marker_;
    AlleleProbabilities probabilities_;
};

Status invalid(const std::string& message) { return makeError(ErrorCode::InvalidArgument, message); }

// low <= value <= high, and value is finite.
bool between(double value, double low, double high) { return std::isfinite(value) && value >= low && value <= high; }

bool isRate(double rate) { return between(rate, 0.0, 0.5) && rate > 0.0; }

Status validateRates(const KinshipOptions& options) {
    if (!isRate(options.mutationRate)) return invalid("mutation rate must be > 0 and <= 0.5");
    for (const auto& [marker, rate] : options.markerMutationRates)
        if (!isRate(rate)) return invalid("mutation rate of " + marker + " must be > 0 and <= 0.5");
    return Ok{};
}

Status validateMinimumFrequency(const MinimumFrequencyRule& rule) {
    if (rule.kind == MinimumFrequencyRule::Kind::FiveOverTwoN && rule.sampleSize <= 0)
        return invalid("the 5/(2N) minimum frequency needs a sample size N > 0");
    if (rule.kind == MinimumFrequencyRule::Kind::Fixed && !(rule.fixedFrequency > 0.0 && rule.fixedFrequency <= 1.0))
        return invalid("the minimum allele frequency must be in (0, 1]");
    return Ok{};
}

void combine(KinshipResult& result, const KinshipOptions& options) {
    double product = 1.0, log10Sum = 0.0;
    std::vector<double> exclusionPowers;
    for (const LocusResult& locus : result.loci) {
        product *= locus.lr;
        log10Sum += std::log10(locus.lr);
        if (!locus.consistent) ++result.inconsistentLoci;
        if (locus.exclusionPower) exclusionPowers.push_back(*locus.exclusionPower);
    }
    result.combinedLr = product;
    result.log10CombinedLr = log10Sum;
    result.prior = options.prior;
    result.probability = 1.0 / (1.0 + (1.0 - options.prior) / (options.prior * product));
    if (isParentage(result.hypothesis)) result.powerOfExclusion = cumulativeExclusionPower(exclusionPowers);
    const bool parentage = isParentage(result.hypothesis);
    const ConclusionDecision decision = options.conclusionRule.decide(product, result.inconsistentLoci, parentage);
    result.conclusion = decision.conclusion;
    result.conclusionReason = decision.reason;
    result.rule = options.conclusionRule.describe(parentage);
}

}  // namespace

KinshipCalculator::KinshipCalculator(const FrequencyTable& table, KinshipOptions options)
    : table_(table), options_(std::move(options)) {}

Status KinshipCalculator::validate(const KinshipOptions& options) {
    if (!between(options.theta, 0.0, 0.5) || options.theta == 0.5) return invalid("theta must be in [0, 0.5)");
    if (!between(options.prior, 0.0, 1.0) || options.prior == 0.0 || options.prior == 1.0)
        return invalid("the prior must be strictly between 0 and 1");
    if (!between(options.stepRatio, 0.0, 1.0) || options.stepRatio == 0.0 || options.stepRatio == 1.0)
        return invalid("the step ratio must be strictly between 0 and 1");
    if (Status rates = validateRates(options); !rates) return rates;
    return validateMinimumFrequency(options.minimumFrequency);
}

Status KinshipCalculator::validate(const KinshipCase& c) {
    const bool parents = c.mother.has_value() || c.father.has_value();
    switch (c.hypothesis) {
    case KinshipHypothesis::Duo:
        if (c.mother.has_value() == c.father.has_value() || c.relative)
            return invalid("a duo needs exactly one alleged parent (mother or father)");
        break;
    case KinshipHypothesis::Trio:
    case KinshipHypothesis::BothParents:
        if (!c.mother || !c.father || c.relative)
            return invalid(std::string(hypothesisName(c.hypothesis)) + " needs a mother and a father");
        break;
    case KinshipHypothesis::FullSibling:
    case KinshipHypothesis::HalfSibling:
        if (!c.relative || parents)
            return invalid(std::string(hypothesisName(c.hypothesis)) + " needs the candidate and one " +
                           relativeRole(c.hypothesis) + ", no parents");
        break;
    }
    std::set<std::string> ids;
    for (const Person& person : peopleOf(c))
        if (!ids.insert(person.profile->sampleId).second)
            return invalid("sample " + person.profile->sampleId + " fills two roles");
    return Ok{};
}

Result<KinshipResult> KinshipCalculator::analyse(const KinshipCase& c) const {
    if (Status valid = validate(options_); !valid) return valid.error();
    if (Status valid = validate(c); !valid) return valid.error();
    const std::vector<Person> people = peopleOf(c);
    KinshipResult result;
    result.hypothesis = c.hypothesis;
    for (const std::string& marker : markersTypedForAnyone(people)) {
        if (std::optional<SkippedLocus> skipped = skipReason(marker, people, table_)) {
            result.skipped.push_back(std::move(*skipped));
            continue;
        }
        result.loci.push_back(LocusEvaluator(c, options_, *table_.marker(marker), marker).evaluate());
    }
    if (result.loci.empty())
        return makeError(ErrorCode::CorruptData, "no locus can be compared: no autosomal STR marker is typed for "
                                                 "everyone and listed in the frequency table " + table_.name());
    combine(result, options_);
    result.theta = options_.theta;
    result.mutationModel = options_.mutationModel;
    result.mutationRate = options_.mutationRate;
    result.minimumFrequencyRule = options_.minimumFrequency.describe();
    result.frequencyTable = table_.name();
    return result;
}

}  // namespace reunite::dna
