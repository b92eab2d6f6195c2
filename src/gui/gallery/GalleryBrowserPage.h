#pragma once
// GalleryBrowserPage ("Photo database"): the gallery's candidates with face thumbnails, the counts
// (candidates, searchable faces, import runs), the photos of the selected candidate, and the import
// runs with the error report of the selected run.
// Inputs: reload() (also done when the page is shown, and while shown on database open or gallery change).
// Guarantees: reads only, but for "Remove record…": after a question saying what goes with the
// record (its photos, faces, the unnamed faces of its group photos) it is removed; a record that
// stored searches, decisions or DNA requests refer to is refused as evidence, with the counts.
// The candidate list is paged, so it opens at once for any gallery size.
// Thread safety: GUI thread only.
#include <memory>

#include <QWidget>

#include "workflows/gallery/CandidateFile.h"
#include "workflows/gallery/GalleryActions.h"

namespace Ui {
class GalleryBrowserPage;
}

namespace reunite::gui {

class CandidateTableModel;
class FaceImageProvider;
class ImportRunTableModel;
class Workstation;

class GalleryBrowserPage : public QWidget {
    Q_OBJECT

public:
    GalleryBrowserPage(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~GalleryBrowserPage() override;

    void reload();
    void selectCandidateRow(int row);
    void selectImportRun(int row);
    int errorRowCount() const;
    // Photos shown for the selected record (they load in the background after a selection).
    int candidatePhotoCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshCounts();
    void showCandidatePhotos();
    void showPhotos(const workflows::CandidateFile& file);
    void showRunErrors();
    void askToRemoveCandidate();
    bool removalConfirmed(const QString& name, const workflows::CandidateRemoval& removal);
    void removeCandidate(qint64 candidateId);

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::unique_ptr<Ui::GalleryBrowserPage> ui_;
    CandidateTableModel* candidates_;
    ImportRunTableModel* runs_;
};

}  // namespace reunite::gui
