#include "gui/common/ChipView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace reunite::gui {
namespace {

constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 6.0;

}  // namespace

ChipView::ChipView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 200);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::OpenHandCursor);
}

void ChipView::setChip(const std::optional<FaceChip>& chip, const QString& placeholder) {
    chip_ = chip;
    placeholder_ = placeholder;
    update();
}

void ChipView::setBlendChip(const std::optional<FaceChip>& chip) {
    blendChip_ = chip;
    update();
}

void ChipView::setBlend(double alpha) {
    blend_ = std::clamp(alpha, 0.0, 1.0);
    update();
}

void ChipView::setLandmarkColors(const QColor& chipColor, const QColor& blendChipColor) {
    landmarkColor_ = chipColor;
    blendLandmarkColor_ = blendChipColor;
    update();
}

void ChipView::setShowLandmarks(bool show) {
    showLandmarks_ = show;
    update();
}

void ChipView::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, zoom_)) return;
    zoom_ = zoom;
    update();
    emit zoomRequested(zoom_);
}

void ChipView::setPan(QPointF pan) {
    if (pan == pan_) return;
    pan_ = pan;
    update();
    emit panRequested(pan_);
}

QRectF ChipView::chipRect() const {
    const double side = std::min(width(), height()) * zoom_;
    const double chipSide = chip_ ? chip_->image.width() : 150.0;
    const double scale = side / chipSide;
    const QPointF centre = QPointF(width() / 2.0, height() / 2.0) - pan_ * scale;
    return QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side);
}

void ChipView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (!chip_ || chip_->image.isNull()) {
        painter.setPen(QColor(0xc0, 0xc0, 0xc0));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = chipRect();
    painter.setClipRect(rect());
    if (blend_ < 1.0 || !blendChip_) painter.drawImage(target, chip_->image);
    if (blendChip_ && blend_ > 0.0) {
        painter.setOpacity(blend_);
        painter.drawImage(target, blendChip_->image);
        painter.setOpacity(1.0);
    }
    if (showLandmarks_) {
        const double scale = target.width() / chip_->image.width();
        const double radius = std::clamp(1.6 * zoom_, 1.6, 4.0);
        auto drawPoints = [&](const FaceChip& chip, const QColor& color) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            for (const QPointF& point : chip.landmarks) painter.drawEllipse(target.topLeft() + point * scale, radius, radius);
        };
        if (blend_ < 1.0 || !blendChip_) drawPoints(*chip_, landmarkColor_);
        if (blendChip_ && blend_ > 0.0) drawPoints(*blendChip_, blendLandmarkColor_);
    }
}

void ChipView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(zoom_ * std::pow(1.15, steps));
    event->accept();
}

void ChipView::mousePressEvent(QMouseEvent* event) {
    dragStart_ = event->position();
    panAtDragStart_ = pan_;
}

void ChipView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton) || !chip_) return;
    const double scale = chipRect().width() / chip_->image.width();
    if (scale <= 0) return;
    const QPointF delta = (event->position() - dragStart_) / scale;
    setPan(panAtDragStart_ - delta);
}

}  // namespace reunite::gui
