// Result<T>: the value of a temporary Result is moved out, never a reference into the temporary
// (a range-for over `repository.list().value()` read freed memory: tests saw garbage owners and
// empty audit trails).
#include <string>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>

#include "domain/Result.h"

using reunite::ErrorCode;
using reunite::Result;

namespace {

Result<std::vector<std::string>> names() {
    return std::vector<std::string>{"a name long enough to live on the heap, not in the string", "another long name on the heap, too"};
}

}  // namespace

TEST_CASE("the value of a temporary Result is its own value, not a reference into it", "[core][result]") {
    CHECK_FALSE(std::is_reference_v<decltype(names().value())>);
    std::vector<std::string> seen;
    for (const std::string& name : names().value()) seen.push_back(name);
    CHECK(seen == names().value());
}

TEST_CASE("a Result holds a value or an error", "[core][result]") {
    Result<int> value = 3;
    Result<int> error = reunite::Error{ErrorCode::NotFound, "none"};
    CHECK(value.ok());
    CHECK(value.value() == 3);
    CHECK_FALSE(error.ok());
    CHECK(error.error().code == ErrorCode::NotFound);
    CHECK_THROWS_AS(error.value(), std::logic_error);
}
