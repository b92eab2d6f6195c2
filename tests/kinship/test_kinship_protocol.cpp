// A family set's own protocol (issue 14): MATLAB 5 cell tables as KinFaceW ships its pair lists
// are read compressed and uncompressed, bad files are refused with a clear error, the lists'
// pairs are matched to the index by file name with the parent first, and the evaluation then
// tests exactly the listed pairs in the listed folds.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <variant>

#include "eval/KinshipEvaluation.h"
#include "eval/MatlabCellTable.h"
#include "SyntheticFamilies.h"
#include "SyntheticFamilySet.h"
#include "TestData.h"

using namespace reunite;
using namespace reunite::test;

namespace {

// A minimal MAT-file writer for the tests (cells of doubles and UTF-16 strings).
std::string u32(std::uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); }

std::string element(std::uint32_t type, const std::string& data) {
    return u32(type) + u32(static_cast<std::uint32_t>(data.size())) + data + std::string((8 - data.size() % 8) % 8, '\0');
}

std::string arrayElement(std::uint8_t arrayClass, std::int32_t rows, std::int32_t columns, const std::string& name,
                         const std::string& body) {
    return element(14, element(6, u32(arrayClass) + u32(0)) + element(5, u32(rows) + u32(columns)) + element(1, name) + body);
}

using Cell = std::variant<double, std::string>;

std::string cellElement(const Cell& cell) {
    if (const double* v = std::get_if<double>(&cell)) {
        std::string bytes(8, '\0');
        std::memcpy(bytes.data(), v, 8);
        return arrayElement(6, 1, 1, "", element(9, bytes));
    }
    const std::string& text = std::get<std::string>(cell);
    std::string utf16;
    for (char c : text) utf16 += std::string{c, '\0'};
    return arrayElement(4, 1, static_cast<std::int32_t>(text.size()), "", element(4, utf16));
}

std::string matFile(const std::vector<std::vector<Cell>>& rows, bool compressed) {
    std::string cells;
    for (std::size_t c = 0; c < rows.front().size(); ++c)
        for (const auto& row : rows) cells += cellElement(row[c]);
    std::string variable = arrayElement(1, static_cast<std::int32_t>(rows.size()), static_cast<std::int32_t>(rows.front().size()),
                                        "pairs", cells);
    if (compressed) {
        uLongf size = compressBound(variable.size());
        std::string packed(size, '\0');
        REQUIRE(compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(variable.data()),
                         variable.size()) == Z_OK);
        packed.resize(size);
        variable = u32(15) + u32(static_cast<std::uint32_t>(packed.size())) + packed;
    }
    std::string header = "MATLAB 5.0 MAT-file, written by the Reunite tests";
    header.resize(116, ' ');
    header += std::string(8, '\0') + std::string("\x00\x01", 2) + "IM";
    return header + variable;
}

const std::vector<std::vector<Cell>> kListed{{1.0, 1.0, std::string("fd_001_1.jpg"), std::string("fd_001_2.jpg")},
                                             {2.0, 0.0, std::string("fd_001_1.jpg"), std::string("fd_002_2.jpg")}};

}  // namespace

TEST_CASE("MAT-file cell tables are read compressed and uncompressed", "[kinship][protocol]") {
    for (bool compressed : {false, true}) {
        auto table = parseMatlabCellTable(matFile(kListed, compressed), "pairs.mat");
        REQUIRE(table.ok());
        CHECK(table.value().variable == "pairs");
        REQUIRE(table.value().rows.size() == 2);
        CHECK(table.value().rows[0] == std::vector<std::string>{"1", "1", "fd_001_1.jpg", "fd_001_2.jpg"});
        CHECK(table.value().rows[1] == std::vector<std::string>{"2", "0", "fd_001_1.jpg", "fd_002_2.jpg"});
    }
}

TEST_CASE("damaged or foreign MAT-files are refused with a clear error", "[kinship][protocol]") {
    const std::string good = matFile(kListed, false);
    auto notMat = parseMatlabCellTable("PK\x03\x04 a zip file" + std::string(200, '\0'), "x.mat");
    REQUIRE_FALSE(notMat.ok());
    CHECK(notMat.error().code == ErrorCode::UnsupportedFormat);
    auto truncated = parseMatlabCellTable(good.substr(0, good.size() - 20), "t.mat");
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().code == ErrorCode::CorruptData);
    CHECK(truncated.error().message.find("t.mat") != std::string::npos);
    std::string badZip = matFile(kListed, true);
    badZip[140] ^= 0x55;
    CHECK_FALSE(parseMatlabCellTable(badZip, "z.mat").ok());
    std::string bigEndian = good;
    bigEndian[126] = 'M';
    bigEndian[127] = 'I';
    CHECK(parseMatlabCellTable(bigEndian, "b.mat").error().code == ErrorCode::UnsupportedFormat);
    CHECK(readMatlabCellTable("/nonexistent/pairs.mat").error().code == ErrorCode::NotFound);
}

