#pragma once
// ScreenshotTour: builds the demo workspace in a fresh temporary database, visits every screen of
// the workstation (cases, case photos with landmarks, relatives, search results, compare, photo
// database, import, flyer import, settings) and saves each as a PNG (QWidget::grab()) into a folder.
// Used by scripts/screenshots.sh through the hidden `reunite --screenshot-tour DIR` option; the
// pictures show the redistributable sample photos only.
// Inputs: the Workstation (no database open yet) and the output folder.
// Guarantees: waits on signals (never on fixed sleeps) for models, gallery, demo, search and image
// loading, with a time limit; returns 0 when every screen was saved, otherwise 1 with the reason on
// stderr. The temporary database is deleted afterwards.
// Thread safety: GUI thread only; runs its own event loops while waiting.
#include <QString>

namespace reunite::gui {

class Workstation;

class ScreenshotTour {
public:
    static int run(Workstation& workstation, const QString& outputFolder);
};

}  // namespace reunite::gui
