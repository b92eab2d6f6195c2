#include "gui/search/CandidateResultDelegate.h"

#include <QApplication>
#include <QPainter>

#include "gui/search/CandidateResultModel.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"

namespace reunite::gui {
namespace {

QColor decisionColor(db::ReviewDecision decision) {
    switch (decision) {
        case db::ReviewDecision::Rejected: return QColor(0xc6, 0x28, 0x28);
        case db::ReviewDecision::Kept: return QColor(0x2e, 0x7d, 0x32);
        case db::ReviewDecision::DnaRequested: return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

}  // namespace

CandidateResultDelegate::CandidateResultDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor CandidateResultDelegate::componentColor(const QString& kind) {
    if (kind == QLatin1String("photo")) return QColor(0x00, 0x89, 0x7b);
    if (kind == QLatin1String("age_invariant")) return QColor(0x39, 0x49, 0xab);
    if (kind == QLatin1String("progressed")) return QColor(0x8e, 0x24, 0xaa);
    if (kind == QLatin1String("relative")) return QColor(0x6d, 0x4c, 0x41);
    return QColor(0xf5, 0x7c, 0x00);
}

QSize CandidateResultDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return {CellWidth, CellHeight};
}

void CandidateResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto* model = qobject_cast<const CandidateResultModel*>(index.model());
    const workflows::Lead* entry = model ? model->entryAt(index.row()) : nullptr;
    if (!entry) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const bool rejected = entry->decision && entry->decision->decision == db::ReviewDecision::Rejected;
    painter->setPen(QPen(selected ? option.palette.highlight().color() : QColor(0xd0, 0xd0, 0xd0), selected ? 3 : 1));
    painter->setBrush(rejected ? QColor(0xf3, 0xf3, 0xf3) : option.palette.base().color());
    painter->drawRoundedRect(cell, 6, 6);

    const int chipSide = CandidateResultModel::ChipSide;
    const QRect chipRect(cell.left() + (cell.width() - chipSide) / 2, cell.top() + 8, chipSide, chipSide);
    const QVariant chip = index.data(Qt::DecorationRole);
    if (chip.canConvert<QImage>() && !chip.value<QImage>().isNull()) {
        painter->setOpacity(rejected ? 0.35 : 1.0);
        painter->drawImage(chipRect, chip.value<QImage>());
        painter->setOpacity(1.0);
    } else {
        painter->fillRect(chipRect, QColor(0xe0, 0xe0, 0xe0));
        painter->setPen(Qt::gray);
        painter->drawText(chipRect, Qt::AlignCenter, tr("loading…"));
    }

    QFont bold = option.font;
    bold.setBold(true);
    const QRect rankRect(chipRect.left(), chipRect.top(), 34, 20);
    painter->fillRect(rankRect, QColor(0, 0, 0, 170));
    painter->setPen(Qt::white);
    painter->setFont(bold);
    painter->drawText(rankRect, Qt::AlignCenter, QStringLiteral("#%1").arg(entry->row.rank));

    const db::CandidateRecord& candidate = entry->candidate;
    const QFontMetrics boldMetrics(bold);
    int y = chipRect.bottom() + 6;
    const int textWidth = cell.width() - 16;
    const int left = cell.left() + 8;
    painter->setPen(option.palette.text().color());
    painter->drawText(QRect(left, y, textWidth, boldMetrics.height()), Qt::AlignLeft,
                      boldMetrics.elidedText(CandidateResultModel::candidateName(candidate), Qt::ElideRight, textWidth));
    y += boldMetrics.height() + 2;

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    painter->setPen(option.palette.placeholderText().color());
    const QString born = tr("born %1").arg(CandidateResultModel::birthYearText(*entry));
    const QString region = candidate.region.empty() ? tr("region unknown") : toQString(candidate.region);
    for (const QString& line : {born, region}) {
        painter->drawText(QRect(left, y, textWidth, metrics.height()), Qt::AlignLeft, metrics.elidedText(line, Qt::ElideRight, textWidth));
        y += metrics.height();
    }
    painter->drawText(QRect(left, y, textWidth, metrics.height()), Qt::AlignLeft,
                      metrics.elidedText(RecordLabels::source(candidate.source), Qt::ElideRight, textWidth));
    y += metrics.height() + 6;

    const ScoreBreakdown breakdown = model->breakdownAt(index.row());
    const int barWidth = textWidth - 40;
    const QRect barRect(left, y, barWidth, 10);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe6, 0xe6, 0xe6));
    painter->drawRoundedRect(barRect, 3, 3);
    // The bar is as long as the overall score; its colours split it by each component's weighted score.
    double totalContribution = 0;
    for (const ScoreComponentView& component : breakdown.components()) totalContribution += component.weight * component.score;
    const double overall = std::clamp(entry->row.score, 0.0, 1.0);
    double x = barRect.left();
    for (const ScoreComponentView& component : breakdown.components()) {
        const double share = totalContribution > 0 ? component.weight * component.score / totalContribution : 0;
        const double length = overall * share * barWidth;
        painter->setBrush(componentColor(component.kind));
        painter->drawRect(QRectF(x, barRect.top(), length, barRect.height()));
        x += length;
    }
    painter->setPen(option.palette.text().color());
    painter->drawText(QRect(barRect.right() + 6, y - 4, 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      QString::number(entry->row.score, 'f', 2));
    y += 16;
    if (const QString likelihood = breakdown.likelihoodShort(); !likelihood.isEmpty()) {
        painter->drawText(QRect(left, y, textWidth, metrics.height()), Qt::AlignLeft, metrics.elidedText(likelihood, Qt::ElideRight, textWidth));
        y += metrics.height() + 2;
    }

    if (entry->decision) {
        const QString label = RecordLabels::decision(entry->decision->decision);
        const QRect badge(left, y, boldMetrics.horizontalAdvance(label) + 12, boldMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(decisionColor(entry->decision->decision));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, label);
    }
    painter->restore();
}

}  // namespace reunite::gui
