#pragma once
// parseFlyerText: reads the fields of a missing-person flyer from its OCR text.
// Inputs: raw OCR text (UTF-8, English and/or Simplified Chinese); it is normalized first
// (OcrTextNormalizer.h), so full-width colons, spaces between Chinese characters and O/0, l/1
// confusions inside dates are tolerated. Understands labelled lines ("Name:", "Sex: Female",
// "DOB:", "Date of birth", "Born", "Missing since", "Last seen ... at ...", "Contact", "Height",
// "姓名：", "性别：女", "出生日期：", "走失时间", "走失地点", "联系电话" ...; several labels per line,
// misspelt labels such as "Narne:" or "失踩地点:" (one misread character of a Chinese label of three
// or more, when only one kind of label is that close), a label whose value is on the next line;
// a Chinese name ends at the first mark after it), Chinese sentences
// ("张小明，男，2004年5月6日出生，于2010年6月1日在北京市朝阳区走失"), English sentences ("was last
// seen on June 1, 2010 at Central Park"), unlabelled names right under the "MISSING" header,
// phone numbers and e-mail addresses anywhere, and "7 years old" / "7岁".
// Guarantees: never throws on any input; values are normalized (sex F/M/U, dates YYYY-MM-DD,
// ALL-CAPS names in title case); every field carries a confidence (FlyerFields.h). Lines that
// are not headers, not consumed by a field and not OCR debris end up in otherNotes.
// Thread safety: pure function, safe from any thread.
#include <string_view>

#include "ocr/FlyerDateParser.h"
#include "ocr/FlyerFields.h"

namespace reunite::ocr {

struct FlyerParseOptions {
    NumericDateOrder ambiguousDateOrder = NumericDateOrder::MonthFirst;  // 05/06/2004 = May 6
    int currentYear = 0;  // 0: the system clock's year
};

FlyerFields parseFlyerText(std::string_view ocrText, const FlyerParseOptions& options = {});

}  // namespace reunite::ocr
