// The case report and the alert poster exported from the case workspace: the buttons and the File
// menu entries follow the case, the export runs in the background through the application layer,
// the PDF holds the case, a failed export leaves no file and says why.
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "db/repositories/CaseRepository.h"
#include "GuiTestSupport.h"
#include "gui/cases/CaseDetailsForm.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CasesPage.h"
#include "gui/photos/PhotoAttachWorker.h"
#include "gui/photos/PhotoPanel.h"
#include "gui/report/CaseExportJob.h"
#include "gui/report/CaseExporter.h"
#include "db/repositories/AuditLogRepository.h"
#include "gui/shell/AppSettings.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/Workstation.h"

using namespace reunite;
using namespace reunite::gui;

namespace {

QString pdfText(const QString& file) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QAction* menuAction(MainWindow& window, const char* name) { return test::requiredChild<QAction>(&window, name); }

}  // namespace

class GuiReportExportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsAreOffWithoutASavedCase();
    void reportIsWrittenInTheBackground();
    void reportNamesTheTopLeadsSetInTheSettings();
    void posterCarriesTheContactInChinese();
    void unwritableDestinationLeavesNoFileAndSaysWhy();
    void posterFromTheFileMenuAsksForFileLanguageAndContact();
    void cleanupTestCase();

private:
    CaseWorkspace& workspace() { return window_->casesPage().workspace(); }
    CaseExporter& exporter() { return workspace().exporter(); }
    // Runs `start` and waits for the export it started; returns the error ("" on success).
    QString exportAndWait(const std::function<bool()>& start);

    std::unique_ptr<test::TemporaryWorkspace> folder_;
    std::unique_ptr<Workstation> workstation_;
    std::unique_ptr<MainWindow> window_;
    db::CaseRecord case_;
};

void GuiReportExportTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("ReuniteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReuniteGuiReportExportTest"));
    folder_ = std::make_unique<test::TemporaryWorkspace>();
    workstation_ = std::make_unique<Workstation>();
    window_ = std::make_unique<MainWindow>(*workstation_);
    window_->show();
    QVERIFY(window_->openDatabaseFile(folder_->databasePath(), true));
    workstation_->startLoadingModels();
    QVERIFY2(test::waitUntilReady(*workstation_), qPrintable(workstation_->statusText()));

    // An empty database opens on a new case. When the case list reloads while it is being written
    // (someone else added a case, or a save's list refresh arrives before the save's own answer),
    // the form is left alone and nobody is asked about unsaved edits. Before, the reload showed the
    // other case and asked (a question that also hung this test when the two answers crossed).
    workstation_->waitForActions();
    QCoreApplication::processEvents();
    CaseDetailsForm& form = workspace().detailsForm();
    test::requiredChild<QLineEdit>(&form, "caseNumberEdit")->setText("GUI-REPORT-7");
    test::requiredChild<QLineEdit>(&form, "givenNamesEdit")->setText("Robin");
    db::CaseRecord other;
    other.caseNumber = "OTHER-1";
    QVERIFY(db::CaseRepository(test::testDatabase(*workstation_)).create(other, "someone.else").ok());
    bool asked = false;
    test::whenModalDialogOpens([&asked](QDialog* dialog) {
        asked = true;
        dialog->reject();
    }, 1000);
    window_->casesPage().reload();
    QTRY_COMPARE(window_->casesPage().caseCount(), 1);
    QTest::qWait(1200);  // past the watch for a question, so that it cannot catch a later dialog
    QVERIFY(!asked);
    QCOMPARE(test::requiredChild<QLineEdit>(&form, "caseNumberEdit")->text(), QStringLiteral("GUI-REPORT-7"));
    QVERIFY(!workspace().currentCase().has_value());

    QSignalSpy saved(&form, &CaseDetailsForm::saved);
    QVERIFY(form.save());
    QVERIFY(saved.wait(30000));
    QTRY_VERIFY(workspace().currentCase().has_value());
    case_ = *workspace().currentCase();

    QSignalSpy attached(&workspace().photoPanel().attachWorker(), &PhotoAttachWorker::finished);
    QVERIFY(workspace().photoPanel().addFiles({test::samplePhoto("astronaut.png")}));
    QVERIFY(attached.wait(120000));
}

QString GuiReportExportTest::exportAndWait(const std::function<bool()>& start) {
    QSignalSpy ended(&exporter(), &CaseExporter::exportEnded);
    if (!start()) return QStringLiteral("the export did not start");
    if (!ended.wait(180000)) return QStringLiteral("the export did not end");
    return ended.takeFirst().at(1).toString();
}

