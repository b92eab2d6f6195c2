// Lists that reload in the background show the reply to their latest reload only. Replies of
// overlapping reloads can arrive out of order (two worker threads; a case list read appends an
// audit entry and waits behind writes): a stale, empty case list once arrived after the list that
// held a case just saved, emptied the case form and lost the selection (CI, test_gui_case_photos).
// Workstation::runLatest drops them: a reply overtaken by a later read of the same context, and
// replies still on their way when the context dropped its pending reads.
#include <thread>

#include <QSignalSpy>
#include <QTest>

#include "GuiTestSupport.h"
#include "gui/cases/CaseListModel.h"
#include "gui/gallery/ImportRunTableModel.h"
#include "gui/shell/Workstation.h"
#include "workflows/cases/CaseActions.h"

using namespace reunite;
using namespace reunite::gui;

class GuiListRepliesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void overlappingCaseListReloadsShowOnlyTheLatest();
    void overlappingImportRunReloadsShowOnlyTheLatest();
    void aReplyOvertakenByALaterReadIsDropped();
    void droppedReadsDeliverNothing();
    void cleanupTestCase();

private:
    std::unique_ptr<test::TemporaryWorkspace> workspace_;
    std::unique_ptr<Workstation> workstation_;
};

void GuiListRepliesTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReuniteGuiListRepliesTest"));
    workspace_ = std::make_unique<test::TemporaryWorkspace>();
    workstation_ = std::make_unique<Workstation>();
    QVERIFY(workstation_->openDatabase(workspace_->databasePath()));
    QVERIFY(test::waitForDatabase(*workstation_, workspace_->databasePath()));

    bool created = false;
    db::CaseRecord record;
    record.caseNumber = "REPLY-1";
    workstation_->run<db::CaseRecord>(
        this, [record](workflows::Session& session) { return workflows::CaseActions(session).create(record); },
        [&created](Result<db::CaseRecord> stored) { created = stored.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 30000);
}

// Starts `reloads` overlapping reloads of `model` and waits until every reply has been delivered
// or dropped; returns how many times reloaded() was emitted, and the error text of the first.
template <typename Model>
std::pair<int, QString> repliesToOverlappingReloads(Model& model, Workstation& workstation, int reloads) {
    QSignalSpy reloaded(&model, &Model::reloaded);
    for (int i = 0; i < reloads; ++i) model.reload();
    if (!reloaded.wait(30000)) return {0, QStringLiteral("no reply")};
    workstation.waitForActions();
    QTest::qWait(100);  // every queued reply has been delivered (or dropped) by now
    return {static_cast<int>(reloaded.count()), reloaded.first().at(0).toString()};
}

void GuiListRepliesTest::overlappingCaseListReloadsShowOnlyTheLatest() {
    CaseListModel cases(*workstation_);
    const auto [replies, error] = repliesToOverlappingReloads(cases, *workstation_, 4);
    QCOMPARE(replies, 1);
    QCOMPARE(error, QString());
    QCOMPARE(cases.rowCount(), 1);
    QCOMPARE(cases.caseAt(0)->caseNumber, std::string("REPLY-1"));
}

void GuiListRepliesTest::overlappingImportRunReloadsShowOnlyTheLatest() {
    ImportRunTableModel runs(*workstation_);
    const auto [replies, error] = repliesToOverlappingReloads(runs, *workstation_, 3);
    QCOMPARE(replies, 1);
    QCOMPARE(error, QString());
}

// A slow first read and a quick second one: the second's reply arrives first and is the only one
// delivered, although the first finishes too.
void GuiListRepliesTest::aReplyOvertakenByALaterReadIsDropped() {
    QObject context;
    std::vector<int> delivered;
    std::atomic<bool> slowFinished{false};
    workstation_->runLatest<int>(
        &context,
        [&slowFinished](workflows::Session&) -> Result<int> {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            slowFinished = true;
            return 1;
        },
        [&delivered](Result<int> read) { delivered.push_back(read.value()); });
    workstation_->runLatest<int>(&context, [](workflows::Session&) -> Result<int> { return 2; },
                                 [&delivered](Result<int> read) { delivered.push_back(read.value()); });
    QTRY_VERIFY_WITH_TIMEOUT(slowFinished.load(), 30000);
    workstation_->waitForActions();
    QTest::qWait(100);
    QCOMPARE(delivered, std::vector<int>{2});
}

void GuiListRepliesTest::droppedReadsDeliverNothing() {
    QObject context;
    int delivered = 0;
    workstation_->runLatest<int>(&context, [](workflows::Session&) -> Result<int> { return 1; },
                                 [&delivered](Result<int>) { ++delivered; });
    workstation_->dropPendingReads(&context);
    workstation_->waitForActions();
    QTest::qWait(100);
    QCOMPARE(delivered, 0);
}

void GuiListRepliesTest::cleanupTestCase() { workstation_.reset(); }

QTEST_MAIN(GuiListRepliesTest)
#include "test_gui_list_replies.moc"
