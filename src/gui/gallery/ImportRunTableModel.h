#pragma once
// ImportRunTableModel: the most recent gallery imports (ImportRunRepository::listRecent), newest
// first: when, what, by whom, status and counts (seen, imported, skipped, failed, photos, faces).
// Inputs: reload().
// Guarantees: RunIdRole holds the run id; failed and cancelled runs carry their reason as tooltip.
// Thread safety: GUI thread only.
#include <vector>

#include <QAbstractTableModel>

#include "db/records/ImportRunRecord.h"
#include "domain/Result.h"

namespace reunite::gui {

class Workstation;

class ImportRunTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { StartedColumn, SourceColumn, ByColumn, StatusColumn, SeenColumn, ImportedColumn, SkippedColumn,
                  FailedColumn, PhotosColumn, FacesColumn, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole;

    explicit ImportRunTableModel(Workstation& workstation, QObject* parent = nullptr);

    Status reload();
    const db::ImportRunRecord* runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workstation& workstation_;
    std::vector<db::ImportRunRecord> runs_;
};

}  // namespace reunite::gui
