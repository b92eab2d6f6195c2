#pragma once
// Mutation models for loci where the genotypes break Mendel's rules under a parentage hypothesis.
// They are used ONLY at such inconsistent loci; consistent loci use the closed forms unchanged.
//
// Stepwise (default; the model of the SF/Z JD0105001-2016 / GB/T 37223-2018 appendix on
// inconsistent loci, after Brenner's STR model, www.dna-view.com/mudisc.htm): a parent's allele a
// becomes the child's allele c with probability
//     m(a -> c) = (mu / 2) * r^(s - 1)
// mu = mutation rate per meiosis, half of the mutations go up and half down, s = number of repeat
// steps between a and c, r = 0.1 (each further step ten times less likely). Alleles whose repeat
// numbers differ by a non-integer (9.3 -> 10) take s = ceil(|c - a|) + 1; alleles without a repeat
// number (off-ladder, X/Y) take s = 3. A parent with genotype g passes c with probability
//     T(g, c) = 1/2 * sum over the two alleles a of g of  (1 if a = c, else m(a -> c)).
// e.g. trio, alleged father ab, obligate paternal allele c one step from a only: PI = mu/(4 p_c).
//
// AABB (option; AABB Standards for Relationship Testing; Brenner, mudisc): PI = mu / A for the
// locus, A = the locus' mean power of exclusion for the kind of case (see ExclusionPower.h);
// a marker whose A is 0 (one allele listed) falls back to the stepwise model.
// Thread safety: immutable value type.
#include <optional>
#include <string>

#include "dna/Allele.h"
#include "dna/Genotype.h"

namespace reunite::dna {

enum class MutationModelKind { Stepwise, Aabb };

const char* mutationModelName(MutationModelKind kind);
std::optional<MutationModelKind> parseMutationModel(const std::string& text);

class StepwiseMutation {
public:
    explicit StepwiseMutation(double rate, double stepRatio = 0.1) : rate_(rate), stepRatio_(stepRatio) {}

    // Number of steps s used for a -> c (1 or more; a != c).
    static int effectiveSteps(const Allele& from, const Allele& to);
    double transition(const Allele& from, const Allele& to) const;
    double transmission(const Genotype& parent, const Allele& allele) const;

private:
    double rate_;
    double stepRatio_;
};

// Mendelian transmission without mutation: copies of the allele in the parent / 2.
double mendelianTransmission(const Genotype& parent, const Allele& allele);

}  // namespace reunite::dna
