#pragma once
// DemoWorkspaceBuilder: builds the demo workspace off the GUI thread through the application layer
// (workflows::DemoWorkspace): the face-api group photos, messi5.jpg and the astronaut photo become
// gallery candidates with made-up names, regions and birth years, and a demo case DEMO-0001 gets a
// SYNTHETIC childhood photo (the astronaut made about 6 by the age model) plus a demo relative
// with one photo. Every demo record is marked DEMO; the
// demo texts are in the interface language.
// Inputs: start() once the Workstation is ready.
// Guarantees: idempotent (nothing is duplicated); finished() reports the demo case id or why it
// could not be built (e.g. samples missing).
// Thread safety: GUI-thread object (see BackgroundJob); the work uses its own connection.
#include <QString>

#include "gui/shell/BackgroundJob.h"

namespace reunite::gui {

class DemoWorkspaceBuilder : public BackgroundJob {
    Q_OBJECT

public:

    explicit DemoWorkspaceBuilder(Workstation& workstation, QObject* parent = nullptr);

    bool start();

signals:
    void progressed(const QString& step, int done, int total);
    void finished(qint64 caseId, const QString& errorMessage);
};

}  // namespace reunite::gui
