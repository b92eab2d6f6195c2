#pragma once
// GalleryImportPanel: imports a folder or a CSV manifest into the gallery (GalleryImportWorker) with
// a progress bar (done/total), faces per second, time left, Cancel, and the per-file error list,
// which fills while the import runs.
// Inputs: the Workstation; setPath() / the choose buttons; startImport().
// Guarantees: Import is enabled only when the workstation is ready and no import runs; the error
// list shows every import error of the run, read off the GUI thread (workflows::GalleryActions).
// Thread safety: GUI thread only.
#include <memory>

#include <QTimer>
#include <QWidget>

#include "gui/gallery/GalleryImportWorker.h"

namespace Ui {
class GalleryImportPanel;
}

namespace reunite::gui {

class Workstation;

class GalleryImportPanel : public QWidget {
    Q_OBJECT

public:
    explicit GalleryImportPanel(Workstation& workstation, QWidget* parent = nullptr);
    ~GalleryImportPanel() override;

    void setPath(const QString& folderOrCsv);
    bool startImport();
    GalleryImportWorker& worker() { return *worker_; }
    int errorRowCount() const;

signals:
    void importFinished(const reunite::gui::GalleryImportOutcome& outcome);

private:
    void chooseFolder();
    void chooseCsv();
    void onProgress(const Progress& progress);
    void onFinished(const GalleryImportOutcome& outcome);
    static QString groupPhotoText(const GalleryImportOutcome& outcome);
    void refreshErrors();
    void updateControls();

    Workstation& workstation_;
    std::unique_ptr<Ui::GalleryImportPanel> ui_;
    GalleryImportWorker* worker_;
    QTimer errorPoll_;
    QString runningSource_;
    qint64 runId_ = 0;
};

}  // namespace reunite::gui
