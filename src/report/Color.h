#pragma once
// Color: an RGB colour of the report's drawing, each component 0..1.
// Thread safety: plain value type.

namespace reunite::report {

struct Color {
    double r = 0;
    double g = 0;
    double b = 0;
};

}  // namespace reunite::report
