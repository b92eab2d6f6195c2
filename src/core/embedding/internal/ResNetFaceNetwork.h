#pragma once
// The ResNet-29 metric network of dlib's face recogniser (the architecture behind
// dlib_face_recognition_resnet_model_v1 and face-api's FaceRecognitionNet), declared with dlib's
// DNN templates. Private to reunite_core and the model converter: instantiating it is slow to
// compile, so only ResNetFaceEmbedder.cpp and the converter include this header.
#include <dlib/dnn.h>

namespace reunite::internal {

// Two 3x3 convolutions with affine (frozen batch-norm) layers; the first may stride.
template <int Filters, int Stride, typename Input>
using ConvPair = dlib::affine<dlib::con<Filters, 3, 3, 1, 1,
                 dlib::relu<dlib::affine<dlib::con<Filters, 3, 3, Stride, Stride, Input>>>>>;

// Identity residual unit.
template <int Filters, typename Input>
using ResidualUnit = dlib::relu<dlib::add_prev1<ConvPair<Filters, 1, dlib::tag1<Input>>>>;

// Down-sampling residual unit: the shortcut is a 2x2 average pool of the input.
template <int Filters, typename Input>
using ResidualDownUnit = dlib::relu<dlib::add_prev2<dlib::avg_pool<2, 2, 2, 2,
                         dlib::skip1<dlib::tag2<ConvPair<Filters, 2, dlib::tag1<Input>>>>>>>;

template <typename Input> using Stage256Down = ResidualDownUnit<256, Input>;
template <typename Input> using Stage256 = ResidualUnit<256, ResidualUnit<256, ResidualDownUnit<256, Input>>>;
template <typename Input> using Stage128 = ResidualUnit<128, ResidualUnit<128, ResidualDownUnit<128, Input>>>;
template <typename Input> using Stage64 = ResidualUnit<64, ResidualUnit<64, ResidualUnit<64, ResidualDownUnit<64, Input>>>>;
template <typename Input> using Stage32 = ResidualUnit<32, ResidualUnit<32, ResidualUnit<32, Input>>>;

constexpr int kChipSize = 150;

using FaceRecognitionNetwork = dlib::loss_metric<dlib::fc_no_bias<128, dlib::avg_pool_everything<
    Stage256Down<Stage256<Stage128<Stage64<Stage32<
    dlib::max_pool<3, 3, 2, 2, dlib::relu<dlib::affine<dlib::con<32, 7, 7, 2, 2,
    dlib::input_rgb_image_sized<kChipSize>>>>>>>>>>>>>;

}  // namespace reunite::internal
