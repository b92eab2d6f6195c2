#pragma once
// CaseExporter: the GUI's "Export case report…" and "Export alert poster…" for the case shown in
// the case workspace. Asks for the file (the file type chooses English or Simplified Chinese) and,
// for a poster, the contact to print; then runs a CaseExportJob in the background with a progress
// dialog that can cancel it, and says where the file went (or why it could not be written).
// Inputs: setCase(record); exportReport()/exportPoster() with dialogs, or startReport()/
// startPoster() with everything given (tests, scripted use).
// Guarantees: nothing starts without a saved case or while an export runs; availabilityChanged()
// follows canExport(); exportEnded() reports every started export once (empty error on success).
// Thread safety: GUI thread only; the work runs on the Workstation's job pool.
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "db/records/CaseRecord.h"
#include "report/ReportLanguage.h"

class QProgressDialog;
class QWidget;

namespace reunite::gui {

class CaseExportJob;
class Workstation;

class CaseExporter : public QObject {
    Q_OBJECT

public:
    CaseExporter(Workstation& workstation, QWidget* dialogParent);
    ~CaseExporter() override;

    void setCase(const std::optional<db::CaseRecord>& record);
    bool canExport() const;
    CaseExportJob& job() { return *job_; }

    void exportReport();
    void exportPoster();
    bool startReport(const QString& file, report::ReportLanguage language);
    bool startPoster(const QString& file, report::ReportLanguage language, const QString& contact);

signals:
    void availabilityChanged(bool canExport);
    void exportEnded(const QString& file, const QString& error);

private:
    std::optional<QString> askForFile(const QString& title, const QString& suffix, report::ReportLanguage& language);
    void showProgress(const QString& title, bool measurable);
    void onFinished(const QString& file, const QStringList& notes);
    void onFailed(const QString& message);
    void onCancelled();
    void closeProgress();

    Workstation& workstation_;
    QWidget* dialogParent_;
    CaseExportJob* job_;
    QPointer<QProgressDialog> progress_;
    std::optional<db::CaseRecord> case_;
    QString pendingFile_;
};

}  // namespace reunite::gui
