#!/usr/bin/env python3
"""Independent check of `reunite-cli dna kinship --json` (Python standard library only).

Simulates random cases over the 20 CODIS core loci plus Penta D, Penta E and SE33 with a
Familias frequency table, runs the CLI on each, and recomputes everything here without sharing
any code with the C++ library:

* theta = 0: the textbook closed forms (duo, trio, both parents, Brenner's sibling tables);
* theta > 0: brute-force pedigree likelihoods, summing the Balding-Nichols (Dirichlet-multinomial)
  probability of every ordered sequence of founder alleles and every Mendelian transmission;
* inconsistent loci: the stepwise mutation model as docs/dna.md states it, or (a fifth of the
  parentage cases) the AABB form mu/A with the mean power of exclusion A;
* the conclusion rule of SF/Z JD0105001-2016 / GB/T 37223-2018.

The combined LR must agree within 1e-6 (relative); inconsistency counts and conclusions must agree
on every case. Exit status 0 when everything agrees, 1 otherwise.
"""
import argparse
import itertools
import json
import math
import os
import random
import subprocess
import sys
import tempfile

CODIS23 = ["CSF1PO", "FGA", "TH01", "TPOX", "vWA", "D3S1358", "D5S818", "D7S820", "D8S1179", "D13S317",
           "D16S539", "D18S51", "D21S11", "D1S1656", "D2S441", "D2S1338", "D10S1248", "D12S391", "D19S433",
           "D22S1045", "Penta D", "Penta E", "SE33"]
MU = 0.002
STEP_RATIO = 0.1


def read_table(path):
    table, marker = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip("\r\n")
            if not line.strip():
                continue
            if "\t" in line:
                allele, freq = line.split("\t")[:2]
                table[marker][allele.strip()] = float(freq)
            else:
                marker = line.strip()
                table[marker] = {}
    return table


def freq(table, marker, allele):
    return table[marker].get(allele, min(table[marker].values()))


# ---- simulation -------------------------------------------------------------------------------

def draw(rng, table, marker):
    alleles = list(table[marker].items())
    u = rng.random() * sum(p for _, p in alleles)
    for allele, p in alleles:
        if u < p:
            return allele
        u -= p
    return alleles[-1][0]


def founder(rng, table):
    return {m: (draw(rng, table, m), draw(rng, table, m)) for m in CODIS23}


def fmt(value):
    text = ("%.1f" % value).rstrip("0").rstrip(".")
    return text


def passed(rng, genotype, mutation):
    allele = rng.choice(genotype)
    if rng.random() < mutation:
        allele = fmt(float(allele) + rng.choice((-1, 1)))
    return allele


def child(rng, mother, father, mutation=0.0):
    return {m: (passed(rng, mother[m], mutation), passed(rng, father[m], mutation)) for m in CODIS23}


# ---- textbook closed forms, theta = 0 ---------------------------------------------------------

def duo_textbook(p, parent, c):
    shared = set(parent) & set(c)
    if not shared:
        return 0.0
    if c[0] == c[1]:
        a = c[0]
        return 1 / p(a) if parent[0] == parent[1] else 1 / (2 * p(a))
    if parent[0] == parent[1]:
        return 1 / (2 * p(parent[0]))
    if set(parent) == set(c):
        return (p(c[0]) + p(c[1])) / (4 * p(c[0]) * p(c[1]))
    return 1 / (4 * p(shared.pop()))


def trio_textbook(p, mother, father, c):
    obligate = set()
    if c[0] in mother:
        obligate.add(c[1])
    if c[1] in mother:
        obligate.add(c[0])
    if not obligate:
        return 0.0
    return sum(father.count(a) / 2 for a in obligate) / sum(p(a) for a in obligate)


def genotype_probability(p, g):
    return p(g[0]) ** 2 if g[0] == g[1] else 2 * p(g[0]) * p(g[1])


def both_textbook(p, mother, father, c):
    x = 0.25 * sum(1 for i in mother for j in father if sorted((i, j)) == sorted(c))
    return x / genotype_probability(p, c)


def full_sibling_textbook(p, x, y):
    if sorted(x) == sorted(y):
        if x[0] == x[1]:
            return (1 + p(x[0])) ** 2 / (4 * p(x[0]) ** 2)
        a, b = p(x[0]), p(x[1])
        return (1 + a + b + 2 * a * b) / (8 * a * b)
    shared = set(x) & set(y)
    if not shared:
        return 0.25
    a = p(shared.pop())
    if x[0] == x[1] or y[0] == y[1]:
        return (1 + a) / (4 * a)
    return (1 + 2 * a) / (8 * a)


