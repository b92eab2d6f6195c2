#pragma once
// CaseListModel: the cases of the open database for the case list ("case number — names", status),
// read through the application layer (workflows::CaseActions::list) off the GUI thread.
// Inputs: reload() (also done by itself when a database is opened or any case changes, whoever
// changed it).
// Guarantees: rows ordered by case number; CaseIdRole holds the case id (qint64); reloaded()
// follows the latest of overlapping reloads (earlier replies are dropped), with an empty message
// on success (a failed read keeps the old rows).
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

    void reload();
    int rowForCase(qint64 caseId) const;
    const db::CaseRecord* caseAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

signals:
    void reloaded(const QString& errorMessage);

private:
    void setCases(std::vector<db::CaseRecord> cases);

    Workstation& workstation_;
    std::vector<db::CaseRecord> cases_;
};

}  // namespace reunite::gui
