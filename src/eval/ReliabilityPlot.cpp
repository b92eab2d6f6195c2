#include "eval/ReliabilityPlot.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace reunite {
namespace {

constexpr int kWidth = 1040, kHeight = 760, kLeft = 90, kRight = 330, kTop = 90, kBottom = 70;
constexpr double kAxisMin = -4, kAxisMax = 4, kBinWidth = 0.5;
constexpr std::size_t kMinimumPerClass = 5;

cv::Point toPixel(double statedLog10, double empiricalLog10) {
    const double fx = (statedLog10 - kAxisMin) / (kAxisMax - kAxisMin);
    const double fy = (empiricalLog10 - kAxisMin) / (kAxisMax - kAxisMin);
    return {kLeft + static_cast<int>(std::lround(fx * (kWidth - kLeft - kRight))),
            kHeight - kBottom - static_cast<int>(std::lround(fy * (kHeight - kTop - kBottom)))};
}

void drawAxes(cv::Mat& image, const std::string& title) {
    const cv::Scalar grid(225, 225, 225), ink(40, 40, 40);
    for (int v = static_cast<int>(kAxisMin); v <= static_cast<int>(kAxisMax); ++v) {
        cv::line(image, toPixel(v, kAxisMin), toPixel(v, kAxisMax), grid, 1);
        cv::line(image, toPixel(kAxisMin, v), toPixel(kAxisMax, v), grid, 1);
        const std::string label = std::to_string(v);
        cv::putText(image, label, toPixel(v, kAxisMin) + cv::Point(-8, 22), cv::FONT_HERSHEY_SIMPLEX, 0.5, ink, 1, cv::LINE_AA);
        cv::putText(image, label, toPixel(kAxisMin, v) + cv::Point(-30, 5), cv::FONT_HERSHEY_SIMPLEX, 0.5, ink, 1, cv::LINE_AA);
    }
    cv::rectangle(image, toPixel(kAxisMin, kAxisMax), toPixel(kAxisMax, kAxisMin), ink, 1);
    cv::line(image, toPixel(kAxisMin, kAxisMin), toPixel(kAxisMax, kAxisMax), cv::Scalar(150, 150, 150), 1, cv::LINE_AA);
    cv::putText(image, title, {20, 32}, cv::FONT_HERSHEY_SIMPLEX, 0.65, ink, 1, cv::LINE_AA);
    cv::putText(image, "stated log10 LR (out-of-fold)", {kLeft + 150, kHeight - 25}, cv::FONT_HERSHEY_SIMPLEX, 0.55, ink, 1,
                cv::LINE_AA);
    cv::putText(image, "empirical log10 LR", {20, kTop - 16}, cv::FONT_HERSHEY_SIMPLEX, 0.55, ink, 1, cv::LINE_AA);
}

// (mean stated, empirical) per well-filled bin of 0.5 in stated log10 LR.
std::vector<cv::Point2d> reliabilityPoints(const CalibrationEvidence& e) {
    std::vector<double> edges;
    for (double edge = -8; edge <= 8 + 1e-9; edge += kBinWidth) edges.push_back(edge);
    std::vector<cv::Point2d> points;
    for (const ReliabilityBin& bin : reliabilityBins(e.mateLog10, e.nonMateLog10, edges)) {
        if (bin.mates < kMinimumPerClass || bin.nonMates < kMinimumPerClass) continue;
        points.emplace_back(bin.meanStatedLog10, bin.empiricalLog10);
    }
    return points;
}

}  // namespace

Status writeReliabilityPlot(const std::vector<std::pair<std::string, CalibrationEvidence>>& methods,
                            const std::filesystem::path& file, const std::string& title) {
    cv::Mat image(kHeight, kWidth, CV_8UC3, cv::Scalar(255, 255, 255));
    drawAxes(image, title);
    const cv::Scalar colours[] = {{200, 80, 30}, {40, 150, 40}, {30, 30, 210}, {160, 60, 160}, {20, 140, 200}, {90, 90, 90}};
    int legendY = kTop + 10;
    for (std::size_t m = 0; m < methods.size(); ++m) {
        const cv::Scalar colour = colours[m % 6];
        const std::vector<cv::Point2d> points = reliabilityPoints(methods[m].second);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double x = std::clamp(points[i].x, kAxisMin, kAxisMax), y = std::clamp(points[i].y, kAxisMin, kAxisMax);
            cv::circle(image, toPixel(x, y), 4, colour, cv::FILLED, cv::LINE_AA);
            if (i == 0) continue;
            const double px = std::clamp(points[i - 1].x, kAxisMin, kAxisMax), py = std::clamp(points[i - 1].y, kAxisMin, kAxisMax);
            cv::line(image, toPixel(px, py), toPixel(x, y), colour, 2, cv::LINE_AA);
        }
        std::ostringstream legend;
        legend << methods[m].first << " (Cllr " << std::fixed << std::setprecision(3)
               << cllr(methods[m].second.mateLog10, methods[m].second.nonMateLog10) << ")";
        cv::line(image, {kWidth - kRight + 15, legendY}, {kWidth - kRight + 40, legendY}, colour, 3, cv::LINE_AA);
        cv::putText(image, legend.str(), {kWidth - kRight + 45, legendY + 5}, cv::FONT_HERSHEY_SIMPLEX, 0.45,
                    cv::Scalar(40, 40, 40), 1, cv::LINE_AA);
        legendY += 24;
    }
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    try {
        if (!cv::imwrite(file.string(), image)) return makeError(ErrorCode::Unreadable, "could not write " + file.string());
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Unreadable, "could not write " + file.string() + ": " + e.what());
    }
    return Ok{};
}

}  // namespace reunite
