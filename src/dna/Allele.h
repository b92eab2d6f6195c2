#pragma once
// Allele: one STR allele designation, normalised so that equal alleles compare equal.
// Accepted: repeat numbers "10", "9.3" (a microvariant: whole repeats, a dot, one or more digits;
// "10.0" and "010" read as "10", "9.30" as "9.3"), the amelogenin alleles "X" and "Y", and
// off-ladder calls "OL", "<8", ">30" (kept, flagged off-ladder: their true length is unknown).
// Guarantees: parse() returns nothing for any other text; text() is the normalised spelling.
// Thread safety: immutable value type.
#include <optional>
#include <string>
#include <string_view>

namespace reunite::dna {

class Allele {
public:
    static std::optional<Allele> parse(std::string_view text);

    const std::string& text() const { return text_; }
    bool isOffLadder() const { return offLadder_; }
    // Repeat number (9.3 for "9.3"); empty for off-ladder, X and Y.
    std::optional<double> repeats() const { return repeats_; }

    friend bool operator==(const Allele& a, const Allele& b) { return a.text_ == b.text_; }
    friend bool operator<(const Allele& a, const Allele& b);

private:
    Allele(std::string text, bool offLadder, std::optional<double> repeats)
        : text_(std::move(text)), offLadder_(offLadder), repeats_(repeats) {}
    std::string text_;
    bool offLadder_ = false;
    std::optional<double> repeats_;
};

}  // namespace reunite::dna