TEST_CASE("a set's pair lists are matched to its index, parent first", "[kinship][protocol]") {
    TempFolder folder;
    folder.write("index.csv",
                 "file,family,role\n"
                 "KinFaceW-X/images/fd/fd_001_1.jpg,F1,father\n"
                 "KinFaceW-X/images/fd/fd_001_2.jpg,F1,daughter\n"
                 "KinFaceW-X/images/fd/fd_002_1.jpg,F2,father\n"
                 "KinFaceW-X/images/fd/fd_002_2.jpg,F2,daughter\n");
    std::filesystem::create_directories(folder.path() / "KinFaceW-X/meta_data");
    folder.write("KinFaceW-X/meta_data/fd_pairs.mat",
                 matFile({{1.0, 1.0, std::string("fd_001_1.jpg"), std::string("fd_001_2.jpg")},
                          {2.0, 1.0, std::string("fd_002_2.jpg"), std::string("fd_002_1.jpg")},  // child listed first
                          {2.0, 0.0, std::string("fd_002_1.jpg"), std::string("fd_001_2.jpg")},
                          {1.0, 0.0, std::string("fd_009_1.jpg"), std::string("fd_001_2.jpg")}},  // not in the index
                         true));
    auto dataset = KinshipDataset::load(folder.path());
    REQUIRE(dataset.ok());
    const KinshipProtocol& protocol = dataset.value().protocol;
    CHECK(protocol.folds == 2);
    CHECK(protocol.lists.size() == 1);
    CHECK(protocol.unmatchedPairs == 1);
    REQUIRE(protocol.pairs.size() == 3);
    CHECK(protocol.pairs[1].fold == 1);
    CHECK(protocol.pairs[1].related);
    CHECK(protocol.pairs[1].first == 2);   // the father, although the list names the daughter first
    CHECK(protocol.pairs[1].second == 3);
    CHECK_FALSE(protocol.pairs[2].related);

    folder.write("KinFaceW-X/meta_data/fd_pairs.mat", "MATLAB 5.0 but cut short");
    auto broken = KinshipDataset::load(folder.path());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.find("fd_pairs.mat") != std::string::npos);
}

TEST_CASE("the evaluation tests exactly the listed pairs in the listed folds", "[kinship][protocol][evaluation]") {
    const std::vector<SyntheticFamily> families = makeFamilies(150, 41, "fam");
    auto [dataset, embeddings] = familySetOf(families);
    // Three folds of 50 families; each fold lists its related pairs and 10 unrelated ones.
    constexpr int kFolds = 3;
    dataset.protocol.folds = kFolds;
    for (std::size_t f = 0; f < families.size(); ++f) {
        const int fold = static_cast<int>(f % kFolds);
        dataset.protocol.pairs.push_back({fold, true, 2 * f, 2 * f + 1});
        if (f + 4 * kFolds < families.size() && f < 30)
            dataset.protocol.pairs.push_back({fold, false, 2 * f, 2 * (f + 4 * kFolds) + 1});  // same relation type, same fold
    }
    auto listed = evaluateKinship(dataset, embeddings);
    INFO((listed.ok() ? std::string() : listed.error().message));
    REQUIRE(listed.ok());
    CHECK(listed.value().folds == kFolds);
    CHECK(listed.value().split.find("own folds") != std::string::npos);
    CHECK(listed.value().kinship.overall.related == 150);
    CHECK(listed.value().kinship.overall.unrelated == 30);
    CHECK(listed.value().rankingProbes == 150);
    CHECK(listed.value().kinship.overall.auc > 0.9);
    CHECK(listed.value().models->folds().of("fam4") == 1);

    KinshipEvaluationOptions own;
    own.useProtocol = false;
    auto hashed = evaluateKinship(dataset, embeddings, own);
    REQUIRE(hashed.ok());
    CHECK(hashed.value().folds == 5);
    CHECK(hashed.value().kinship.overall.unrelated == 150);
}
