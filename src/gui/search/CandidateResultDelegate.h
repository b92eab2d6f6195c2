#pragma once
// CandidateResultDelegate: paints one cell of the results grid: rank, the aligned face chip, name,
// birth year, region, source, a score bar as long as the overall score and coloured by the share
// of each weighted score component, the score number, and the current decision as a badge.
// Inputs: indexes of a CandidateResultModel.
// Thread safety: GUI thread only.
#include <QStyledItemDelegate>

namespace reunite::gui {

class CandidateResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int CellWidth = 184;
    static constexpr int CellHeight = 304;

    explicit CandidateResultDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Colour of a score component kind in the bar (shared with the comparison view's legend).
    static QColor componentColor(const QString& kind);
};

}  // namespace reunite::gui
