#pragma once
// likelihoodRatioText: a likelihood ratio for people, from its log10, with two significant
// digits: "4.7", "52", "470", "1/52"; from 1,000 on as a power of ten: "10^3.4". The one spelling
// the GUI and the reports share. Thread safety: pure function.
#include <string>

namespace reunite {

std::string likelihoodRatioText(double log10LikelihoodRatio);

}  // namespace reunite
