#pragma once
// SamplesFolder: where the redistributable sample photos fetched by setup are (astronaut.png,
// messi5.jpg, faceapi-sample1..6.jpg), used for the demo workspace.
// Order: $REUNITE_SAMPLES_DIR, then the folder the build was configured with.
// Thread safety: pure functions, safe from any thread.
#include <QString>
#include <QStringList>

namespace reunite::gui {

class SamplesFolder {
public:
    static QString path();
    // Files of the demo gallery that exist in the folder (group photos and messi5.jpg).
    static QStringList galleryPhotos();
    // The photo the demo case's synthetic childhood photo is made from (astronaut.png), empty if it is missing.
    static QString casePhoto();
    static bool isAvailable();
};

}  // namespace reunite::gui