void GuiReportExportTest::exportsAreOffWithoutASavedCase() {
    auto* reportButton = test::requiredChild<QPushButton>(&workspace(), "exportReportButton");
    auto* posterButton = test::requiredChild<QPushButton>(&workspace(), "exportPosterButton");
    QVERIFY(reportButton->isEnabled());
    QVERIFY(menuAction(*window_, "exportReportAction")->isEnabled());
    workspace().startNewCase();
    QVERIFY(!reportButton->isEnabled());
    QVERIFY(!posterButton->isEnabled());
    QVERIFY(!menuAction(*window_, "exportReportAction")->isEnabled());
    QVERIFY(!menuAction(*window_, "exportPosterAction")->isEnabled());
    QVERIFY(!exporter().startReport(folder_->path(QStringLiteral("none.pdf")), report::ReportLanguage::English));
    workspace().showCase(case_);
    QVERIFY(reportButton->isEnabled());
    QVERIFY(menuAction(*window_, "exportPosterAction")->isEnabled());
}

void GuiReportExportTest::reportIsWrittenInTheBackground() {
    const QString file = folder_->path(QStringLiteral("report.pdf"));
    QSignalSpy progress(&exporter().job(), &CaseExportJob::progress);
    QSignalSpy running(&exporter().job(), &CaseExportJob::runningChanged);
    const QString error = exportAndWait([&] { return exporter().startReport(file, report::ReportLanguage::English); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!progress.isEmpty());
    QVERIFY(running.size() >= 2);
    QVERIFY(test::requiredChild<QPushButton>(&workspace(), "exportReportButton")->isEnabled());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("GUI-REPORT-7")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Robin")));
    QVERIFY(text.contains(QStringLiteral("astronaut.png")));
}

void GuiReportExportTest::reportNamesTheTopLeadsSetInTheSettings() {
    AppSettings::setReportTopLeads(3);
    const QString error = exportAndWait([&] { return exporter().startReport(folder_->path(QStringLiteral("top.pdf")), report::ReportLanguage::English); });
    AppSettings::setReportTopLeads(0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto last = db::AuditLogRepository(test::testDatabase(*workstation_)).list(db::AuditFilter{}).value();
    std::string parameters;
    for (const db::AuditEntryRecord& entry : last) {
        if (entry.action == "report.case") parameters = entry.parameters;
    }
    QVERIFY2(parameters.find("\"top_leads\":\"3\"") != std::string::npos, parameters.c_str());
}

void GuiReportExportTest::posterCarriesTheContactInChinese() {
    const QString file = folder_->path(QStringLiteral("poster.pdf"));
    const QString error = exportAndWait([&] {
        return exporter().startPoster(file, report::ReportLanguage::SimplifiedChinese, QStringLiteral("Hotline 12345"));
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("Hotline 12345")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GUI-REPORT-7")));
    QVERIFY(text.contains(QStringLiteral("寻人")) || text.contains(QStringLiteral("失踪")));
}

void GuiReportExportTest::unwritableDestinationLeavesNoFileAndSaysWhy() {
    const QString file = folder_->path(QStringLiteral("missing-folder/report.pdf"));
    const QString error = exportAndWait([&] { return exporter().startReport(file, report::ReportLanguage::English); });
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("missing-folder")), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void GuiReportExportTest::posterFromTheFileMenuAsksForFileLanguageAndContact() {
    const QString file = folder_->path(QStringLiteral("menu-poster"));
    bool fileAsked = false;
    bool contactAsked = false;
    test::whenModalDialogOpens([&](QDialog* dialog) {
        auto* files = qobject_cast<QFileDialog*>(dialog);
        if (!files) return dialog->reject();
        fileAsked = true;
        for (const QString& filter : files->nameFilters()) {
            if (filter.contains(QStringLiteral("简体中文"))) files->selectNameFilter(filter);
        }
        files->selectFile(file);
        // selectFile() is applied once the dialog has listed its folder, which may come after the
        // accept below: write the name into the dialog's own field as a user would.
        if (auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) name->setText(file);
        dialog->accept();
        test::whenModalDialogOpens([&](QDialog* next) {
            auto* input = qobject_cast<QInputDialog*>(next);
            if (!input) return next->reject();
            contactAsked = true;
            input->setTextValue(QStringLiteral("Menu hotline 54321"));
            input->accept();
        });
    });
    QSignalSpy ended(&exporter(), &CaseExporter::exportEnded);
    menuAction(*window_, "exportPosterAction")->trigger();
    QVERIFY(fileAsked);
    QVERIFY(contactAsked);
    QVERIFY(ended.wait(180000));
    QCOMPARE(ended.first().at(0).toString(), file + QStringLiteral(".pdf"));
    QVERIFY2(ended.first().at(1).toString().isEmpty(), qPrintable(ended.first().at(1).toString()));
    const QString text = pdfText(file + QStringLiteral(".pdf"));
    QVERIFY(text.contains(QStringLiteral("Menu hotline 54321")));
    QVERIFY2(text.indexOf(QStringLiteral("寻找失踪儿童")) < text.indexOf(QStringLiteral("MISSING CHILD")), qPrintable(text.left(200)));
}

void GuiReportExportTest::cleanupTestCase() {
    window_.reset();
    workstation_.reset();
}

QTEST_MAIN(GuiReportExportTest)
#include "test_gui_report_export.moc"
