// Temporary: inspect a progression (texture difference statistics, side-by-side with difference).
#include <iostream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include "AgeModel.h"
#include "AgeProgressor.h"
#include "FacePipeline.h"
#include "ImageResize.h"
#include "ModelLocator.h"
using namespace reunite;
static cv::Mat bgr(const Image& i) { cv::Mat m(i.height, i.width, CV_8UC3, const_cast<uint8_t*>(i.pixels.data())), o; cv::cvtColor(m, o, cv::COLOR_RGB2BGR); return o; }
int main(int argc, char** argv) {
    auto model = AgeModel::load(argc > 5 ? argv[5] : "/work/main/resources/age_model").value();
    double from = std::stod(argv[2]), to = std::stod(argv[3]);
    auto a = model.referenceFrameTexture(from, Sex::Unknown), b = model.referenceFrameTexture(to, Sex::Unknown);
    double mn = 1e9, mx = -1e9, sum = 0, sq = 0;
    for (size_t i = 0; i < a.size(); ++i) { double d = b[i] - a[i]; mn = std::min(mn, d); mx = std::max(mx, d); sum += d; sq += d * d; }
    std::cout << "texture diff min " << mn << " max " << mx << " mean " << sum / a.size() << " rms " << std::sqrt(sq / a.size()) << "\n";
    auto models = ModelLocator::inFolder("/work/main/build/models");
    PipelineOptions options; options.computeEmbeddings = false;
    auto pipeline = FacePipeline::create(models.value(), options);
    auto decoded = pipeline.value()->decoder().decodeFile(argv[1]);
    Image image = decoded.value().image;
    auto faces = pipeline.value()->processImage(image);
    Landmarks lm = faces.faces.at(0).landmarks;
    int factor = std::max(1, 300 / image.width);
    FacePhoto photo{resizedImage(image, image.width * factor, image.height * factor), resizedLandmarks(lm, image.width, image.height, image.width * factor, image.height * factor), from};
    AgeProgressor progressor(model);
    std::vector<cv::Mat> cells{bgr(photo.image)};
    for (double t : {13.0, 18.0, 28.0, 38.0}) cells.push_back(bgr(progressor.progress(photo, {t, Sex::Unknown, 0.3}).value().image));
    auto r = progressor.progress(photo, {to, Sex::Unknown, 0.3}).value();
    cv::Mat d; cv::absdiff(bgr(photo.image), bgr(r.image), d); d *= 4; cells.push_back(d);
    cv::Mat row; cv::hconcat(cells, row);
    cv::imwrite(argv[4], row);
    cv::Mat pair; cv::hconcat(std::vector<cv::Mat>{cells.front(), cells[cells.size() - 2]}, pair); cv::imwrite(std::string(argv[4]) + ".pair.png", pair);
}
