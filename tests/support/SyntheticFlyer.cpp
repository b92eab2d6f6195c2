#include "SyntheticFlyer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace reunite::test {
namespace {

constexpr int kPageWidth = 900;
constexpr int kPageHeight = 1270;

const FlyerFont kWenQuanYi{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei"};
const FlyerFont kNotoSans{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "fonts-noto-cjk"};
const FlyerFont kNotoSansBold{"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "fonts-noto-cjk"};
const FlyerFont kNotoSerif{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "fonts-noto-cjk"};
const FlyerFont kNotoSerifBold{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "fonts-noto-cjk"};
const FlyerFont kUming{"/usr/share/fonts/truetype/arphic/uming.ttc", 0, "fonts-arphic-uming"};
const FlyerFont kDejaVu{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core"};
const FlyerFont kDejaVuBold{"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0, "fonts-dejavu-core"};
const FlyerFont kLiberationSerif{"/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 0, "fonts-liberation2"};
const FlyerFont kLiberationSans{"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", 0, "fonts-liberation2"};
const FlyerFont kLiberationSansBold{"/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", 0, "fonts-liberation2"};

const std::vector<FlyerFont>& chineseTextFonts() {
    static const std::vector<FlyerFont> fonts{kWenQuanYi, kNotoSans, kNotoSerif, kUming, kNotoSansBold};
    return fonts;
}
const std::vector<FlyerFont>& chineseHeadingFonts() {
    static const std::vector<FlyerFont> fonts{kNotoSansBold, kNotoSerifBold, kWenQuanYi};
    return fonts;
}
const std::vector<FlyerFont>& englishTextFonts() {
    static const std::vector<FlyerFont> fonts{kDejaVu, kLiberationSerif, kLiberationSans, kNotoSans, kDejaVuBold};
    return fonts;
}
const std::vector<FlyerFont>& englishHeadingFonts() {
    static const std::vector<FlyerFont> fonts{kDejaVuBold, kLiberationSansBold, kNotoSansBold};
    return fonts;
}

// ---- content ---------------------------------------------------------------------------------

const std::array kSurnames{"李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                           "徐", "孙", "马", "胡", "朱", "郭", "何", "林", "高", "罗"};
const std::array kGivenCharacters{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
                                  "明", "超", "秀", "霞", "平", "刚", "英", "华", "建", "国", "红", "文", "玉", "晓",
                                  "佳", "浩", "宇", "欣", "怡", "小", "子", "思", "雨", "博", "鹏", "婷"};
const std::array kChinesePlaces{"广州市天河区", "深圳市南山区", "北京市朝阳区", "成都市武侯区", "杭州市西湖区",
                                "南京市玄武区", "重庆市渝中区", "武汉市江汉区", "西安市雁塔区", "郑州火车站",
                                "长沙市岳麓区", "昆明市五华区", "福州市鼓楼区", "贵阳市南明区"};
const std::array kEnglishGiven{"Emily", "Jacob", "Olivia", "Michael", "Sophia", "Daniel", "Ava", "Ethan",
                               "Mia", "Noah", "Grace", "Lucas", "Chloe", "Owen", "Ella", "Henry"};
const std::array kEnglishFamily{"Zhang", "Miller", "Garcia", "Johnson", "Brown", "Davis", "Wilson", "Moore",
                                "Taylor", "Anderson", "Thomas", "Martin", "Clark", "Lewis", "Walker", "Young"};
const std::array kEnglishPlaces{"Central Park, Springfield", "Main Street Mall, Riverside", "Oak Grove School, Fairview",
                                "Union Station, Greenville", "Lakeside Park, Madison", "Harbor Road, Salem",
                                "Pine Street, Clinton", "City Library, Franklin", "Bus Terminal, Georgetown",
                                "Maple Avenue, Arlington"};
const std::array kMonths{"January", "February", "March", "April", "May", "June",
                         "July", "August", "September", "October", "November", "December"};

struct Date {
    int year;
    int month;
    int day;
};

std::string iso(const Date& d) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
    return text;
}

std::string chineseDate(const Date& d, int style) {
    char text[48];
    switch (style % 4) {
    case 0: std::snprintf(text, sizeof text, "%d年%d月%d日", d.year, d.month, d.day); break;
    case 1: std::snprintf(text, sizeof text, "%d年%02d月%02d日", d.year, d.month, d.day); break;
    case 2: std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day); break;
    default: std::snprintf(text, sizeof text, "%d.%d.%d", d.year, d.month, d.day); break;
    }
    return text;
}

std::string englishDate(const Date& d, int style) {
    char text[48];
    switch (style % 3) {
    case 0: std::snprintf(text, sizeof text, "%s %d, %d", kMonths[d.month - 1], d.day, d.year); break;
    case 1: std::snprintf(text, sizeof text, "%d %s %d", d.day, kMonths[d.month - 1], d.year); break;
    default: std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day); break;
    }
    return text;
}

class Dice {
public:
    explicit Dice(unsigned seed) : engine_(seed) {}
    int below(int n) { return static_cast<int>(engine_() % static_cast<unsigned>(n)); }
    double between(double low, double high) { return low + (high - low) * (engine_() % 100000) / 100000.0; }
    bool chance(double p) { return between(0, 1) < p; }
    template <typename List>
    auto pick(const List& list) -> decltype(list[0]) {
        return list[static_cast<std::size_t>(below(static_cast<int>(std::size(list))))];
    }

private:
    std::mt19937 engine_;
};

Date randomDate(Dice& dice, int firstYear, int lastYear) {
    return Date{firstYear + dice.below(lastYear - firstYear + 1), 1 + dice.below(12), 1 + dice.below(28)};
}

void fillChinese(SyntheticFlyerSpec& spec, Dice& dice) {
    std::string name = dice.pick(kSurnames);
    const int given = dice.chance(0.5) ? 1 : 2;
    for (int i = 0; i < given; ++i) name += dice.pick(kGivenCharacters);
    const bool girl = dice.chance(0.5);
    const Date born = randomDate(dice, 2005, 2018);
    const Date missing = randomDate(dice, born.year + 2, born.year + 6);
    spec.truth = {name, girl ? "F" : "M", iso(born), iso(missing), dice.pick(kChinesePlaces)};
    const std::array headings{"寻人启事", "寻找失踪儿童", "紧急寻人"};
    spec.heading = dice.pick(headings);
    const std::string colon = dice.chance(0.7) ? "：" : ":";
    const std::array birthLabels{"出生日期", "出生年月日", "生日"};
    const std::array missingLabels{"失踪日期", "失踪时间", "走失时间"};
    const std::array placeLabels{"失踪地点", "走失地点"};
    const int dateStyle = dice.below(4);
    spec.fieldLines = {
        "姓名" + colon + name,
        "性别" + colon + (girl ? "女" : "男"),
        dice.pick(birthLabels) + colon + chineseDate(born, dateStyle),
        dice.pick(missingLabels) + colon + chineseDate(missing, dateStyle),
        dice.pick(placeLabels) + colon + spec.truth.placeMissing,
        "联系电话" + colon + "138" + std::to_string(1000 + dice.below(9000)) + std::to_string(1000 + dice.below(9000)),
    };
    const std::array closings{"请知情者速与我们联系，必有重谢！", "孩子走失时穿蓝色上衣", "恳请好心人帮忙转发"};
    spec.closingLines = {dice.pick(closings)};
}

void fillEnglish(SyntheticFlyerSpec& spec, Dice& dice) {
    const std::string name = std::string(dice.pick(kEnglishGiven)) + " " + dice.pick(kEnglishFamily);
    const bool girl = dice.chance(0.5);
    const Date born = randomDate(dice, 2005, 2018);
    const Date missing = randomDate(dice, born.year + 2, born.year + 6);
    spec.truth = {name, girl ? "F" : "M", iso(born), iso(missing), dice.pick(kEnglishPlaces)};
    const std::array headings{"MISSING", "MISSING CHILD", "HAVE YOU SEEN ME?"};
    spec.heading = dice.pick(headings);
    const std::array nameLabels{"Name: ", "Child's name: ", "Name: "};
    const std::array sexLabels{"Sex: ", "Gender: "};
    const std::array birthLabels{"Date of birth: ", "DOB: ", "Born: "};
    const std::array missingLabels{"Missing since: ", "Date missing: "};
    const std::array placeLabels{"Last seen: ", "Missing from: ", "Location: "};
    const int dateStyle = dice.below(3);
    spec.fieldLines = {
        dice.pick(nameLabels) + name,
        std::string(dice.pick(sexLabels)) + (girl ? "Female" : "Male"),
        dice.pick(birthLabels) + englishDate(born, dateStyle),
        dice.pick(missingLabels) + englishDate(missing, dateStyle),
        dice.pick(placeLabels) + spec.truth.placeMissing,
        "Contact: 555-" + std::to_string(100 + dice.below(900)) + "-" + std::to_string(1000 + dice.below(9000)),
    };
    const std::array closings{"Please call if you have any information.", "She was wearing a blue jacket.",
                              "Reward for information."};
    spec.closingLines = {dice.pick(closings)};
}

// ---- drawing ---------------------------------------------------------------------------------

class Typesetter {
public:
    Typesetter(cv::Mat& page, const FlyerFont& font) : page_(page), face_(cv::freetype::createFreeType2()) {
        if (!std::filesystem::is_regular_file(font.file)) {
            throw std::runtime_error("flyer font " + font.file + " is missing: apt-get install " + font.package);
        }
        face_->loadFontData(font.file, font.faceIndex);
    }
    int width(const std::string& text, int height) {
        int baseline = 0;
        return face_->getTextSize(text, height, -1, &baseline).width;
    }
    // Draws text with its top-left corner at (x, top).
    void draw(const std::string& text, int x, int top, int height, const cv::Scalar& colour) {
        face_->putText(page_, text, cv::Point(x, top + height), height, colour, -1, cv::LINE_AA, true);
    }
    // The largest height <= wanted at which every line fits in `room` pixels.
    int fitting(const std::vector<std::string>& lines, int wanted, int room) {
        int height = wanted;
        for (const std::string& line : lines) {
            while (height > 12 && width(line, height) > room) --height;
        }
        return height;
    }

private:
    cv::Mat& page_;
    cv::Ptr<cv::freetype::FreeType2> face_;
};

void placePhoto(cv::Mat& page, const cv::Mat& photo, const cv::Rect& where) {
    cv::Mat resized;
    cv::resize(photo, resized, where.size(), 0, 0, cv::INTER_AREA);
    resized.copyTo(page(where));
    cv::rectangle(page, where, cv::Scalar(60, 60, 60), 2);
}

int drawHeading(cv::Mat& page, const SyntheticFlyerSpec& spec) {
    Typesetter heading(page, spec.headingFont);
    const int height = heading.fitting({spec.heading}, 110, kPageWidth - 80);
    const int x = (kPageWidth - heading.width(spec.heading, height)) / 2;
    if (spec.layout == FlyerLayout::Banner) {
        cv::rectangle(page, cv::Rect(0, 20, kPageWidth, height + 50), spec.headingColour, cv::FILLED);
        heading.draw(spec.heading, x, 40, height, cv::Scalar(255, 255, 255));
    } else {
        heading.draw(spec.heading, x, 30, height, spec.headingColour);
    }
    return height + 90;
}

void drawLines(Typesetter& text, const std::vector<std::string>& lines, int x, int top, int height, const cv::Scalar& colour) {
    const int step = height * 17 / 10;
    for (std::size_t i = 0; i < lines.size(); ++i) text.draw(lines[i], x, top + static_cast<int>(i) * step, height, colour);
}

void drawBody(cv::Mat& page, const SyntheticFlyerSpec& spec, const cv::Mat& photo, int top) {
    Typesetter text(page, spec.textFont);
    std::vector<std::string> lines = spec.fieldLines;
    const int margin = 50;
    switch (spec.layout) {
    case FlyerLayout::PhotoAbove:
    case FlyerLayout::Banner: {
        const int side = 300;
        placePhoto(page, photo, cv::Rect((kPageWidth - side) / 2, top, side, side));
        lines.insert(lines.end(), spec.closingLines.begin(), spec.closingLines.end());
        const int room = kPageHeight - (top + side + 40) - 20;
        int height = text.fitting(lines, spec.textHeightPx, kPageWidth - 2 * margin);
        height = std::min(height, room * 10 / (17 * static_cast<int>(lines.size())));
        drawLines(text, lines, margin, top + side + 40, height, spec.textColour);
        break;
    }
    case FlyerLayout::PhotoBeside: {
        const int side = 280;
        placePhoto(page, photo, cv::Rect(margin, top, side, side));
        const int x = margin + side + 30;
        int height = text.fitting(lines, spec.textHeightPx, kPageWidth - x - 20);
        height = std::min(height, (kPageHeight - top - 40) * 10 / (17 * static_cast<int>(lines.size() + 2)));
        drawLines(text, lines, x, top, height, spec.textColour);
        const int below = std::max(top + side + 40, top + static_cast<int>(lines.size()) * height * 17 / 10 + 20);
        drawLines(text, spec.closingLines, margin, below, text.fitting(spec.closingLines, height, kPageWidth - 2 * margin),
                  spec.textColour);
        break;
    }
    case FlyerLayout::TwoFieldsPerLine: {
        const std::string gap = "    ";
        std::vector<std::string> paired{lines[0] + gap + lines[1]};
        paired.insert(paired.end(), lines.begin() + 2, lines.end());
        paired.insert(paired.end(), spec.closingLines.begin(), spec.closingLines.end());
        const int side = 260;
        int height = text.fitting(paired, spec.textHeightPx, kPageWidth - 2 * margin);
        height = std::min(height, (kPageHeight - top - side - 60) * 10 / (17 * static_cast<int>(paired.size())));
        drawLines(text, paired, margin, top, height, spec.textColour);
        const int photoTop = top + static_cast<int>(paired.size()) * height * 17 / 10 + 20;
        placePhoto(page, photo, cv::Rect(kPageWidth - margin - side, std::min(photoTop, kPageHeight - side - 10), side, side));
        break;
    }
    }
}

cv::Mat damage(const cv::Mat& page, const SyntheticFlyerSpec& spec, unsigned seed) {
    cv::Mat out = page;
    if (spec.rotationDegrees != 0) {
        const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(page.cols / 2.0f, page.rows / 2.0f), spec.rotationDegrees, 1.0);
        cv::warpAffine(page, out, turn, page.size(), cv::INTER_CUBIC, cv::BORDER_CONSTANT, spec.paperColour);
    }
    cv::Mat work;
    out.convertTo(work, CV_32FC3);
    if (spec.unevenLight) {
        for (int y = 0; y < work.rows; ++y) {
            auto* row = work.ptr<cv::Vec3f>(y);
            for (int x = 0; x < work.cols; ++x) {
                row[x] *= 0.6f + 0.4f * (1.0f - 0.5f * (static_cast<float>(x) / work.cols + static_cast<float>(y) / work.rows));
            }
        }
    }
    if (spec.blurSigma > 0) cv::GaussianBlur(work, work, cv::Size(0, 0), spec.blurSigma);
    if (spec.noiseSigma > 0) {
        cv::Mat noise(work.size(), CV_32FC3);
        cv::RNG rng(seed);
        rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(spec.noiseSigma));
        work += noise;
    }
    work.convertTo(out, CV_8UC3);
    if (spec.rescale != 1) cv::resize(out, out, cv::Size(), spec.rescale, spec.rescale, spec.rescale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    if (spec.jpegQuality > 0) {
        std::vector<unsigned char> bytes;
        cv::imencode(".jpg", out, bytes, {cv::IMWRITE_JPEG_QUALITY, spec.jpegQuality});
        out = cv::imdecode(bytes, cv::IMREAD_COLOR);
    }
    return out;
}

const char* layoutName(FlyerLayout layout) {
    switch (layout) {
    case FlyerLayout::PhotoAbove: return "photo above";
    case FlyerLayout::PhotoBeside: return "photo beside";
    case FlyerLayout::TwoFieldsPerLine: return "two fields per line";
    case FlyerLayout::Banner: return "banner";
    }
    return "";
}

}  // namespace

std::string SyntheticFlyerSpec::describe() const {
    char text[320];
    std::snprintf(text, sizeof text, "#%d %s, %s, text %d px in %s, rotated %.1f deg, blur %.1f, noise %.0f%s, x%.2f, jpeg %d",
                  index, language == FlyerLanguage::Chinese ? "zh" : "en", layoutName(layout), textHeightPx,
                  std::filesystem::path(textFont.file).filename().c_str(), rotationDegrees, blurSigma, noiseSigma,
                  unevenLight ? ", uneven light" : "", rescale, jpegQuality);
    return text;
}

std::vector<std::string> missingFlyerFontPackages() {
    std::vector<std::string> missing;
    for (const FlyerFont* font : {&kWenQuanYi, &kNotoSans, &kNotoSansBold, &kNotoSerif, &kNotoSerifBold, &kUming, &kDejaVu,
                                  &kDejaVuBold, &kLiberationSerif, &kLiberationSans, &kLiberationSansBold}) {
        if (!std::filesystem::is_regular_file(font->file) &&
            std::find(missing.begin(), missing.end(), font->package) == missing.end()) {
            missing.push_back(font->package);
        }
    }
    return missing;
}

FlyerFont wenQuanYiMicroHei() { return kWenQuanYi; }

SyntheticFlyerSpec syntheticFlyerSpec(int index, FlyerLanguage language) {
    Dice dice(static_cast<unsigned>(index) * 7919u + (language == FlyerLanguage::Chinese ? 104729u : 0u));
    SyntheticFlyerSpec spec;
    spec.index = index;
    spec.language = language;
    if (language == FlyerLanguage::Chinese) {
        fillChinese(spec, dice);
        spec.textFont = dice.pick(chineseTextFonts());
        spec.headingFont = dice.pick(chineseHeadingFonts());
    } else {
        fillEnglish(spec, dice);
        spec.textFont = dice.pick(englishTextFonts());
        spec.headingFont = dice.pick(englishHeadingFonts());
    }
    const std::array layouts{FlyerLayout::PhotoAbove, FlyerLayout::PhotoBeside, FlyerLayout::TwoFieldsPerLine, FlyerLayout::Banner};
    spec.layout = layouts[static_cast<std::size_t>(index % 4)];
    spec.textHeightPx = 26 + dice.below(50);
    const std::array inks{cv::Scalar(0, 0, 0), cv::Scalar(40, 40, 40), cv::Scalar(110, 30, 0), cv::Scalar(0, 0, 140)};
    const std::array papers{cv::Scalar(255, 255, 255), cv::Scalar(225, 245, 250), cv::Scalar(235, 235, 255)};
    const std::array headings{cv::Scalar(20, 20, 210), cv::Scalar(0, 0, 160), cv::Scalar(30, 60, 230)};
    spec.textColour = dice.pick(inks);
    spec.paperColour = dice.pick(papers);
    spec.headingColour = dice.pick(headings);
    spec.rotationDegrees = dice.chance(0.6) ? dice.between(-3, 3) : 0;
    spec.blurSigma = dice.chance(0.5) ? dice.between(0.4, 1.1) : 0;
    spec.noiseSigma = dice.chance(0.5) ? dice.between(2, 9) : 0;
    spec.unevenLight = dice.chance(0.35);
    spec.rescale = dice.between(0.6, 1.25);
    spec.jpegQuality = dice.chance(0.7) ? 35 + dice.below(60) : 0;
    return spec;
}

cv::Mat renderSyntheticFlyer(const SyntheticFlyerSpec& spec, const cv::Mat& photo) {
    cv::Mat page(kPageHeight, kPageWidth, CV_8UC3, spec.paperColour);
    const int top = drawHeading(page, spec);
    drawBody(page, spec, photo, top);
    return damage(page, spec, static_cast<unsigned>(spec.index) + 17u);
}

}  // namespace reunite::test
