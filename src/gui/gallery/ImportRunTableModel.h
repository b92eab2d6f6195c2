#pragma once
// ImportRunTableModel: the most recent gallery imports (workflows::GalleryActions::importRuns, read
// off the GUI thread), newest first: when, what, by whom, status and counts (seen, imported,
// skipped, failed, photos, faces).
// Inputs: reload(); reloaded() follows the latest of overlapping reloads (empty message on success,
// old rows kept on failure).
// Guarantees: RunIdRole holds the run id; failed and cancelled runs carry their reason as tooltip.
// Thread safety: GUI thread only.
#include <vector>

#include <QAbstractTableModel>

#include "db/records/ImportRunRecord.h"

namespace reunite::gui {

class Workstation;

class ImportRunTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StartedColumn, SourceColumn, ByColumn, StatusColumn, SeenColumn, ImportedColumn, SkippedColumn,
                  FailedColumn, PhotosColumn, FacesColumn, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole;

    explicit ImportRunTableModel(Workstation& workstation, QObject* parent = nullptr);

    void reload();
    const db::ImportRunRecord* runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void reloaded(const QString& errorMessage);

private:
    Workstation& workstation_;
    std::vector<db::ImportRunRecord> runs_;
};

}  // namespace reunite::gui
