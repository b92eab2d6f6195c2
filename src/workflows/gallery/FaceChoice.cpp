#include "workflows/gallery/FaceChoice.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <sstream>

#include "core/detection/BoxTransform.h"
#include "domain/AsciiText.h"

namespace reunite {
namespace {

constexpr const char* kForms =
    "give a face number counted from the left (1, 2, ...), a box x,y,width,height in pixels, or 'largest'";

bool parseNumber(const std::string& text, double& value) {
    const char* end = text.data() + text.size();
    const auto [next, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && next == end;
}

Result<std::optional<FaceChoice>> parseBox(const std::string& text) {
    std::vector<double> values;
    std::stringstream parts(text);
    for (std::string part; std::getline(parts, part, ',');) {
        double value = 0;
        if (!parseNumber(trimBlanks(part), value)) return makeError(ErrorCode::InvalidArgument, "face '" + text + "': " + kForms);
        values.push_back(value);
    }
    if (values.size() != 4 || values[2] <= 0 || values[3] <= 0 || values[0] < 0 || values[1] < 0) {
        return makeError(ErrorCode::InvalidArgument, "face box '" + text + "' needs four numbers x,y,width,height with a positive width and height");
    }
    return std::optional<FaceChoice>(FaceChoice{std::nullopt, RectF{values[0], values[1], values[2], values[3]}});
}

}  // namespace

Result<std::optional<FaceChoice>> parseFaceChoice(const std::string& text) {
    const std::string value = trimBlanks(text);
    if (value.empty()) return std::optional<FaceChoice>();
    if (asciiLowerCase(value) == "largest") return std::optional<FaceChoice>(FaceChoice{std::nullopt, std::nullopt, true});
    if (value.find(',') != std::string::npos) return parseBox(value);
    int number = 0;
    const auto [next, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || next != value.data() + value.size() || number < 1) {
        return makeError(ErrorCode::InvalidArgument, "face '" + value + "': " + kForms);
    }
    return std::optional<FaceChoice>(FaceChoice{number, std::nullopt});
}

std::vector<std::size_t> facesFromLeft(const std::vector<RectF>& faces) {
    std::vector<std::size_t> order(faces.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return faces[a].x + faces[a].width / 2 < faces[b].x + faces[b].width / 2;
    });
    return order;
}

Result<std::size_t> chooseFace(const FaceChoice& choice, const std::vector<RectF>& faces) {
    const std::string found = std::to_string(faces.size()) + (faces.size() == 1 ? " face was" : " faces were") + " found";
    if (choice.numberFromLeft) {
        const auto number = static_cast<std::size_t>(*choice.numberFromLeft);
        if (number > faces.size()) {
            return makeError(ErrorCode::InvalidArgument, "face " + std::to_string(number) + " was asked for, but " + found + " in the photo");
        }
        return facesFromLeft(faces)[number - 1];
    }
    if (choice.largest && !faces.empty()) {
        return static_cast<std::size_t>(std::max_element(faces.begin(), faces.end(), [](const RectF& a, const RectF& b) {
                                            return a.width * a.height < b.width * b.height;
                                        }) - faces.begin());
    }
    if (!choice.box) return makeError(ErrorCode::InvalidArgument, std::string("no face was chosen: ") + kForms);
    std::optional<std::size_t> best;
    double bestOverlap = kMinimumBoxOverlap;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        if (const double o = intersectionOverUnion(*choice.box, faces[i]); o >= bestOverlap) {
            best = i;
            bestOverlap = o;
        }
    }
    if (!best) return makeError(ErrorCode::InvalidArgument, "no detected face overlaps the given face box enough (" + found + " in the photo)");
    return *best;
}

}  // namespace reunite
