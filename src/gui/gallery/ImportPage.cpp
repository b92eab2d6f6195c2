#include "gui/gallery/ImportPage.h"

#include <QLabel>
#include <QScrollArea>

#include "gui/gallery/GalleryImportPanel.h"
#include "gui/shell/Workstation.h"
#include "ui_ImportPage.h"

#ifdef REUNITE_HAVE_FLYER_IMPORT_PAGE
#include "gui/flyer/FlyerImportPage.h"
#endif

namespace reunite::gui {

ImportPage::ImportPage(Workstation& workstation, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ImportPage>()) {
    ui_->setupUi(this);
    gallery_ = new GalleryImportPanel(workstation, ui_->galleryTab);
    ui_->gallerySlot->addWidget(gallery_);

    // Integration point of the flyer import page (see src/app/CMakeLists.txt).
#ifdef REUNITE_HAVE_FLYER_IMPORT_PAGE
    // Scrolls instead of forcing its minimum height on the whole window (small laptop screens).
    auto* flyerScroll = new QScrollArea(ui_->flyerTab);
    flyerScroll->setWidgetResizable(true);
    flyerScroll->setFrameShape(QFrame::NoFrame);
    flyerPage_ = new FlyerImportPage(workstation, flyerScroll);
    flyerScroll->setWidget(flyerPage_);
    ui_->flyerSlot->addWidget(flyerScroll);
#else
    auto* placeholder = new QLabel(tr("Flyer import (scanned or photographed missing-person flyers, read with OCR) is not "
                                      "part of this build yet."),
                                   ui_->flyerTab);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setObjectName(QStringLiteral("flyerPlaceholderLabel"));
    ui_->flyerSlot->addWidget(placeholder);
#endif
}

ImportPage::~ImportPage() = default;

void ImportPage::showGalleryTab() { ui_->tabs->setCurrentWidget(ui_->galleryTab); }

void ImportPage::showFlyerTab() { ui_->tabs->setCurrentWidget(ui_->flyerTab); }

bool ImportPage::isFlyerTabShown() const { return ui_->tabs->currentWidget() == ui_->flyerTab; }

bool ImportPage::mayDiscardFlyerDraft() {
#ifdef REUNITE_HAVE_FLYER_IMPORT_PAGE
    if (flyerPage_ && flyerPage_->hasUnsavedDraft()) {
        showFlyerTab();
        return flyerPage_->mayDiscardDraft();
    }
#endif
    return true;
}

}  // namespace reunite::gui
