#pragma once
// FlyerImportPage: turns scanned or photographed missing-person flyers into records.
// Single flyer: open (file dialog or drag and drop) -> faces are detected and the text is read
// (OCR) off the GUI thread -> the volunteer clicks the child's face and corrects the prefilled
// fields -> saved as a case (only the picked face kept) or as a gallery candidate (source flyer).
// Folder: every flyer becomes a candidate with OCR-prefilled fields and its largest face, with a
// progress bar, a per-file error list and cancel.
// Inputs: the Workstation (database path, face pipeline, gallery index, photo store, user name);
// it must outlive the page.
// Thread safety: a GUI object, used from the GUI thread only; its workers use their own clone of
// the face pipeline, their own OCR engine and their own database connection.
#include <QWidget>

namespace reunite::gui {

class Workstation;

class FlyerImportPage : public QWidget {
    Q_OBJECT

public:
    explicit FlyerImportPage(Workstation& workstation, QWidget* parent = nullptr);
    ~FlyerImportPage() override;

private:
    Workstation& workstation_;
};

}  // namespace reunite::gui
