// Writes the large-photo benchmark input: a JPEG of WIDTH x HEIGHT pixels (default 8000 x 8000,
// about 1 MB: flat grey with a faint gradient) that declares far more pixels than a workstation
// should hold per worker. The measurement itself is `reunite-cli faces FILE` under
// /usr/bin/time (docs/benchmarks.md, "Large photos").
// Usage: reunite-bench-large-photo FILE [WIDTH HEIGHT]
#include <cstdlib>
#include <iostream>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

int main(int argc, char** argv) {
    if (argc != 2 && argc != 4) {
        std::cerr << "usage: reunite-bench-large-photo FILE [WIDTH HEIGHT]\n";
        return 2;
    }
    const int width = argc == 4 ? std::atoi(argv[2]) : 8000;
    const int height = argc == 4 ? std::atoi(argv[3]) : 8000;
    if (width < 1 || height < 1) {
        std::cerr << "WIDTH and HEIGHT must be positive\n";
        return 2;
    }
    cv::Mat picture(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) picture.row(y).setTo(cv::Scalar::all(96 + 64 * y / height));
    if (!cv::imwrite(argv[1], picture, {cv::IMWRITE_JPEG_QUALITY, 50})) {
        std::cerr << "cannot write " << argv[1] << "\n";
        return 3;
    }
    std::cout << argv[1] << ": " << width << " x " << height << " JPEG\n";
    return 0;
}
