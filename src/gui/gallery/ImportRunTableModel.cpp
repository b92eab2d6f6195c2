#include "gui/gallery/ImportRunTableModel.h"

#include <QBrush>

#include "workflows/gallery/GalleryActions.h"
#include "gui/common/TimeText.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

ImportRunTableModel::ImportRunTableModel(Workstation& workstation, QObject* parent)
    : QAbstractTableModel(parent), workstation_(workstation) {}

void ImportRunTableModel::reload() {
    if (!workstation_.hasDatabase()) {
        workstation_.dropPendingReads(this);
        beginResetModel();
        runs_.clear();
        endResetModel();
        emit reloaded(QString());
        return;
    }
    workstation_.runLatest<std::vector<db::ImportRunRecord>>(
        this, [](workflows::Session& session) { return workflows::GalleryActions(session).importRuns(200); },
        [this](Result<std::vector<db::ImportRunRecord>> listed) {
            if (!listed) {
                emit reloaded(errorText(listed.error()));
                return;
            }
            beginResetModel();
            runs_ = std::move(listed).value();
            endResetModel();
            emit reloaded(QString());
        });
}

const db::ImportRunRecord* ImportRunTableModel::runAt(int row) const {
    if (row < 0 || row >= static_cast<int>(runs_.size())) return nullptr;
    return &runs_[static_cast<std::size_t>(row)];
}

int ImportRunTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(runs_.size()); }

int ImportRunTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportRunTableModel::data(const QModelIndex& index, int role) const {
    const db::ImportRunRecord* run = runAt(index.row());
    if (!run) return {};
    if (role == RunIdRole) return QVariant::fromValue<qint64>(run->id);
    if (role == Qt::ToolTipRole) {
        if (index.column() == SourceColumn) return toQString(run->sourcePath);
        return run->failureReason.empty() ? QVariant() : QVariant(toQString(run->failureReason));
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && run->status == db::ImportRunStatus::Failed) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::ForegroundRole && index.column() == FailedColumn && run->counts.itemsFailed > 0) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= SeenColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case StartedColumn: return localTimeText(run->startedAt);
        case SourceColumn: return toQString(run->sourcePath);
        case ByColumn: return toQString(run->importedBy);
        case StatusColumn: return RecordLabels::importStatus(run->status);
        case SeenColumn: return QVariant::fromValue<qint64>(run->counts.itemsSeen);
        case ImportedColumn: return QVariant::fromValue<qint64>(run->counts.itemsImported);
        case SkippedColumn: return QVariant::fromValue<qint64>(run->counts.itemsSkipped);
        case FailedColumn: return QVariant::fromValue<qint64>(run->counts.itemsFailed);
        case PhotosColumn: return QVariant::fromValue<qint64>(run->counts.photosAdded);
        case FacesColumn: return QVariant::fromValue<qint64>(run->counts.facesAdded);
        default: return {};
    }
}

QVariant ImportRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case StartedColumn: return tr("Started");
        case SourceColumn: return tr("Source");
        case ByColumn: return tr("By");
        case StatusColumn: return tr("Status");
        case SeenColumn: return tr("Seen");
        case ImportedColumn: return tr("Imported");
        case SkippedColumn: return tr("Skipped");
        case FailedColumn: return tr("Failed");
        case PhotosColumn: return tr("Photos");
        case FacesColumn: return tr("Faces");
        default: return {};
    }
}

}  // namespace reunite::gui
