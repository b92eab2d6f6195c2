#pragma once
// FlyerReading: what the OCR stage of a flyer analysis read. Plain data. error is set (and text
// empty) when the text could not be read, e.g. the Tesseract language data is not installed; the
// volunteer can still type the fields.
// Thread safety: plain value type.
#include <QMetaType>
#include <QString>

#include "ocr/FlyerFields.h"

namespace reunite::gui {

struct FlyerReading {
    QString file;
    QString text;           // the recognized text as Tesseract returned it
    ocr::FlyerFields fields;
    int meanConfidence = -1;  // Tesseract's mean word confidence, 0..100
    QString error;
};

}  // namespace reunite::gui

Q_DECLARE_METATYPE(reunite::gui::FlyerReading)
