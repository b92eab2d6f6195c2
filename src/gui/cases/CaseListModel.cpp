#include "gui/cases/CaseListModel.h"

#include <QBrush>
#include <QFont>

#include "db/repositories/CaseRepository.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

CaseListModel::CaseListModel(Workstation& workstation, QObject* parent)
    : QAbstractListModel(parent), workstation_(workstation) {}

Status CaseListModel::reload() {
    beginResetModel();
    cases_.clear();
    Status status = Ok{};
    if (workstation_.hasDatabase()) {
        db::CaseRepository repository(workstation_.database());
        auto listed = repository.list();
        if (listed) {
            cases_ = std::move(listed).value();
        } else {
            status = listed.error();
        }
    }
    endResetModel();
    return status;
}

int CaseListModel::rowForCase(qint64 caseId) const {
    for (std::size_t i = 0; i < cases_.size(); ++i) {
        if (cases_[i].id == caseId) return static_cast<int>(i);
    }
    return -1;
}

const db::CaseRecord* CaseListModel::caseAt(int row) const {
    if (row < 0 || row >= static_cast<int>(cases_.size())) return nullptr;
    return &cases_[static_cast<std::size_t>(row)];
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(cases_.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    const db::CaseRecord* record = caseAt(index.row());
    if (!record) return {};
    const QString name = (toQString(record->givenNames) + QLatin1Char(' ') + toQString(record->familyName)).trimmed();
    switch (role) {
        case Qt::DisplayRole: {
            QString text = toQString(record->caseNumber);
            if (!name.isEmpty()) text += QStringLiteral(" — ") + name;
            if (record->status != db::CaseStatus::Open) text += QStringLiteral(" (%1)").arg(RecordLabels::caseStatus(record->status));
            return text;
        }
        case Qt::ToolTipRole:
            return tr("Case %1, %2, last updated %3 by %4")
                .arg(toQString(record->caseNumber), RecordLabels::caseStatus(record->status), toQString(record->updatedAt),
                     toQString(record->updatedBy));
        case Qt::ForegroundRole:
            return record->status == db::CaseStatus::Open ? QVariant() : QVariant(QBrush(Qt::gray));
        case CaseIdRole:
            return QVariant::fromValue<qint64>(record->id);
        default:
            return {};
    }
}

}  // namespace reunite::gui
