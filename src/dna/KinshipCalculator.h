#pragma once
// KinshipCalculator: per-locus and combined likelihood ratios of a KinshipCase against
// "unrelated", the probability W with its prior, the cumulative power of exclusion and the
// conclusion under the configured rule. See docs/dna.md for every formula and its source.
// Loci used: autosomal STR markers typed (diploid, no off-ladder allele) for every person the
// hypothesis needs and listed in the frequency table; every other marker typed for someone is
// listed in skipped with the reason. Consistent loci use the closed forms (PairwiseKinship.h,
// ParentageIndex.h) exactly; a Mendelian-inconsistent locus (parentage hypotheses) is counted and
// gets the mutation-aware LR of the chosen model, never 0.
// Errors: InvalidArgument when the roles do not fit the hypothesis or an option is out of range;
// CorruptData when no locus can be computed.
// Thread safety: const methods may run concurrently; the table must outlive the calculator.
#include "domain/Result.h"
#include "dna/FrequencyTable.h"
#include "dna/KinshipCase.h"
#include "dna/KinshipOptions.h"
#include "dna/KinshipResult.h"

namespace reunite::dna {

class KinshipCalculator {
public:
    KinshipCalculator(const FrequencyTable& table, KinshipOptions options);

    Result<KinshipResult> analyse(const KinshipCase& kinshipCase) const;

    // Checks the options alone (ranges of theta, prior, mutation rates, step ratio).
    static Status validate(const KinshipOptions& options);
    // Checks that the case's roles fit its hypothesis.
    static Status validate(const KinshipCase& kinshipCase);

private:
    const FrequencyTable& table_;
    KinshipOptions options_;
};

}  // namespace reunite::dna
