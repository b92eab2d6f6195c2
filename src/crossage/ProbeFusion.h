#pragma once
// ProbeFusion: how the probes of one kind (e.g. several childhood photos of one case) combine into
// one distance per candidate. Each probe's distance to a candidate is its distance to the
// candidate's closest face; then
//   Closest: the smallest of the probes' distances (one good photo is enough);
//   Mean:    the mean of the probes' distances (every photo has a say; measured better on LAG).
#include <optional>
#include <string>

namespace reunite {

enum class ProbeFusion { Closest, Mean };

inline const char* probeFusionName(ProbeFusion fusion) { return fusion == ProbeFusion::Mean ? "mean" : "closest"; }

inline std::optional<ProbeFusion> probeFusionNamed(const std::string& name) {
    if (name == "closest") return ProbeFusion::Closest;
    if (name == "mean") return ProbeFusion::Mean;
    return std::nullopt;
}

}  // namespace reunite
