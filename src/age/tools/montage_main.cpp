// Temporary: montage of a folder's PNGs (sorted) into one image, for looking at the age model.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    for (auto& e : std::filesystem::directory_iterator(argv[1])) if (e.path().extension() == ".png") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    const int cols = argc > 3 ? std::stoi(argv[3]) : 6, cell = 160;
    const int rows = (files.size() + cols - 1) / cols;
    cv::Mat canvas(rows * (cell + 16), cols * cell, CV_8UC3, cv::Scalar(255, 255, 255));
    for (size_t i = 0; i < files.size(); ++i) {
        cv::Mat img = cv::imread(files[i].string());
        cv::resize(img, img, cv::Size(cell, cell));
        int r = i / cols, c = i % cols;
        img.copyTo(canvas(cv::Rect(c * cell, r * (cell + 16), cell, cell)));
        std::string name = files[i].stem().string().substr(8);
        cv::putText(canvas, name, {c * cell + 4, r * (cell + 16) + cell + 12}, cv::FONT_HERSHEY_SIMPLEX, 0.4, {0, 0, 0}, 1);
    }
    cv::imwrite(argv[2], canvas);
}
