#include "ocr/FlyerLabels.h"

#include <array>

namespace reunite::ocr {
namespace {

using K = FlyerLabelKind;
using U = LabelUse;

constexpr std::array kLabels{
    FlyerLabel{U"name", K::Name, U::NeedsColon},
    FlyerLabel{U"full name", K::Name, U::NeedsColon},
    FlyerLabel{U"child's name", K::Name, U::NeedsColon},
    FlyerLabel{U"child name", K::Name, U::NeedsColon},
    FlyerLabel{U"missing child's name", K::Name, U::NeedsColon},
    FlyerLabel{U"姓名", K::Name, U::Free},
    FlyerLabel{U"名字", K::Name, U::NeedsColon},
    FlyerLabel{U"孩子姓名", K::Name, U::Free},
    FlyerLabel{U"小孩姓名", K::Name, U::Free},
    FlyerLabel{U"儿童姓名", K::Name, U::Free},

    FlyerLabel{U"sex", K::Sex, U::NeedsColon},
    FlyerLabel{U"gender", K::Sex, U::NeedsColon},
    FlyerLabel{U"性别", K::Sex, U::Free},

    FlyerLabel{U"date of birth", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"birth date", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"birthdate", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"birthday", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"dob", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"d.o.b.", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"d.o.b", K::DateOfBirth, U::NeedsColon},
    FlyerLabel{U"born", K::DateOfBirth, U::Free},
    FlyerLabel{U"born on", K::DateOfBirth, U::Free},
    FlyerLabel{U"born in", K::DateOfBirth, U::Free},
    FlyerLabel{U"出生日期", K::DateOfBirth, U::Free},
    FlyerLabel{U"出生年月", K::DateOfBirth, U::Free},
    FlyerLabel{U"出生年月日", K::DateOfBirth, U::Free},
    FlyerLabel{U"出生时间", K::DateOfBirth, U::Free},
    FlyerLabel{U"出生于", K::DateOfBirth, U::Free},
    FlyerLabel{U"生日", K::DateOfBirth, U::Free},

    FlyerLabel{U"age", K::Age, U::NeedsColon},
    FlyerLabel{U"aged", K::Age, U::Free},
    FlyerLabel{U"age when missing", K::Age, U::NeedsColon},
    FlyerLabel{U"age at disappearance", K::Age, U::NeedsColon},
    FlyerLabel{U"年龄", K::Age, U::Free},
    FlyerLabel{U"现年", K::Age, U::Free},

    FlyerLabel{U"missing since", K::DateMissing, U::Free},
    FlyerLabel{U"date missing", K::DateMissing, U::NeedsColon},
    FlyerLabel{U"missing date", K::DateMissing, U::NeedsColon},
    FlyerLabel{U"date of disappearance", K::DateMissing, U::NeedsColon},
    FlyerLabel{U"date last seen", K::DateMissing, U::NeedsColon},
    FlyerLabel{U"missing on", K::DateMissing, U::Free},
    FlyerLabel{U"disappeared on", K::DateMissing, U::Free},
    FlyerLabel{U"went missing on", K::DateMissing, U::Free},
    FlyerLabel{U"走失时间", K::DateMissing, U::Free},
    FlyerLabel{U"失踪时间", K::DateMissing, U::Free},
    FlyerLabel{U"走失日期", K::DateMissing, U::Free},
    FlyerLabel{U"失踪日期", K::DateMissing, U::Free},
    FlyerLabel{U"丢失时间", K::DateMissing, U::Free},
    FlyerLabel{U"丢失日期", K::DateMissing, U::Free},
    FlyerLabel{U"走失于", K::DateMissing, U::Free},
    FlyerLabel{U"失踪于", K::DateMissing, U::Free},

    FlyerLabel{U"last seen", K::LastSeen, U::Free},
    FlyerLabel{U"disappeared", K::LastSeen, U::Free},
    FlyerLabel{U"went missing", K::LastSeen, U::Free},
    FlyerLabel{U"abducted", K::LastSeen, U::Free},
    FlyerLabel{U"taken from", K::LastSeen, U::Free},
    FlyerLabel{U"missing from", K::LastSeen, U::Free},

    FlyerLabel{U"place missing", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"place last seen", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"location", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"last known location", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"location last seen", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"missing location", K::PlaceMissing, U::NeedsColon},
    FlyerLabel{U"走失地点", K::PlaceMissing, U::Free},
    FlyerLabel{U"失踪地点", K::PlaceMissing, U::Free},
    FlyerLabel{U"丢失地点", K::PlaceMissing, U::Free},
    FlyerLabel{U"走失地址", K::PlaceMissing, U::Free},
    FlyerLabel{U"失踪地址", K::PlaceMissing, U::Free},
    FlyerLabel{U"走失地", K::PlaceMissing, U::Free},

    FlyerLabel{U"contact", K::Contact, U::NeedsColon},
    FlyerLabel{U"contact us", K::Contact, U::Free},
    FlyerLabel{U"contact information", K::Contact, U::NeedsColon},
    FlyerLabel{U"contact info", K::Contact, U::NeedsColon},
    FlyerLabel{U"please contact", K::Contact, U::Free},
    FlyerLabel{U"call", K::Contact, U::Free},
    FlyerLabel{U"please call", K::Contact, U::Free},
    FlyerLabel{U"phone", K::Contact, U::NeedsColon},
    FlyerLabel{U"telephone", K::Contact, U::NeedsColon},
    FlyerLabel{U"tel", K::Contact, U::NeedsColon},
    FlyerLabel{U"mobile", K::Contact, U::NeedsColon},
    FlyerLabel{U"cell", K::Contact, U::NeedsColon},
    FlyerLabel{U"email", K::Contact, U::NeedsColon},
    FlyerLabel{U"e-mail", K::Contact, U::NeedsColon},
    FlyerLabel{U"hotline", K::Contact, U::NeedsColon},
    FlyerLabel{U"联系电话", K::Contact, U::Free},
    FlyerLabel{U"联系人", K::Contact, U::Free},
    FlyerLabel{U"联系方式", K::Contact, U::Free},
    FlyerLabel{U"联系", K::Contact, U::NeedsColon},
    FlyerLabel{U"电话", K::Contact, U::Free},
    FlyerLabel{U"手机", K::Contact, U::Free},
    FlyerLabel{U"报警电话", K::Contact, U::Free},
    FlyerLabel{U"热线", K::Contact, U::NeedsColon},

    FlyerLabel{U"height", K::Height, U::NeedsColon},
    FlyerLabel{U"ht", K::Height, U::NeedsColonAnywhere},
    FlyerLabel{U"身高", K::Height, U::Free},

    FlyerLabel{U"weight", K::Note, U::NeedsColon},
    FlyerLabel{U"wt", K::Note, U::NeedsColonAnywhere},
    FlyerLabel{U"hair", K::Note, U::NeedsColon},
    FlyerLabel{U"eyes", K::Note, U::NeedsColon},
    FlyerLabel{U"eye colour", K::Note, U::NeedsColon},
    FlyerLabel{U"eye color", K::Note, U::NeedsColon},
    FlyerLabel{U"description", K::Note, U::NeedsColon},
    FlyerLabel{U"wearing", K::Note, U::Free},
    FlyerLabel{U"last seen wearing", K::Note, U::Free},
    FlyerLabel{U"clothing", K::Note, U::NeedsColon},
    FlyerLabel{U"clothes", K::Note, U::NeedsColon},
    FlyerLabel{U"distinguishing marks", K::Note, U::NeedsColon},
    FlyerLabel{U"marks", K::Note, U::NeedsColon},
    FlyerLabel{U"scars", K::Note, U::NeedsColon},
    FlyerLabel{U"reward", K::Note, U::NeedsColon},
    FlyerLabel{U"age progressed", K::Note, U::Free},
    FlyerLabel{U"age-progressed", K::Note, U::Free},
    FlyerLabel{U"age progression", K::Note, U::Free},
    FlyerLabel{U"体重", K::Note, U::Free},
    FlyerLabel{U"特征", K::Note, U::Free},
    FlyerLabel{U"体貌特征", K::Note, U::Free},
    FlyerLabel{U"衣着", K::Note, U::Free},
    FlyerLabel{U"穿着", K::Note, U::Free},
    FlyerLabel{U"身穿", K::Note, U::Free},
    FlyerLabel{U"口音", K::Note, U::Free},
    FlyerLabel{U"备注", K::Note, U::Free},
    FlyerLabel{U"悬赏", K::Note, U::Free},
    FlyerLabel{U"酬谢", K::Note, U::Free},

    FlyerLabel{U"missing", K::MissingColon, U::NeedsColonAnywhere},
};

constexpr std::array<std::u32string_view, 22> kHeaderWords{
    U"missing", U"child", U"children", U"person", U"persons", U"endangered", U"have", U"you", U"seen", U"me",
    U"this", U"her", U"him", U"help", U"us", U"find", U"please", U"amber", U"alert", U"kid", U"abducted", U"runaway"};

constexpr std::array<std::u32string_view, 10> kChineseHeaders{
    U"寻人启事", U"寻子启事", U"寻女启事", U"寻儿启事", U"紧急寻人", U"寻人", U"寻找孩子", U"帮忙寻找", U"寻亲启事", U"失踪儿童"};

}  // namespace

std::span<const FlyerLabel> flyerLabels() { return kLabels; }

std::span<const std::u32string_view> flyerHeaderWords() { return kHeaderWords; }

std::span<const std::u32string_view> flyerChineseHeaders() { return kChineseHeaders; }

}  // namespace reunite::ocr
