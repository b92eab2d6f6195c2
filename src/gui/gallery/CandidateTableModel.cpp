#include "gui/gallery/CandidateTableModel.h"

#include "db/repositories/CandidateRepository.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/common/FaceImageProvider.h"
#include "db/repositories/FaceRepository.h"
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

Status CandidateTableModel::reload() {
    beginResetModel();
    candidates_.clear();
    firstFace_.clear();
    exhausted_ = !workstation_.hasDatabase();
    endResetModel();
    if (!exhausted_) fetchMore({});
    return Ok{};
}

const db::CandidateRecord* CandidateTableModel::candidateAt(int row) const {
    if (row < 0 || row >= static_cast<int>(candidates_.size())) return nullptr;
    return &candidates_[static_cast<std::size_t>(row)];
}

bool CandidateTableModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !exhausted_; }

void CandidateTableModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || exhausted_ || !workstation_.hasDatabase()) return;
    db::CandidateRepository repository(workstation_.database());
    auto page = repository.list(candidates_.empty() ? 0 : candidates_.back().id, kPage);
    if (!page) {
        exhausted_ = true;
        return;
    }
    exhausted_ = static_cast<int>(page.value().size()) < kPage;
    if (page.value().empty()) return;
    const int first = static_cast<int>(candidates_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
    for (db::CandidateRecord& record : page.value()) candidates_.push_back(std::move(record));
    endInsertRows();
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(candidates_.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 CandidateTableModel::firstFaceOf(qint64 candidateId) const {
    if (auto found = firstFace_.constFind(candidateId); found != firstFace_.constEnd()) return found.value();
    qint64 faceId = 0;
    db::FaceRepository faces(workstation_.database());
    if (auto listed = faces.listByOwner(db::PhotoOwner::ofCandidate(candidateId)); listed && !listed.value().empty()) {
        faceId = listed.value().front().id;
    }
    firstFace_.insert(candidateId, faceId);
    return faceId;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const {
    const db::CandidateRecord* c = candidateAt(index.row());
    if (!c) return {};
    if (role == CandidateIdRole) return QVariant::fromValue<qint64>(c->id);
    if (role == Qt::DecorationRole && index.column() == FaceColumn) {
        const qint64 faceId = firstFaceOf(c->id);
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
        case AddedColumn: return toQString(c->createdAt.substr(0, 10));
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
    for (auto it = firstFace_.constBegin(); it != firstFace_.constEnd(); ++it) {
        if (it.value() != faceId) continue;
        for (std::size_t row = 0; row < candidates_.size(); ++row) {
            if (candidates_[row].id == it.key()) {
                const QModelIndex changed = index(static_cast<int>(row), FaceColumn);
                emit dataChanged(changed, changed, {Qt::DecorationRole});
            }
        }
    }
}

}  // namespace reunite::gui
