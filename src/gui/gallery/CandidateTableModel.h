#pragma once
// CandidateTableModel: the gallery's candidates for the photo database browser, read page by page
// (CandidateRepository::list) as the user scrolls, so a gallery of a million candidates opens at
// once. Columns: face, name, sex, birth year, region, source, reference, added.
// Inputs: reload() after the database or the gallery changed.
// Guarantees: ascending candidate id; the face column shows the aligned chip of the candidate's
// first stored face (FaceImageProvider; the row updates when it arrives); CandidateIdRole holds the id.
// Thread safety: GUI thread only.
#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "db/records/CandidateRecord.h"
#include "domain/Result.h"

namespace reunite::gui {

class FaceImageProvider;
class Workstation;

class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FaceColumn, NameColumn, SexColumn, BirthYearColumn, RegionColumn, SourceColumn, ReferenceColumn, AddedColumn, ColumnCount };
    static constexpr int CandidateIdRole = Qt::UserRole;
    static constexpr int ChipSide = 64;

    CandidateTableModel(Workstation& workstation, FaceImageProvider& images, QObject* parent = nullptr);

    Status reload();
    const db::CandidateRecord* candidateAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    qint64 firstFaceOf(qint64 candidateId) const;
    void onChipReady(qint64 faceId, int size);

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::vector<db::CandidateRecord> candidates_;
    bool exhausted_ = true;
    mutable QHash<qint64, qint64> firstFace_;  // candidate id -> face id (0: none)
};

}  // namespace reunite::gui
