#pragma once
// PhotoFaceView: shows one photo scaled to fit, with a numbered box around every detected face and,
// when switched on, the 68 landmarks of each face. Clicking inside a box selects that face.
// Inputs: setPhoto(image, originalSize) where the boxes and landmarks are in originalSize pixels
// (the image may be a scaled-down copy); setFaces(); setSelectedFace(); setShowLandmarks().
// Guarantees: boxes stay on their faces at any widget size; with no photo it shows placeholderText().
// In drawing mode (setDrawingEnabled) a drag draws a box instead, reported in originalSize pixels
// (clipped to the photo) by boxDrawn() when the button is released.
// Thread safety: GUI thread only.
#include <optional>

#include <vector>

#include <QImage>
#include <QSize>
#include <QWidget>

#include "db/records/FaceRow.h"

namespace reunite::gui {

class PhotoFaceView : public QWidget {
    Q_OBJECT

public:
    explicit PhotoFaceView(QWidget* parent = nullptr);

    void setPhoto(const QImage& image, QSize originalSize);
    void clearPhoto(const QString& placeholderText);
    void setFaces(std::vector<db::FaceRow> faces);
    void setSelectedFace(int index);
    int selectedFace() const { return selectedFace_; }
    void setShowLandmarks(bool show);
    bool showLandmarks() const { return showLandmarks_; }
    QString placeholderText() const { return placeholder_; }
    void setDrawingEnabled(bool enabled);
    bool drawingEnabled() const { return drawing_; }

    QSize sizeHint() const override { return {520, 420}; }

signals:
    void faceClicked(int index);
    // A box drawn by the user, in originalSize pixels.
    void boxDrawn(const reunite::RectF& box);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF imageRect() const;
    QRectF boxOnScreen(const db::FaceRow& face) const;
    RectF toPhotoPixels(const QRectF& onScreen) const;

    QImage image_;
    QSize originalSize_;
    std::vector<db::FaceRow> faces_;
    int selectedFace_ = -1;
    bool showLandmarks_ = false;
    QString placeholder_;
    bool drawing_ = false;
    std::optional<QPointF> dragStart_;
    QRectF dragged_;  // the box being drawn, on screen
};

}  // namespace reunite::gui
