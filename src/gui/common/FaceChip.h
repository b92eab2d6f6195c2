#pragma once
// FaceChip: an aligned face chip ready for display (same convention as the engine's 150 px chips:
// dlib's mean face, padding 0.25) and its 68 landmarks in chip pixels. Plain data.
// Thread safety: plain value type (QImage is implicitly shared and safe to copy across threads).
#include <QImage>
#include <QList>
#include <QPointF>

namespace reunite::gui {

struct FaceChip {
    QImage image;
    QList<QPointF> landmarks;
};

}  // namespace reunite::gui
