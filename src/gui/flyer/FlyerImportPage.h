#pragma once
// FlyerImportPage: turns scanned or photographed missing-person flyers into records.
// Single flyer: open (file dialog or drag and drop) -> faces are detected and the text is read
// (OCR) off the GUI thread -> the volunteer clicks the child's face and corrects the prefilled
// fields -> saved as a case (only the picked face kept) or as a gallery candidate (source flyer).
// Folder: every flyer becomes a candidate with OCR-prefilled fields and its largest face, with a
// progress bar, a per-file error list and cancel.
// Inputs: the Workstation (database path, face pipeline, gallery index, photo store, user name);
// it must outlive the page. openFlyer()/importFolder() do what the buttons and drops do.
// Guarantees: the fields stay read-only until the text of the flyer has been read (so OCR never
// overwrites the volunteer's typing); a flyer with faces is saved only once one was picked;
// flyerAnalysed(), flyerSaved() and batchFinished() report each step's end (also on failure).
// A read flyer whose fields were edited or whose face was picked is not dropped silently: opening
// another flyer (and mayDiscardDraft(), asked when the window closes) asks to discard or stay.
// Thread safety: a GUI object, used from the GUI thread only; its workers use their own clone of
// the face pipeline, their own OCR engine and their own database connection.
#include <memory>

#include <QString>
#include <QWidget>

#include "gui/flyer/FlyerFaces.h"
#include "gui/flyer/FlyerReading.h"
#include "ocr/FlyerDateParser.h"
#include "workflows/flyer/FlyerDraft.h"

namespace Ui {
class FlyerImportPage;
}

namespace reunite::gui {

class Workstation;
class FlyerAnalysisJob;
class FlyerBatchJob;
class FlyerSaveJob;

class FlyerImportPage : public QWidget {
    Q_OBJECT

public:
    explicit FlyerImportPage(Workstation& workstation, QWidget* parent = nullptr);
    ~FlyerImportPage() override;

    // Starts analysing one flyer; false (with the reason shown) when it cannot start now.
    bool openFlyer(const QString& file);
    // Starts importing every flyer below the folder into the gallery.
    bool importFolder(const QString& folder);
    // The flyer on show and its faces (boxes in flyer pixels); empty before facesShown().
    const FlyerFaces& shownFlyer() const { return faces_; }
    // The volunteer changed a field or picked a face of a flyer that is not saved yet.
    bool hasUnsavedDraft() const;
    // True without such edits or when the volunteer chooses to discard them.
    bool mayDiscardDraft();

signals:
    // The faces are shown (or the flyer could not be read: faceCount -1).
    void facesShown(int faceCount);
    // The text was read and the fields prefilled (ok false: OCR failed, the fields are empty).
    void flyerAnalysed(bool ok);
    // recordId 0: the save failed (the reason is shown on the page).
    void flyerSaved(bool asCase, qint64 recordId);
    void batchFinished(int imported, int skipped, int failed, bool cancelled);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFlyer();
    void chooseFolder();
    void showFaces(const FlyerFaces& faces);
    void showReading(const FlyerReading& reading);
    void showFailure(const QString& file, const QString& message);
    void save(bool asCase);
    void fillDateOrderChoices();
    static ocr::NumericDateOrder localeDateOrder();
    void updateActions();
    void setStatus(const QString& text);

    Workstation& workstation_;
    std::unique_ptr<Ui::FlyerImportPage> ui_;
    FlyerAnalysisJob* analysis_ = nullptr;
    FlyerSaveJob* saveJob_ = nullptr;
    FlyerBatchJob* batch_ = nullptr;
    FlyerFaces faces_;
    bool textRead_ = false;
    workflows::FlyerDraft shownDraft_;  // the fields as prefilled from the flyer's text
    QString savingAs_;                  // the case number, or the person's name, of the save running
    bool saved_ = false;
    int batchImported_ = 0;
};

}  // namespace reunite::gui