def half_sibling_textbook(p, x, y):
    if sorted(x) == sorted(y):
        if x[0] == x[1]:
            return (1 + p(x[0])) / (2 * p(x[0]))
        a, b = p(x[0]), p(x[1])
        return (a + b + 4 * a * b) / (8 * a * b)
    shared = set(x) & set(y)
    if not shared:
        return 0.5
    a = p(shared.pop())
    if x[0] == x[1] or y[0] == y[1]:
        return (1 + 2 * a) / (4 * a)
    return (1 + 4 * a) / (8 * a)


# ---- brute-force pedigree likelihoods for theta > 0 -------------------------------------------

def sequence_probability(p, theta, sequence):
    total, seen = 1.0, []
    for i, allele in enumerate(sequence):
        total *= (seen.count(allele) * theta + (1 - theta) * p(allele)) / (1 + (i - 1) * theta)
        seen.append(allele)
    return total


def same(g, a, b):
    return sorted(g) == sorted((a, b))


def pedigree_likelihood(p, theta, founders, choice_count, typed):
    """P(typed genotypes) for a pedigree of founder alleles and Mendelian transmissions.

    typed: (genotype, rule) pairs; rule(founder_values, choice) gives the person's two alleles.
    Every transmission choice (a tuple of 0/1) is equally likely. Founder alleles that no typed
    person carries under a choice are summed out, which for the exchangeable Balding-Nichols
    sequence leaves the probability of the carried ones alone.
    """
    alleles = sorted({a for g, _ in typed for a in g})
    choices = list(itertools.product((0, 1), repeat=choice_count))
    total = 0.0
    for choice in choices:
        used = sorted({i for _, rule in typed for i in rule(tuple(range(founders)), choice)})
        for values in itertools.product(alleles, repeat=len(used)):
            sequence = [None] * founders
            for i, value in zip(used, values):
                sequence[i] = value
            if all(same(g, *rule(sequence, choice)) for g, rule in typed):
                total += sequence_probability(p, theta, values) / len(choices)
    return total


def brute_force_lr(hypothesis, p, theta, g):
    c = g["candidate"]
    first_two = lambda s, k: (s[0], s[1])
    if hypothesis == "duo":
        parent = g["parent"]
        h1 = pedigree_likelihood(p, theta, 3, 1, [(parent, first_two), (c, lambda s, k: (s[k[0]], s[2]))])
        h2 = pedigree_likelihood(p, theta, 4, 0, [(parent, first_two), (c, lambda s, k: (s[2], s[3]))])
        return h1 / h2
    if hypothesis in ("trio", "both-parents"):
        parents = [(g["mother"], first_two), (g["father"], lambda s, k: (s[2], s[3]))]
        h1 = pedigree_likelihood(p, theta, 4, 2, parents + [(c, lambda s, k: (s[k[0]], s[2 + k[1]]))])
        if hypothesis == "trio":
            h2 = pedigree_likelihood(p, theta, 5, 1, parents + [(c, lambda s, k: (s[k[0]], s[4]))])
        else:
            h2 = pedigree_likelihood(p, theta, 6, 0, parents + [(c, lambda s, k: (s[4], s[5]))])
        return h1 / h2
    y = g["relative"]
    if hypothesis == "full-sibling":
        h1 = pedigree_likelihood(p, theta, 4, 4, [(c, lambda s, k: (s[k[0]], s[2 + k[1]])),
                                                  (y, lambda s, k: (s[k[2]], s[2 + k[3]]))])
    else:
        h1 = pedigree_likelihood(p, theta, 6, 4, [(c, lambda s, k: (s[k[0]], s[2 + k[1]])),
                                                  (y, lambda s, k: (s[k[2]], s[4 + k[3]]))])
    h2 = pedigree_likelihood(p, theta, 4, 0, [(c, first_two), (y, lambda s, k: (s[2], s[3]))])
    return h1 / h2


# ---- stepwise mutation, as docs/dna.md states it ----------------------------------------------

def steps(a, b):
    try:
        d = abs(float(a) - float(b))
    except ValueError:
        return 3
    if abs(d - round(d)) < 1e-6:
        return max(1, int(round(d)))
    return math.ceil(d) + 1


def transition(a, c):
    return 1.0 if a == c else MU / 2 * STEP_RATIO ** (steps(a, c) - 1)


def transmission(g, c):
    return 0.5 * (transition(g[0], c) + transition(g[1], c))


def splits(c):
    return [(c[0], c[1])] if c[0] == c[1] else [(c[0], c[1]), (c[1], c[0])]


