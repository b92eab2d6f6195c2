#pragma once
// AgeModelData: the contents of an age model as plain values (what the JSON and PNG files hold).
// Only averages over many people are stored here: mean shapes, mean shape-free textures, counts.
//
// Frames: shapes are in the canonical normalised frame (see ShapeGeometry.h: centroid 0, RMS
// radius 1, eyes horizontal). Textures are frameSize x frameSize RGB images in "frame pixels":
// a normalised point p lands on pixel (offsetX + scale * p.x, offsetY + scale * p.y). Each
// entry's texture is the average face warped onto that entry's own mean shape.
// Thread safety: plain values.
#include <string>
#include <vector>

#include "age/model/AgeBand.h"
#include "core/pipeline/FaceTypes.h"
#include "core/image/Image.h"
#include "domain/Sex.h"

namespace reunite {

struct TextureFrame {
    int size = 160;
    double scale = 50;
    double offsetX = 80;
    double offsetY = 88;

    PointF toPixels(const PointF& normalised) const {
        return {offsetX + scale * normalised.x, offsetY + scale * normalised.y};
    }
};

struct AgeModelEntry {
    AgeBand band;
    Sex sex = Sex::Female;      // Female or Male
    int count = 0;              // photos averaged (0: no data for this band and sex)
    double meanAge = 0;         // mean age of those photos
    Landmarks meanShape{};      // normalised frame
    Image meanTexture;          // frame-size RGB on meanShape; empty when count == 0
    // Detail energy: per pixel, the root mean square over the band's faces of each face's own
    // fine detail (difference-of-Gaussian bands kDetailBandSigmas of its brightness, exposure
    // normalised), channel k for band k, times kDetailEnergyScale. Unlike the detail of the mean
    // texture (averaging blurs wrinkles that sit in different places away), it says how much
    // detail faces of this age have. Frame-size on meanShape; empty when count == 0 or unknown.
    Image detailEnergy;
};

inline constexpr double kDetailBandSigmas[3] = {0.8, 1.6, 3.2};  // frame pixels
inline constexpr double kDetailEnergyScale = 16;                 // stored value per grey level of energy

struct AgeDataSource {
    std::string name;           // "aaf", "utkface"
    std::string description;
    int photosListed = 0;
    int photosUsed = 0;
};

struct AgeModelData {
    int version = 1;
    std::string id;                      // set when read from files: "age-model-v<version>-<content hash>"

    std::string description;
    std::vector<AgeDataSource> sources;
    TextureFrame frame;
    Landmarks referenceShape{};          // normalised frame; the pooled Procrustes mean
    std::vector<AgeModelEntry> entries;  // sorted by band, then female before male
};

}  // namespace reunite
