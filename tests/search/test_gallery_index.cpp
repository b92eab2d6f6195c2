// GalleryIndex on synthetic embeddings with known answers: ranking equals brute force, filters
// remove exactly the candidates they should, several probes and kinds combine as documented.
#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include <catch2/catch.hpp>

#include "search/GalleryIndex.h"

using namespace reunite;

namespace {

Embedding randomEmbedding(std::mt19937& rng) {
    std::normal_distribution<float> normal(0.0f, 0.1f);
    Embedding e{};
    for (float& v : e) v = normal(rng);
    return e;
}

Embedding nudged(const Embedding& base, float amount, std::mt19937& rng) {
    std::normal_distribution<float> normal(0.0f, amount);
    Embedding e = base;
    for (float& v : e) v += normal(rng);
    return e;
}

struct World {
    GalleryIndex index;
    std::map<std::int64_t, std::vector<Embedding>> facesOf;
};

void fill(World& world, int candidates, int facesEach, std::mt19937& rng) {
    std::int64_t faceId = 1000;
    for (int c = 1; c <= candidates; ++c) {
        GalleryCandidate candidate;
        candidate.candidateId = c;
        candidate.sex = c % 3 == 0 ? reunite::Sex::Unknown : (c % 2 ? reunite::Sex::Female : reunite::Sex::Male);
        candidate.birthYearFrom = c % 5 == 0 ? 0 : 1970 + c % 40;
        candidate.birthYearTo = candidate.birthYearFrom;
        candidate.region = c % 4 == 0 ? "north" : "south";
        candidate.source = c % 7 == 0 ? "flyer" : "national_db";
        world.index.upsertCandidate(candidate);
        for (int f = 0; f < facesEach; ++f) {
            const Embedding e = randomEmbedding(rng);
            world.facesOf[c].push_back(e);
            REQUIRE(world.index.addFace(faceId++, c, e).ok());
        }
    }
}

std::vector<std::int64_t> bruteForce(const World& world, const std::vector<Embedding>& probes, std::size_t k,
                                     const std::function<bool(std::int64_t)>& allowed) {
    std::vector<std::pair<float, std::int64_t>> all;
    for (const auto& [candidate, faces] : world.facesOf) {
        if (!allowed(candidate)) continue;
        float best = INFINITY;
        for (const Embedding& f : faces)
            for (const Embedding& p : probes) best = std::min(best, euclideanDistance(f, p));
        all.emplace_back(best, candidate);
    }
    std::sort(all.begin(), all.end());
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < std::min(k, all.size()); ++i) ids.push_back(all[i].second);
    return ids;
}

std::vector<std::int64_t> idsOf(const SearchOutcome& outcome) {
    std::vector<std::int64_t> ids;
    for (const CandidateMatch& m : outcome.matches) ids.push_back(m.candidateId);
    return ids;
}

}  // namespace

TEST_CASE("ranking equals a brute-force scan, whatever the thread count", "[search]") {
    std::mt19937 rng(7);
    World world;
    fill(world, 3000, 3, rng);
    const std::vector<Embedding> probes{nudged(world.facesOf[42][1], 0.02f, rng), randomEmbedding(rng)};
    SearchQuery query;
    for (const Embedding& p : probes) query.probes.push_back(Probe{0, "photo", p});
    const auto expected = bruteForce(world, probes, 30, [](std::int64_t) { return true; });
    for (int threads : {1, 2, 3}) {
        query.threads = threads;
        auto outcome = world.index.search(query);
        REQUIRE(outcome.ok());
        CHECK(idsOf(outcome.value()) == expected);
        CHECK(outcome.value().matches.front().candidateId == 42);
        CHECK(outcome.value().facesScanned == 9000);
    }
}

