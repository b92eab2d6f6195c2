#include "gui/demo/DemoWorkspaceBuilder.h"

#include "gui/shell/QtBridge.h"
#include "gui/shell/SamplesFolder.h"
#include "gui/shell/Workstation.h"
#include "workflows/demo/DemoWorkspace.h"

namespace reunite::gui {
namespace {

workflows::DemoTexts translatedTexts() {
    workflows::DemoTexts texts;
    texts.caseDescription = toUtf8(DemoWorkspaceBuilder::tr(
        "DEMO CASE, not a real child. The childhood photo is SYNTHETIC: the public-domain astronaut sample photo made "
        "younger by the age model. Her real photo is in the demo gallery."));
    texts.lastSeenPlace = toUtf8(DemoWorkspaceBuilder::tr("Demo city, main railway station"));
    texts.distinguishingMarks = toUtf8(DemoWorkspaceBuilder::tr("(demo) small scar above the left eyebrow"));
    texts.relativeNotes = toUtf8(DemoWorkspaceBuilder::tr("Demo relative; photo from the redistributable samples."));
    texts.regionNorth = toUtf8(DemoWorkspaceBuilder::tr("Demo region North"));
    texts.regionEast = toUtf8(DemoWorkspaceBuilder::tr("Demo region East"));
    texts.regionSouth = toUtf8(DemoWorkspaceBuilder::tr("Demo region South"));
    return texts;
}

QString stepText(workflows::DemoWorkspace::Step step) {
    switch (step) {
    case workflows::DemoWorkspace::Step::Gallery: return DemoWorkspaceBuilder::tr("Importing the demo gallery…");
    case workflows::DemoWorkspace::Step::Case: return DemoWorkspaceBuilder::tr("Creating the demo case…");
    case workflows::DemoWorkspace::Step::Relative: return DemoWorkspaceBuilder::tr("Adding a demo relative…");
    case workflows::DemoWorkspace::Step::Done: return DemoWorkspaceBuilder::tr("Demo workspace ready.");
    }
    return {};
}

}  // namespace

DemoWorkspaceBuilder::DemoWorkspaceBuilder(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool DemoWorkspaceBuilder::start() {
    if (!workstation().isReady()) return false;
    const workflows::SessionTicket ticket = workstation().ticket();
    const std::filesystem::path samples = toPath(SamplesFolder::path());
    const workflows::DemoTexts texts = translatedTexts();
    return launch([this, ticket, samples, texts](const CancellationToken& cancel) -> Completion {
        const auto onStep = [this](workflows::DemoWorkspace::Step step, int done, int total) {
            emit progressed(stepText(step), done, total);
        };
        Result<db::CaseRecord> demoCase = ticket.run<db::CaseRecord>([&](workflows::Session& session) {
            return workflows::DemoWorkspace(session, samples, texts).build(onStep, cancel);
        });
        if (!demoCase) {
            const QString message = errorText(demoCase.error());
            return [this, message] { emit finished(0, message); };
        }
        const qint64 caseId = demoCase.value().id;
        return [this, caseId] { emit finished(caseId, QString()); };
    });
}

}  // namespace reunite::gui
