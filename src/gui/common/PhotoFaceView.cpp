#include "gui/common/PhotoFaceView.h"

#include <QMouseEvent>
#include <QPainter>

namespace reunite::gui {

PhotoFaceView::PhotoFaceView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
}

void PhotoFaceView::setPhoto(const QImage& image, QSize originalSize) {
    image_ = image;
    originalSize_ = originalSize.isValid() ? originalSize : image.size();
    update();
}

void PhotoFaceView::clearPhoto(const QString& placeholderText) {
    image_ = QImage();
    faces_.clear();
    selectedFace_ = -1;
    placeholder_ = placeholderText;
    update();
}

void PhotoFaceView::setFaces(std::vector<db::FaceRow> faces) {
    faces_ = std::move(faces);
    if (selectedFace_ >= static_cast<int>(faces_.size())) selectedFace_ = -1;
    update();
}

void PhotoFaceView::setSelectedFace(int index) {
    selectedFace_ = index;
    update();
}

void PhotoFaceView::setDrawingEnabled(bool enabled) {
    drawing_ = enabled;
    dragStart_.reset();
    dragged_ = QRectF();
    setCursor(enabled ? Qt::CrossCursor : Qt::PointingHandCursor);
    update();
}

RectF PhotoFaceView::toPhotoPixels(const QRectF& onScreen) const {
    const QRectF target = imageRect();
    const QRectF clipped = onScreen.normalized().intersected(target);
    const double scale = target.width() > 0 ? originalSize_.width() / target.width() : 1.0;
    return RectF{(clipped.left() - target.left()) * scale, (clipped.top() - target.top()) * scale, clipped.width() * scale,
                 clipped.height() * scale};
}

void PhotoFaceView::setShowLandmarks(bool show) {
    showLandmarks_ = show;
    update();
}

QRectF PhotoFaceView::imageRect() const {
    if (image_.isNull()) return {};
    const QSizeF fitted = QSizeF(image_.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2, fitted.width(), fitted.height());
}

QRectF PhotoFaceView::boxOnScreen(const db::FaceRow& face) const {
    const QRectF target = imageRect();
    const double scale = originalSize_.width() > 0 ? target.width() / originalSize_.width() : 1.0;
    const RectF& box = face.detection.box;
    return QRectF(target.left() + box.x * scale, target.top() + box.y * scale, box.width * scale, box.height * scale);
}

void PhotoFaceView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x2b, 0x2b, 0x2b));
    if (image_.isNull()) {
        painter.setPen(QColor(0xd0, 0xd0, 0xd0));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    const QRectF target = imageRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawImage(target, image_);
    const double scale = originalSize_.width() > 0 ? target.width() / originalSize_.width() : 1.0;

    for (std::size_t i = 0; i < faces_.size(); ++i) {
        const db::FaceRow& face = faces_[i];
        const bool selected = static_cast<int>(i) == selectedFace_;
        const bool warned = face.quality.flags != 0 && face.quality.flags != QualityPossiblyChild;
        const QColor color = selected ? QColor(0x3d, 0xd6, 0x5c) : warned ? QColor(0xff, 0xb3, 0x00) : QColor(0x4f, 0xc3, 0xf7);
        const QRectF box = boxOnScreen(face);
        // A box drawn by hand is dashed: no detector vouches for it.
        painter.setPen(QPen(color, selected ? 3 : 2, (face.quality.flags & QualityManualBox) ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);

        const QString label = QString::number(i + 1);
        const QRectF labelRect(box.left(), box.top() - 20, 22, 20);
        painter.fillRect(labelRect, color);
        painter.setPen(Qt::black);
        painter.drawText(labelRect, Qt::AlignCenter, label);

        if (showLandmarks_) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xff, 0x40, 0x81));
            const double radius = std::clamp(box.width() / 70.0, 1.2, 3.0);
            for (const PointF& point : face.landmarks) {
                painter.drawEllipse(QPointF(target.left() + point.x * scale, target.top() + point.y * scale), radius, radius);
            }
        }
    }
    if (!dragged_.isNull()) {
        painter.setPen(QPen(QColor(0x3d, 0xd6, 0x5c), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(dragged_);
    }
}

void PhotoFaceView::mousePressEvent(QMouseEvent* event) {
    if (drawing_ && !image_.isNull() && event->button() == Qt::LeftButton) {
        dragStart_ = event->position();
        dragged_ = QRectF(event->position(), QSizeF());
        return;
    }
    for (std::size_t i = 0; i < faces_.size(); ++i) {
        if (boxOnScreen(faces_[i]).contains(event->position())) {
            setSelectedFace(static_cast<int>(i));
            emit faceClicked(static_cast<int>(i));
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void PhotoFaceView::mouseMoveEvent(QMouseEvent* event) {
    if (!dragStart_) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    dragged_ = QRectF(*dragStart_, event->position()).normalized();
    update();
}

void PhotoFaceView::mouseReleaseEvent(QMouseEvent* event) {
    if (!dragStart_) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    dragged_ = QRectF(*dragStart_, event->position()).normalized();
    dragStart_.reset();
    const RectF box = toPhotoPixels(dragged_);
    dragged_ = QRectF();
    update();
    if (box.width > 0 && box.height > 0) emit boxDrawn(box);
}

}  // namespace reunite::gui
