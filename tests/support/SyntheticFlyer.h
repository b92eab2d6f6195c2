#pragma once
// Synthetic missing-person flyers for measuring OCR field accuracy, rendered at run time (no
// flyer image is stored in the repository).
// syntheticFlyerSpec(index, language): a deterministic description of flyer number `index`: the
// child's fields (names of two and three characters in Chinese, given + family name in
// English), one of several label wordings and date formats, fonts, text sizes, colours, one of
// four layouts (photo above the fields, photo beside them, two fields per line, a banner
// heading in white on red) and the damage of a printed and re-photographed sheet (slight
// rotation, blur, uneven light, noise, rescaling, JPEG compression). The same index always
// gives the same flyer.
// renderSyntheticFlyer(spec, photo): draws it (BGR, 8 bits) with FreeType, the given photo as
// the child's picture. Fonts come from Debian packages (missingFlyerFontPackages() names the
// ones not installed; rendering with a missing font throws std::runtime_error).
// Thread safety: pure functions; each call loads its own FreeType faces.
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace reunite::test {

enum class FlyerLanguage { English, Chinese };

// What the flyer says; dates "YYYY-MM-DD", sex "F" or "M".
struct FlyerTruth {
    std::string name;
    std::string sex;
    std::string dateOfBirth;
    std::string dateMissing;
    std::string placeMissing;
};

struct FlyerFont {
    std::string file;
    int faceIndex = 0;
    std::string package;  // the Debian package that installs it
};

enum class FlyerLayout { PhotoAbove, PhotoBeside, TwoFieldsPerLine, Banner };

struct SyntheticFlyerSpec {
    int index = 0;
    FlyerLanguage language = FlyerLanguage::English;
    FlyerTruth truth;
    std::string heading;
    std::vector<std::string> fieldLines;  // as printed, top to bottom
    std::vector<std::string> closingLines;
    FlyerLayout layout = FlyerLayout::PhotoAbove;
    FlyerFont headingFont;
    FlyerFont textFont;
    int textHeightPx = 40;  // at the 900 px wide page, before rescaling
    cv::Scalar textColour;
    cv::Scalar headingColour;
    cv::Scalar paperColour;
    double rotationDegrees = 0;
    double blurSigma = 0;
    double noiseSigma = 0;
    bool unevenLight = false;
    double rescale = 1;
    int jpegQuality = 0;  // 0: not compressed

    std::string describe() const;  // one line: layout, fonts, size, damage
};

std::vector<std::string> missingFlyerFontPackages();

FlyerFont wenQuanYiMicroHei();

SyntheticFlyerSpec syntheticFlyerSpec(int index, FlyerLanguage language);

cv::Mat renderSyntheticFlyer(const SyntheticFlyerSpec& spec, const cv::Mat& photo);

}  // namespace reunite::test
