#include "gui/report/CaseExporter.h"

#include <algorithm>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include "gui/report/CaseExportJob.h"
#include "gui/shell/AppSettings.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

// A case number made safe as a file name ("CASE/12" -> "CASE-12").
QString fileStem(const QString& caseNumber) {
    QString stem;
    for (const QChar c : caseNumber) stem += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('-');
    return stem.isEmpty() ? QStringLiteral("case") : stem;
}

void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("exportMessage"));
    box->open();
}

}  // namespace

CaseExporter::CaseExporter(Workstation& workstation, QWidget* dialogParent)
    : QObject(dialogParent), workstation_(workstation), dialogParent_(dialogParent), job_(new CaseExportJob(workstation, this)) {
    connect(job_, &CaseExportJob::finished, this, &CaseExporter::onFinished);
    connect(job_, &CaseExportJob::failed, this, &CaseExporter::onFailed);
    connect(job_, &CaseExportJob::cancelled, this, &CaseExporter::onCancelled);
    connect(job_, &CaseExportJob::runningChanged, this, [this] { emit availabilityChanged(canExport()); });
    connect(job_, &CaseExportJob::progress, this, [this](int processed, int total) {
        if (!progress_ || total <= 0) return;
        progress_->setMaximum(total);
        progress_->setValue(std::min(processed, total));
    });
}

CaseExporter::~CaseExporter() = default;

void CaseExporter::setCase(const std::optional<db::CaseRecord>& record) {
    case_ = record;
    emit availabilityChanged(canExport());
}

bool CaseExporter::canExport() const { return case_.has_value() && workstation_.hasDatabase() && !job_->isRunning(); }

std::optional<QString> CaseExporter::askForFile(const QString& title, const QString& suffix, report::ReportLanguage& language) {
    const QString english = tr("PDF in English (*.pdf)");
    const QString chinese = tr("PDF in Simplified Chinese, 简体中文 (*.pdf)");
    QString selected = AppSettings::language() == QLatin1String("zh_CN") ? chinese : english;
    const QString suggested =
        QDir(AppSettings::exportFolder()).filePath(fileStem(toQString(case_->caseNumber)) + suffix + QStringLiteral(".pdf"));
    QString file = QFileDialog::getSaveFileName(dialogParent_, title, suggested, english + QStringLiteral(";;") + chinese, &selected);
    if (file.isEmpty()) return std::nullopt;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) file += QStringLiteral(".pdf");
    AppSettings::setExportFolder(QFileInfo(file).absolutePath());
    language = selected == chinese ? report::ReportLanguage::SimplifiedChinese : report::ReportLanguage::English;
    return file;
}

void CaseExporter::exportReport() {
    if (!canExport()) return;
    report::ReportLanguage language = report::ReportLanguage::English;
    const std::optional<QString> file = askForFile(tr("Export case report"), QStringLiteral("-report"), language);
    if (file) startReport(*file, language);
}

void CaseExporter::exportPoster() {
    if (!canExport()) return;
    report::ReportLanguage language = report::ReportLanguage::English;
    const std::optional<QString> file = askForFile(tr("Export alert poster"), QStringLiteral("-poster"), language);
    if (!file) return;
    bool accepted = false;
    // The case's own contact first; the remembered one (the unit's) for cases without one.
    const QString caseContact = toQString(case_->contact);
    const QString contact = QInputDialog::getText(
        dialogParent_, tr("Export alert poster"),
        tr("Contact printed on the poster and in its QR code (empty: the case's contact, else the police, 110):"), QLineEdit::Normal,
        caseContact.isEmpty() ? AppSettings::posterContact() : caseContact, &accepted);
    if (!accepted) return;
    if (caseContact.isEmpty()) AppSettings::setPosterContact(contact);
    startPoster(*file, language, contact);
}

bool CaseExporter::startReport(const QString& file, report::ReportLanguage language) {
    if (!canExport()) return false;
    workflows::CaseReportRequest request;
    request.document = workflows::DocumentRequest{case_->id, language};
    if (const int top = AppSettings::reportTopLeads(); top > 0) request.topLeads = top;
    if (!job_->startReport(request, file)) return false;
    pendingFile_ = file;
    showProgress(tr("Writing the case report…"), true);
    return true;
}

bool CaseExporter::startPoster(const QString& file, report::ReportLanguage language, const QString& contact) {
    if (!canExport()) return false;
    workflows::PosterRequest request;
    request.document = workflows::DocumentRequest{case_->id, language};
    request.contact = contact.trimmed().toStdString();
    if (!job_->startPoster(request, file)) return false;
    pendingFile_ = file;
    showProgress(tr("Writing the alert poster…"), false);
    return true;
}

void CaseExporter::showProgress(const QString& title, bool measurable) {
    closeProgress();
    progress_ = new QProgressDialog(title, tr("Cancel"), 0, measurable ? 1 : 0, dialogParent_);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(500);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    progress_->setValue(0);
    progress_->setCancelButtonText(measurable ? tr("Cancel") : QString());
    connect(progress_, &QProgressDialog::canceled, job_, &CaseExportJob::cancel);
}

void CaseExporter::closeProgress() {
    if (!progress_) return;
    progress_->disconnect(this);
    progress_->disconnect(job_);
    progress_->close();
    progress_->deleteLater();
    progress_ = nullptr;
}

void CaseExporter::onFinished(const QString& file, const QStringList& notes) {
    closeProgress();
    QString text = tr("Saved %1").arg(QDir::toNativeSeparators(file));
    if (!notes.isEmpty()) text += QStringLiteral("\n\n") + tr("Left out:") + QStringLiteral("\n• ") + notes.join(QStringLiteral("\n• "));
    showMessage(dialogParent_, QMessageBox::Information, tr("Export"), text);
    emit exportEnded(file, QString());
}

void CaseExporter::onFailed(const QString& message) {
    closeProgress();
    showMessage(dialogParent_, QMessageBox::Warning, tr("Export"), tr("The file was not written: %1").arg(message));
    emit exportEnded(pendingFile_, message);
}

void CaseExporter::onCancelled() {
    closeProgress();
    emit exportEnded(pendingFile_, tr("cancelled"));
}

}  // namespace reunite::gui