TEST_CASE("the breakdown names the closest faces and the distances are true distances", "[search]") {
    std::mt19937 rng(11);
    World world;
    fill(world, 200, 2, rng);
    const Embedding probe = nudged(world.facesOf[17][1], 0.01f, rng);
    SearchQuery query;
    query.probes.push_back(Probe{555, "photo", probe});
    auto outcome = world.index.search(query);
    REQUIRE(outcome.ok());
    const CandidateMatch& top = outcome.value().matches.front();
    CHECK(top.candidateId == 17);
    CHECK(top.bestProbeFaceId == 555);
    REQUIRE(top.components.size() == 1);
    CHECK(top.components[0].distance == Approx(euclideanDistance(probe, world.facesOf[17][1])).epsilon(1e-5));
    CHECK(top.score == Approx(displayScore(top.distance)));
    for (std::size_t i = 1; i < outcome.value().matches.size(); ++i)
        CHECK(outcome.value().matches[i - 1].distance <= outcome.value().matches[i].distance);
}

TEST_CASE("filters keep exactly the candidates they describe", "[search]") {
    std::mt19937 rng(3);
    World world;
    fill(world, 1000, 1, rng);
    SearchQuery query;
    query.topK = 1000;
    query.probes.push_back(Probe{0, "photo", randomEmbedding(rng)});
    query.filters.sex = reunite::Sex::Female;
    query.filters.birthYearFrom = 1980;
    query.filters.birthYearTo = 1990;
    query.filters.regions = {"north"};
    query.filters.excludedCandidates = {4, 8};
    auto outcome = world.index.search(query);
    REQUIRE(outcome.ok());
    auto allowed = [](std::int64_t c) {
        const char sex = c % 3 == 0 ? 'U' : (c % 2 ? 'F' : 'M');
        const int year = c % 5 == 0 ? 0 : 1970 + static_cast<int>(c % 40);
        return (sex == 'F' || sex == 'U') && (year == 0 || (year >= 1980 && year <= 1990)) && c % 4 == 0 &&
               c != 4 && c != 8;
    };
    const auto expected = bruteForce(world, {query.probes[0].embedding}, 1000, allowed);
    CHECK_FALSE(expected.empty());
    CHECK(idsOf(outcome.value()) == expected);
    CHECK(outcome.value().candidatesEligible == expected.size());

    query.filters = SearchFilters{};
    query.filters.sources = {"flyer"};
    query.filters.birthYearFrom = 1900;
    query.filters.includeUnknownBirthYear = false;
    auto flyers = world.index.search(query);
    REQUIRE(flyers.ok());
    for (const CandidateMatch& m : flyers.value().matches) {
        CHECK(m.candidateId % 7 == 0);
        CHECK(m.candidateId % 5 != 0);
    }
}

TEST_CASE("probes of different kinds become separate components and are averaged", "[search]") {
    std::mt19937 rng(5);
    World world;
    fill(world, 100, 1, rng);
    const Embedding target = world.facesOf[9][0];
    const Embedding photo = nudged(target, 0.01f, rng);
    const Embedding progressed = nudged(target, 0.03f, rng);
    SearchQuery query;
    query.probes = {Probe{1, "photo", photo}, Probe{2, "progressed", progressed}};
    auto outcome = world.index.search(query);
    REQUIRE(outcome.ok());
    const CandidateMatch& top = outcome.value().matches.front();
    CHECK(top.candidateId == 9);
    REQUIRE(top.components.size() == 2);
    const double a = euclideanDistance(photo, target), b = euclideanDistance(progressed, target);
    CHECK(top.distance == Approx((a + b) / 2).epsilon(1e-5));
    CHECK(top.bestProbeFaceId == (a < b ? 1 : 2));
}

TEST_CASE("bad requests and cancellation are reported", "[search][errors]") {
    std::mt19937 rng(1);
    World world;
    fill(world, 10, 1, rng);
    CHECK(world.index.addFace(1, 999, randomEmbedding(rng)).error().code == ErrorCode::InvalidArgument);
    SearchQuery empty;
    CHECK(world.index.search(empty).error().code == ErrorCode::InvalidArgument);
    SearchQuery query;
    query.probes.push_back(Probe{0, "photo", randomEmbedding(rng)});
    reunite::CancellationToken cancel;
    cancel.cancel();
    auto cancelled = world.index.search(query, cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
}
