#pragma once
// DemoWorkspaceBuilder: fills a database with a demo workspace from the redistributable sample
// photos setup fetched (SamplesFolder), so a new user can go case -> search -> compare -> decide at
// once: the face-api group photos and messi5.jpg become gallery candidates with made-up names,
// regions and birth years (imported through GalleryImporter into the live gallery), and a demo case
// DEMO-0001 gets astronaut.png as its "childhood photo" plus a demo relative with one photo.
// Every demo record is marked: case number DEMO-…, "(demo)" in names, reference demo-…, a note.
// Inputs: start() once the Workstation is ready.
// Guarantees: idempotent: records and photos already present are kept, nothing is duplicated;
// finished() reports the demo case id or why it could not be built (e.g. samples missing).
// Thread safety: GUI-thread object (see BackgroundJob); own connection and pipeline clone.
#include <QString>

#include "gui/shell/BackgroundJob.h"

namespace reunite::gui {

class DemoWorkspaceBuilder : public BackgroundJob {
    Q_OBJECT

public:
    static constexpr const char* kDemoCaseNumber = "DEMO-0001";

    explicit DemoWorkspaceBuilder(Workstation& workstation, QObject* parent = nullptr);

    bool start();

signals:
    void progressed(const QString& step, int done, int total);
    void finished(qint64 caseId, const QString& errorMessage);
};

}  // namespace reunite::gui