def drawn(p, theta, allele, seen):
    """Balding-Nichols: chance the next allele is `allele` after the alleles `seen`."""
    return (seen.count(allele) * theta + (1 - theta) * p(allele)) / (1 + (len(seen) - 1) * theta)


def genotype_given(p, theta, g, seen):
    first = drawn(p, theta, g[0], seen)
    second = drawn(p, theta, g[1], list(seen) + [g[0]])
    return first * second * (1 if g[0] == g[1] else 2)


def mutation_lr(hypothesis, p, theta, g):
    c = g["candidate"]
    if hypothesis == "duo":
        seen = list(g["parent"])
        x = sum(transmission(g["parent"], a) * drawn(p, theta, b, seen) for a, b in splits(c))
        return x / genotype_given(p, theta, c, seen)
    m, f = g["mother"], g["father"]
    seen = list(m) + list(f)
    x = sum(transmission(m, a) * transmission(f, b) for a, b in splits(c))
    if hypothesis == "trio":
        return x / sum(transmission(m, a) * drawn(p, theta, b, seen) for a, b in splits(c))
    return x / genotype_given(p, theta, c, seen)


def exclusion_power(hypothesis, frequencies):
    """Mean power of exclusion of a marker (docs/dna.md), frequencies rescaled to sum to 1."""
    total = sum(frequencies.values())
    p = [f / total for f in frequencies.values()]
    n = len(p)
    if hypothesis == "duo":
        return (sum(x * x * (1 - x) ** 2 for x in p) +
                sum(2 * p[i] * p[j] * (1 - p[i] - p[j]) ** 2 for i in range(n) for j in range(i + 1, n)))
    if hypothesis == "trio":
        return (sum(x * (1 - x) ** 2 for x in p) -
                0.5 * sum(p[i] ** 2 * p[j] ** 2 * (4 - 3 * p[i] - 3 * p[j]) for i in range(n) for j in range(n) if i != j))
    carries = [1 - (1 - x) ** 2 for x in p]
    pe = sum(p[i] ** 2 * (1 - carries[i] ** 2) for i in range(n))
    for i in range(n):
        for j in range(i + 1, n):
            pe += 2 * p[i] * p[j] * (1 - (2 * carries[i] * carries[j] - (2 * p[i] * p[j]) ** 2))
    return pe


def consistent(hypothesis, g):
    c = g["candidate"]
    if hypothesis == "duo":
        return bool(set(g["parent"]) & set(c))
    if hypothesis in ("trio", "both-parents"):
        return any(a in g["mother"] and b in g["father"] for a, b in splits(c))
    return True


def locus_lr(hypothesis, p, theta, g, aabb_power=None):
    if not consistent(hypothesis, g):
        if aabb_power is not None:
            return MU / aabb_power, False
        return mutation_lr(hypothesis, p, theta, g), False
    if theta > 0:
        return brute_force_lr(hypothesis, p, theta, g), True
    c = g["candidate"]
    if hypothesis == "duo":
        return duo_textbook(p, g["parent"], c), True
    if hypothesis == "trio":
        return trio_textbook(p, g["mother"], g["father"], c), True
    if hypothesis == "both-parents":
        return both_textbook(p, g["mother"], g["father"], c), True
    if hypothesis == "full-sibling":
        return full_sibling_textbook(p, c, g["relative"]), True
    return half_sibling_textbook(p, c, g["relative"]), True


def conclusion(hypothesis, combined, inconsistent):
    if hypothesis in ("duo", "trio", "both-parents") and inconsistent >= 3:
        return "excluded"
    if combined < 1e-4:
        return "excluded"
    return "supported" if combined >= 1e4 else "inconclusive"


# ---- one case ---------------------------------------------------------------------------------

def simulate_case(rng, table, hypothesis, related, mutation):
    m, f, other = founder(rng, table), founder(rng, table), founder(rng, table)
    true_child = child(rng, m, f, mutation)
    people = {}
    if hypothesis == "duo":
        people["candidate"] = true_child if related else founder(rng, table)
        people["father" if rng.random() < 0.5 else "mother"] = f
    elif hypothesis in ("trio", "both-parents"):
        people["mother"], people["father"] = m, f
        if related:
            people["candidate"] = true_child
        elif hypothesis == "trio":
            people["candidate"] = child(rng, m, founder(rng, table))
        else:
            people["candidate"] = founder(rng, table)
    else:
        people["candidate"] = true_child if related else founder(rng, table)
        people["sibling" if hypothesis == "full-sibling" else "half-sibling"] = (
            child(rng, m, f) if hypothesis == "full-sibling" else child(rng, m, other))
    return people


