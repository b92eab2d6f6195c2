#pragma once
// ScreenshotTour: builds the demo workspace in a fresh temporary database, visits every screen of
// the workstation (cases, case photos with landmarks, relatives, search results, compare, photo
// database, import, flyer import, settings) and saves each as a PNG (QWidget::grab()) into a folder.
// Used by scripts/screenshots.sh through the hidden `reunite --screenshot-tour DIR` option; the
// pictures show the redistributable sample photos only.
// Inputs: the Workstation (no database open yet), the output folder and TourOptions: a flyer
// image to open on the flyer import page (read and prefilled before its picture is taken), a
// suffix for the file names ("-zh" for the Chinese interface) and, optionally, the only
// screens to save (names without suffix, e.g. "11-import-flyers"; every screen is still visited).
// Guarantees: waits on signals (never on fixed sleeps) for models, gallery, demo, search and image
// loading, with a time limit; returns 0 when every screen was saved, otherwise 1 with the reason on
// stderr. The temporary database is deleted afterwards.
// Thread safety: GUI thread only; runs its own event loops while waiting.
#include <QString>
#include <QStringList>

namespace reunite::gui {

class Workstation;

struct TourOptions {
    QString flyerFile;
    QString nameSuffix;
    QStringList onlyScreens;  // empty: all
};

class ScreenshotTour {
public:
    static int run(Workstation& workstation, const QString& outputFolder, const TourOptions& options = {});
};

}  // namespace reunite::gui
