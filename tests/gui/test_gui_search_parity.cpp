// The command line and the workstation search the same way: for the same case and options,
// `reunite-cli search` and the GUI's search worker return the same ranked candidates in the same
// order (both go through workflows::CaseSearchActions).
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "GuiTestSupport.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;
namespace guitest = reunite::gui::test;
namespace clitest = reunite::test;

class GuiSearchParityTest : public QObject {
    Q_OBJECT

private slots:
    void cliAndGuiRankTheSameCandidates();
};

namespace {

// Fills the database through the application layer: a small gallery and one case with a photo.
qint64 prepareDatabase(const QString& path, const QString& folder) {
    db::CaseRecord record;
    record.caseNumber = "PARITY-1";
    return guitest::prepareGalleryAndCase(path, folder, {"messi5.jpg", "faceapi-sample3.jpg", "faceapi-sample5.jpg", "faceapi-sample6.jpg"},
                                          record, QStringLiteral("parity-test"));
}

}  // namespace

void GuiSearchParityTest::cliAndGuiRankTheSameCandidates() {
    guitest::TemporaryWorkspace workspace;
    const qint64 caseId = prepareDatabase(workspace.databasePath(), workspace.path("gallery"));

    const clitest::CliRun cli =
        clitest::runCliSignedIn({"search", "--db", toUtf8(workspace.databasePath()), "--case", "PARITY-1", "--any-sex"}, "parity-test");
    QCOMPARE(cli.exitCode, 0);
    const nlohmann::json ranked = nlohmann::json::parse(cli.out);
    std::vector<qint64> fromCli;
    for (const auto& result : ranked["results"]) fromCli.push_back(result["candidate_id"].get<qint64>());
    // messi5's record and the unnamed faces of the three group photos (3 + 5 + 4): one face each.
    QCOMPARE(fromCli.size(), std::size_t{13});

    Workstation workstation;
    QVERIFY(workstation.openDatabase(workspace.databasePath()).ok());
    workstation.startLoadingModels();
    QVERIFY2(guitest::waitUntilReady(workstation), qPrintable(workstation.statusText()));
    CaseSearchWorker worker(workstation);
    QSignalSpy finished(&worker, &CaseSearchWorker::finished);
    workflows::CaseSearchOptions options;
    options.filterBySex = false;
    QVERIFY(worker.start(caseId, options));
    QVERIFY(finished.wait(120000));
    const auto leads = finished.takeFirst().at(0).value<workflows::RankedLeads>();
    std::vector<qint64> fromGui;
    for (const workflows::Lead& lead : leads.leads) fromGui.push_back(lead.candidate.id);
    QCOMPARE(fromGui, fromCli);
}

QTEST_MAIN(GuiSearchParityTest)
#include "test_gui_search_parity.moc"
