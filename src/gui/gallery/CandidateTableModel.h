#pragma once
// CandidateTableModel: the gallery's candidates for the photo database browser, read page by page
// off the GUI thread (workflows::GalleryActions::candidatePage) as the user scrolls, so a gallery
// of a million candidates opens at once. Columns: face, name, sex, birth year, region, source,
// reference, added.
// Inputs: reload() after the database or the gallery changed; pageLoaded() follows each page.
// Guarantees: ascending candidate id; the face column shows the aligned chip of the candidate's
// first stored face (FaceImageProvider; the row updates when it arrives); CandidateIdRole holds the id.
// Thread safety: GUI thread only.
#include <vector>

#include <QAbstractTableModel>
#include "workflows/gallery/GalleryActions.h"

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

    void reload();
    const db::CandidateRecord* candidateAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void pageLoaded();

private:
    void appendPage(std::vector<workflows::CandidateListing> page);
    void onChipReady(qint64 faceId, int size);

    Workstation& workstation_;
    FaceImageProvider& images_;
    std::vector<workflows::CandidateListing> candidates_;
    bool exhausted_ = true;
    bool fetching_ = false;
    int generation_ = 0;  // pages of an older reload are dropped
};

}  // namespace reunite::gui
