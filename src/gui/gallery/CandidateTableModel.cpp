#include "gui/gallery/CandidateTableModel.h"

#include "gui/common/TimeText.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/common/FaceImageProvider.h"
#include "workflows/gallery/GalleryActions.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

constexpr int kPage = 200;

}  // namespace

CandidateTableModel::CandidateTableModel(Workstation& workstation, FaceImageProvider& images, QObject* parent)
    : QAbstractTableModel(parent), workstation_(workstation), images_(images) {
    connect(&images_, &FaceImageProvider::chipReady, this, &CandidateTableModel::onChipReady);
}

void CandidateTableModel::reload() {
    beginResetModel();
    candidates_.clear();
    exhausted_ = !workstation_.hasDatabase();
    fetching_ = false;
    ++generation_;
    endResetModel();
    if (!exhausted_) fetchMore({});
}

const db::CandidateRecord* CandidateTableModel::candidateAt(int row) const {
    if (row < 0 || row >= static_cast<int>(candidates_.size())) return nullptr;
    return &candidates_[static_cast<std::size_t>(row)].record;
}

bool CandidateTableModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !exhausted_ && !fetching_; }

void CandidateTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || exhausted_ || fetching_ || !workstation_.hasDatabase()) return;
    fetching_ = true;
    const std::int64_t after = candidates_.empty() ? 0 : candidates_.back().record.id;
    const int generation = generation_;
    workstation_.run<std::vector<workflows::CandidateListing>>(
        this, [after](workflows::Session& session) { return workflows::GalleryActions(session).candidatePage(after, kPage); },
        [this, generation](Result<std::vector<workflows::CandidateListing>> page) {
            if (generation != generation_) return;
            fetching_ = false;
            if (!page) {
                exhausted_ = true;
                return;
            }
            appendPage(std::move(page).value());
        });
}

void CandidateTableModel::appendPage(std::vector<workflows::CandidateListing> page) {
    exhausted_ = static_cast<int>(page.size()) < kPage;
    if (!page.empty()) {
        const int first = static_cast<int>(candidates_.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        for (workflows::CandidateListing& listing : page) candidates_.push_back(std::move(listing));
        endInsertRows();
    }
    emit pageLoaded();
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(candidates_.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const {
    const db::CandidateRecord* c = candidateAt(index.row());
    if (!c) return {};
    if (role == CandidateIdRole) return QVariant::fromValue<qint64>(c->id);
    if (role == Qt::DecorationRole && index.column() == FaceColumn) {
        const qint64 faceId = candidates_[static_cast<std::size_t>(index.row())].firstFaceId;
        if (!faceId) return {};
        auto chip = images_.chip(faceId, ChipSide);
        return chip ? QVariant(chip->image) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !c->notes.empty()) return toQString(c->notes);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case NameColumn: return CandidateResultModel::candidateName(*c);
        case SexColumn: return RecordLabels::sex(c->sex);
        case BirthYearColumn: return CandidateResultModel::birthYearText(*c);
        case RegionColumn: return toQString(c->region);
        case SourceColumn: return RecordLabels::source(c->source);
        case ReferenceColumn: return toQString(c->externalRef);
        case AddedColumn: return localTimeText(c->createdAt);
        default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case FaceColumn: return tr("Face");
        case NameColumn: return tr("Name");
        case SexColumn: return tr("Sex");
        case BirthYearColumn: return tr("Born");
        case RegionColumn: return tr("Region");
        case SourceColumn: return tr("Source");
        case ReferenceColumn: return tr("Reference");
        case AddedColumn: return tr("Added");
        default: return {};
    }
}

void CandidateTableModel::onChipReady(qint64 faceId, int size) {
    if (size != ChipSide) return;
    for (std::size_t row = 0; row < candidates_.size(); ++row) {
        if (candidates_[row].firstFaceId != faceId) continue;
        const QModelIndex changed = index(static_cast<int>(row), FaceColumn);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

}  // namespace reunite::gui
