#pragma once
// FlyerBatchJob: imports a folder of flyers into the gallery off the GUI thread through the
// application layer (workflows::FlyerActions::importFolder): every photo file below the folder
// (sorted) becomes a candidate (source "flyer", reference from the file's SHA-256) with
// OCR-prefilled fields and the flyer as its photo, keeping its largest face.
// Inputs: start(folder, dateOrder); the face models must be loaded.
// Guarantees: recorded as an import run with its counts and one import error per failed file; a
// flyer already in the gallery is skipped (resumable, no duplicates); each file succeeds or fails
// on its own; a flyer without a face is still stored and reported as a problem; cancel() stops
// after the current file and the run is marked cancelled. progressed(), fileImported(),
// fileProblem() come from the work thread (queued to GUI-thread receivers); finished() always
// ends a started run, on the GUI thread, after all of them.
// Thread safety: GUI-thread object (BackgroundJob); the work uses its own connection.
#include <QString>

#include "gui/shell/BackgroundJob.h"
#include "ocr/FlyerDateParser.h"

namespace reunite::gui {

class FlyerBatchJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit FlyerBatchJob(Workstation& workstation, QObject* parent = nullptr);

    bool start(const QString& folder, ocr::NumericDateOrder dateOrder = ocr::NumericDateOrder::MonthFirst);


signals:
    void progressed(int done, int total, const QString& currentFile);
    void fileImported(const QString& file, qint64 candidateId, const QString& name);
    // stored: the candidate was created anyway (e.g. no face found) or not (skipped, failed).
    void fileProblem(const QString& file, const QString& message, bool stored);
    void finished(int imported, int skipped, int failed, bool cancelled, const QString& failure);

private:
    // Values a batch import left out of the record because they were read uncertainly.
    void reportUncertainValues(const QString& file, int count);
};

}  // namespace reunite::gui
