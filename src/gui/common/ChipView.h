#pragma once
// ChipView: one aligned face chip, zoomable and movable, with an optional landmark overlay and an
// optional second chip blended over it (alpha 0: only the first, 1: only the second) for the blink
// and overlay comparisons. Two views stay in step when their zoomRequested()/panRequested() signals
// are connected to each other's setZoom()/setPan().
// Inputs: setChip(), setBlendChip(), setBlend(), setZoom() (1 = chip fits the view), setPan() (in
// chip pixels from the centre), setShowLandmarks().
// Guarantees: both chips are drawn at the same scale and position, so aligned chips of equal size
// overlay landmark on landmark; with no chip it shows its placeholder text.
// Thread safety: GUI thread only.
#include <optional>

#include <QWidget>

#include "gui/common/FaceChip.h"

namespace reunite::gui {

class ChipView : public QWidget {
    Q_OBJECT

public:
    explicit ChipView(QWidget* parent = nullptr);

    void setChip(const std::optional<FaceChip>& chip, const QString& placeholder = {});
    void setBlendChip(const std::optional<FaceChip>& chip);
    void setBlend(double alpha);
    void setShowLandmarks(bool show);
    void setLandmarkColors(const QColor& chipColor, const QColor& blendChipColor);
    double zoom() const { return zoom_; }
    bool hasChip() const { return chip_.has_value(); }

    QSize sizeHint() const override { return {360, 360}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

public slots:
    void setZoom(double zoom);
    void setPan(QPointF pan);

signals:
    void zoomRequested(double zoom);
    void panRequested(QPointF pan);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF chipRect() const;

    std::optional<FaceChip> chip_;
    std::optional<FaceChip> blendChip_;
    QString placeholder_;
    double blend_ = 0;
    double zoom_ = 1;
    QPointF pan_;
    bool showLandmarks_ = false;
    QColor landmarkColor_{0xff, 0x40, 0x81};
    QColor blendLandmarkColor_{0x40, 0xc4, 0xff};
    QPointF dragStart_;
    QPointF panAtDragStart_;
};

}  // namespace reunite::gui
