#include "gui/cases/CaseListModel.h"

#include <QBrush>
#include <QFont>

#include "domain/PersonName.h"
#include "workflows/cases/CaseActions.h"
#include "gui/common/TimeText.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

CaseListModel::CaseListModel(Workstation& workstation, QObject* parent)
    : QAbstractListModel(parent), workstation_(workstation) {
    connect(&workstation_, &Workstation::databaseOpened, this, &CaseListModel::reload);
    connect(&workstation_, &Workstation::accountChanged, this, &CaseListModel::reload);
    connect(&workstation_, &Workstation::recordsChanged, this, [this](int kind) {
        if (kind == static_cast<int>(workflows::RecordKind::Case)) reload();
    });
}

void CaseListModel::reload() {
    if (!workstation_.hasDatabase() || !workstation_.isSignedIn()) {
        workstation_.dropPendingReads(this);
        setCases({});
        emit reloaded(QString());
        return;
    }
    workstation_.runLatest<std::vector<db::CaseRecord>>(
        this, [](workflows::Session& session) { return workflows::CaseActions(session).list(); },
        [this](Result<std::vector<db::CaseRecord>> listed) {
            if (!listed) {
                emit reloaded(errorText(listed.error()));
                return;
            }
            setCases(std::move(listed).value());
            emit reloaded(QString());
        });
}

void CaseListModel::setCases(std::vector<db::CaseRecord> cases) {
    beginResetModel();
    cases_ = std::move(cases);
    endResetModel();
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
    const QString name = toQString(personDisplayName(record->givenNames, record->familyName));
    switch (role) {
        case Qt::DisplayRole: {
            QString text = toQString(record->caseNumber);
            if (!name.isEmpty()) text += QStringLiteral(" — ") + name;
            if (record->status != db::CaseStatus::Open) text += QStringLiteral(" (%1)").arg(RecordLabels::caseStatus(record->status));
            return text;
        }
        case Qt::ToolTipRole:
            return tr("Case %1, %2, last updated %3 by %4")
                .arg(toQString(record->caseNumber), RecordLabels::caseStatus(record->status), localTimeText(record->updatedAt),
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
