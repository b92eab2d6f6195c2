#pragma once
// parseFlyerReading: the flyer fields of an OCR reading (OcrReading.h), with doubt carried over
// from the recognizer: parseFlyerText reads the fields from the text; then every found value
// whose characters were read uncertainly (a character below characterDoubtBelow, or its line's
// mean below lineDoubtBelow) gets a confidence under kFieldNeedsCheckBelow, so that it is
// marked for checking and never fills a field silently.
// The characters of a value are found among the recognized symbols of the line it was read
// from (values that are rewritten, such as sex "F" from 女 or an ISO date, are judged by the
// symbols after the line's label).
// Thread safety: pure function, safe from any thread.
#include "ocr/FlyerFieldParser.h"
#include "ocr/OcrReading.h"

namespace reunite::ocr {

struct OcrDoubt {
    int characterDoubtBelow = 90;
    int lineDoubtBelow = 75;
};

FlyerFields parseFlyerReading(const OcrReading& reading, const FlyerParseOptions& options = {}, const OcrDoubt& doubt = {});

}  // namespace reunite::ocr