def expected(table, hypothesis, people, theta, aabb):
    combined, inconsistent = 1.0, 0
    for marker in CODIS23:
        g = {"candidate": people["candidate"][marker]}
        for role in ("mother", "father"):
            if role in people:
                g[role] = people[role][marker]
        if hypothesis == "duo":
            g["parent"] = g.get("father") or g.get("mother")
        for role in ("sibling", "half-sibling"):
            if role in people:
                g["relative"] = people[role][marker]
        power = exclusion_power(hypothesis, table[marker]) if aabb else None
        lr, ok = locus_lr(hypothesis, lambda a, mk=marker: freq(table, mk, a), theta, g, power)
        combined *= lr
        inconsistent += 0 if ok else 1
    return combined, inconsistent


def run_cli(cli, table_path, folder, index, hypothesis, people, theta, aabb):
    path = os.path.join(folder, "case%d.csv" % index)
    ids = {role: "%s_%d" % (role.upper(), index) for role in people}
    with open(path, "w", encoding="utf-8") as out:
        out.write("sample,marker,allele1,allele2\n")
        for role, profile in people.items():
            for marker in CODIS23:
                a, b = profile[marker]
                out.write("%s,%s,%s,%s\n" % (ids[role], marker, a, b))
    command = [cli, "dna", "kinship", "--frequencies", table_path, "--profiles", path, "--hypothesis", hypothesis,
               "--json", "--theta", repr(theta)]
    if aabb:
        command += ["--mutation-model", "aabb"]
    for role, sample in ids.items():
        command += ["--" + role, sample]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("exit %d: %s\n%s" % (done.returncode, " ".join(command), done.stderr))
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--table", required=True)
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--theta-cases", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    table = read_table(args.table)
    rng = random.Random(args.seed)
    hypotheses = ["duo", "trio", "both-parents", "full-sibling", "half-sibling"]
    failures, worst_consistent, worst_any, tally = 0, 0.0, 0.0, {}
    few_inconsistent, many_inconsistent, aabb_cases = 0, 0, 0
    with tempfile.TemporaryDirectory(prefix="reunite-dna-check-") as folder:
        for index in range(args.cases + args.theta_cases):
            hypothesis = hypotheses[index % len(hypotheses)]
            related = rng.random() < 0.5
            theta = 0.0 if index < args.cases else rng.choice((0.01, 0.03))
            mutation = 0.02 if related and hypothesis in hypotheses[:3] and rng.random() < 0.4 else 0.0
            aabb = hypothesis in hypotheses[:3] and rng.random() < 0.2
            people = simulate_case(rng, table, hypothesis, related, mutation)
            combined, inconsistent = expected(table, hypothesis, people, theta, aabb)
            result = run_cli(args.cli, args.table, folder, index, hypothesis, people, theta, aabb)
            relative = abs(result["combined_lr"] - combined) / combined
            worst_any = max(worst_any, relative)
            if inconsistent == 0:
                worst_consistent = max(worst_consistent, relative)
            want = conclusion(hypothesis, combined, inconsistent)
            problems = []
            if relative > 1e-6:
                problems.append("combined LR %.10g, independent %.10g (relative %.2g)" % (result["combined_lr"], combined, relative))
            if result["inconsistent_loci"] != inconsistent:
                problems.append("inconsistent loci %d, independent %d" % (result["inconsistent_loci"], inconsistent))
            if result["conclusion"] != want:
                problems.append("conclusion %s, independent %s" % (result["conclusion"], want))
            few_inconsistent += 1 if 1 <= inconsistent <= 2 else 0
            many_inconsistent += 1 if inconsistent >= 3 else 0
            aabb_cases += 1 if aabb and inconsistent else 0
            key = (hypothesis, "related" if related else "unrelated", want)
            tally[key] = tally.get(key, 0) + 1
            if problems:
                failures += 1
                print("case %d (%s, %s, theta %g%s): %s" % (index, hypothesis, "related" if related else "unrelated",
                                                            theta, ", aabb" if aabb else "", "; ".join(problems)))
    for key in sorted(tally):
        print("%-13s %-9s %-12s %d" % (key + (tally[key],)))
    print("cases with 1-2 inconsistent loci: %d, with 3 or more: %d, AABB model used: %d"
          % (few_inconsistent, many_inconsistent, aabb_cases))
    print("cases %d, mismatches %d, largest relative difference of the combined LR: %.3g on cases without "
          "inconsistency, %.3g on all" % (args.cases + args.theta_cases, failures, worst_consistent, worst_any))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
