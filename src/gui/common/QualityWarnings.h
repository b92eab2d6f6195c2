#pragma once
// QualityWarnings: what a reviewer should be told about a face or a photo, in words: small face,
// blurred, turned away, no real detection (whole image assumed), no face at all, several faces
// (pick the child). The child-likeness heuristic is reported only where it is a warning (gallery
// faces), never as a fact.
// Thread safety: pure functions.
#include <cstdint>

#include <QCoreApplication>
#include <QStringList>

namespace reunite::gui {

class QualityWarnings {
    Q_DECLARE_TR_FUNCTIONS(QualityWarnings)

public:
    // Warnings for one face from its quality flags.
    static QStringList forFace(std::uint32_t qualityFlags, bool includeChildLikeness);
    // Warnings for a photo from the number of faces stored for it.
    static QStringList forPhoto(int faceCount);
    static QString noFace();
    static QString severalFaces(int faceCount);
};

}  // namespace reunite::gui
