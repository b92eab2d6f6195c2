#pragma once
// CaseListModel: the cases of the open database for the case list ("case number — names", status),
// read through CaseRepository on the GUI thread connection.
// Inputs: reload() after the database was opened or a case was created or saved.
// Guarantees: rows ordered by case number; CaseIdRole holds the case id (qint64). A failed read
// leaves the list empty and returns the error.
// Thread safety: GUI thread only.
#include <vector>

#include <QAbstractListModel>

#include "db/records/CaseRecord.h"
#include "domain/Result.h"

namespace reunite::gui {

class Workstation;

class CaseListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int CaseIdRole = Qt::UserRole;

    explicit CaseListModel(Workstation& workstation, QObject* parent = nullptr);

    Status reload();
    int rowForCase(qint64 caseId) const;
    const db::CaseRecord* caseAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    Workstation& workstation_;
    std::vector<db::CaseRecord> cases_;
};

}  // namespace reunite::gui
