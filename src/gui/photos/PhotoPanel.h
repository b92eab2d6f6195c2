#pragma once
// PhotoPanel: the photos of one person (a missing child's case or a relative): add several photos
// at once by drag and drop or a file dialog (processed off the GUI thread by a PhotoAttachWorker),
// see each photo with its detected faces (boxes, landmark overlay toggle) and quality warnings (small,
// blurred, turned away, no face, several faces), pick which face is the person when there are several
// (ChildFaceSelection), detect faces again (FaceRedetectWorker), edit the age at each photo, and
// remove a photo after a question that says what it does to stored search runs, and add a face
// the detectors missed by drawing its box ("Draw a face"; the face is marked as drawn by hand).
// Inputs: the Workstation and the shared FaceImageProvider (both outlive the panel); setOwner().
// Guarantees: adding is refused with a message until the face models are loaded; per-file errors
// are listed in the status line; every change is stored at once and photosChanged() emitted.
// Thread safety: GUI thread only.
#include <functional>
#include <memory>
#include <optional>

#include <QStringList>
#include <QWidget>

#include "db/records/PhotoOwner.h"
#include "workflows/photos/PhotoActions.h"

namespace Ui {
class PhotoPanel;
}

namespace reunite::gui {

class FaceImageProvider;
class FaceRedetectWorker;
class PhotoAttachWorker;
class PhotoListModel;
class Workstation;

class PhotoPanel : public QWidget {
    Q_OBJECT

public:
    PhotoPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~PhotoPanel() override;

    void setOwner(std::optional<db::PhotoOwner> owner);
    std::optional<db::PhotoOwner> owner() const { return owner_; }
    // Starts processing the files (what drop and the file dialog do); false if refused.
    bool addFiles(const QStringList& files);
    void selectPhoto(int row);
    int photoCount() const;
    void setShowLandmarks(bool show);
    PhotoAttachWorker& attachWorker() { return *attachWorker_; }
    FaceRedetectWorker& redetectWorker() { return *redetectWorker_; }

signals:
    void photosChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void reload(qint64 selectPhotoId = 0);
    void afterReload(const QString& errorMessage);
    void showSelectedPhoto();
    void showFaceDetails();
    void keepSelectedFace();
    void redetectFaces();
    // Asks (saying what the removal does to stored searches), then removes the selected photo.
    void askToRemovePhoto();
    // Stores the face inside a box the user drew (a face the detectors missed).
    void addDrawnFace(const RectF& box);
    // Runs `change` on the photo's faces in the background, then shows `failed` with the error or
    // `done`, reloads the photo and announces the change (forgetting cached chips when asked).
    void changeFaces(qint64 photoId, std::function<Result<db::FaceRow>(workflows::PhotoActions&)> change, const QString& failed,
                     const QString& done, bool forgetChips);
    bool removalConfirmed(const workflows::PhotoRemoval& removal);
    void removePhoto(qint64 photoId);
    void storeAge();
    void updateButtons();
    qint64 selectedPhotoId() const;

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::unique_ptr<Ui::PhotoPanel> ui_;
    PhotoListModel* photos_;
    PhotoAttachWorker* attachWorker_;
    FaceRedetectWorker* redetectWorker_;
    std::optional<db::PhotoOwner> owner_;
    QStringList attachErrors_;
    qint64 pendingSelection_ = 0;  // the photo to select once the list has reloaded
};

}  // namespace reunite::gui
