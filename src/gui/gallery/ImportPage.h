#pragma once
// ImportPage: the Import screen: gallery import from a folder or CSV manifest (GalleryImportPanel)
// and, in its own tab, the flyer import page (FlyerImportPage, built by the flyer/OCR colleague).
// Inputs: the Workstation, which outlives the page.
// Guarantees: without the flyer page compiled in (REUNITE_HAVE_FLYER_IMPORT_PAGE, set by
// src/app/CMakeLists.txt when src/app/flyer/CMakeLists.txt exists) the flyer tab explains that it
// is not available yet.
// Thread safety: GUI thread only.
#include <memory>

#include <QWidget>

namespace Ui {
class ImportPage;
}

namespace reunite::gui {

class FlyerImportPage;
class GalleryImportPanel;
class Workstation;

class ImportPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportPage(Workstation& workstation, QWidget* parent = nullptr);
    ~ImportPage() override;

    GalleryImportPanel& galleryPanel() { return *gallery_; }
    // The flyer import page; nullptr when it is not built in.
    FlyerImportPage* flyerPage() { return flyerPage_; }
    void showGalleryTab();
    void showFlyerTab();
    bool isFlyerTabShown() const;
    // True unless the flyer page holds unsaved edits the volunteer chooses to keep (asked).
    bool mayDiscardFlyerDraft();

private:
    std::unique_ptr<Ui::ImportPage> ui_;
    GalleryImportPanel* gallery_;
    FlyerImportPage* flyerPage_ = nullptr;  // when built in
};

}  // namespace reunite::gui
