#include <system_error>

#include <dlib/dnn.h>

#include "core/embedding/FaceEmbedder.h"
#include "core/models/ModelLocator.h"
#include "core/models/internal/DlibModelFile.h"
#include "core/image/internal/ImageConversion.h"
#include "core/embedding/internal/ResNetFaceNetwork.h"

namespace reunite {
namespace {

class ResNetFaceEmbedder final : public FaceEmbedder {
public:
    explicit ResNetFaceEmbedder(internal::FaceRecognitionNetwork network) : network_(std::move(network)) {}

    std::vector<Embedding> embed(const std::vector<Image>& chips) override {
        std::vector<Embedding> out;
        out.reserve(chips.size());
        std::vector<dlib::matrix<dlib::rgb_pixel>> batch;
        constexpr std::size_t kBatchSize = 16;
        for (std::size_t start = 0; start < chips.size(); start += kBatchSize) {
            const std::size_t end = std::min(chips.size(), start + kBatchSize);
            batch.clear();
            for (std::size_t i = start; i < end; ++i) {
                DLIB_CASSERT(chips[i].width == internal::kChipSize && chips[i].height == internal::kChipSize,
                             "face chips must be 150x150");
                batch.push_back(internal::toDlibRgb(chips[i]));
            }
            const std::vector<dlib::matrix<float, 0, 1>> descriptors = network_(batch, batch.size());
            for (const auto& d : descriptors) {
                Embedding e{};
                for (int k = 0; k < kEmbeddingSize; ++k) e[k] = d(k);
                out.push_back(e);
            }
        }
        return out;
    }

    std::unique_ptr<FaceEmbedder> clone() const override { return std::make_unique<ResNetFaceEmbedder>(network_); }

private:
    internal::FaceRecognitionNetwork network_;
};

}  // namespace

Result<std::unique_ptr<FaceEmbedder>> loadFaceEmbedder(const std::filesystem::path& networkFile) {
    internal::FaceRecognitionNetwork network;
    if (Status read = internal::readDlibModel(networkFile, "face recognition network", network); !read) return read.error();
    return std::unique_ptr<FaceEmbedder>(std::make_unique<ResNetFaceEmbedder>(std::move(network)));
}

}  // namespace reunite
