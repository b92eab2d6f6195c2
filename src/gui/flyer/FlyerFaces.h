#pragma once
// FlyerFaces: what the face stage of a flyer analysis found, for display and picking. Plain data.
// faces are the real detections only (never the pipeline's whole-image fallback box), with boxes
// in originalSize pixels (the upright decoded flyer); image may be a scaled-down copy for display.
// Thread safety: plain value type (QImage and QString are implicitly shared, safe to copy).
#include <vector>

#include <QImage>
#include <QMetaType>
#include <QSize>
#include <QString>

#include "db/records/FaceRow.h"

namespace reunite::gui {

struct FlyerFaces {
    QString file;
    QString sha256;       // of the flyer file
    QImage image;
    QSize originalSize;
    std::vector<db::FaceRow> faces;
};

}  // namespace reunite::gui

Q_DECLARE_METATYPE(reunite::gui::FlyerFaces)
