// reunite-convert-model: turns face-api's FaceRecognitionNet weights (tfjs weights manifest plus
// its binary shard) into a serialized dlib network of type
// reunite::internal::FaceRecognitionNetwork, the file ResNetFaceEmbedder loads.
//
// Usage: reunite-convert-model --weights BIN --manifest JSON --out FILE.dat [--no-fold-input-scale]
//
// Contract:
//  - Every manifest tensor is dequantised exactly as tfjs does (q * scale + min, computed in double
//    and rounded to float; float32 tensors are copied bit for bit) and consumed in manifest order,
//    which runs from input to output. Each one must land on the matching dlib layer with the same
//    element count and shape; any mismatch, a missing or extra tensor, a missing file, a file of the
//    wrong size or malformed JSON is reported on stderr and the exit code is 2.
//  - face-api feeds the network (pixel - mean) / 255 whereas dlib's input layer computes
//    (pixel - mean) / 256. Unless --no-fold-input-scale is given, the first convolution's filters are
//    multiplied by 256/255 so the dlib network reproduces face-api's descriptors; the convolution is
//    linear in its input, so this is exact up to float rounding.
//  - The output is written to FILE.dat.tmp, flushed to disk, read back as a check and renamed over
//    FILE.dat, so FILE.dat is either the old file or the complete new one. The SHA-256 of the
//    result is printed on stdout. The same inputs always give a byte-identical file.
//  - Exit codes: 0 success, 2 bad arguments or inputs, 1 failure writing the output.
#include <fcntl.h>
#include <unistd.h>

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

#include <dlib/dnn.h>
#include <nlohmann/json.hpp>

#include "core/embedding/internal/ResNetFaceNetwork.h"

namespace {

namespace fs = std::filesystem;
using reunite::internal::FaceRecognitionNetwork;

static_assert(std::endian::native == std::endian::little, "tfjs weight shards are little-endian");

constexpr int kExitInput = 2;
constexpr int kExitOutput = 1;
constexpr double kFaceApiToDlibInputScale = 256.0 / 255.0;

// Bad arguments or inputs: exit code 2.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Failure producing the output: exit code 1.
struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    fs::path weights;
    fs::path manifest;
    fs::path out;
    bool foldInputScale = true;
};

constexpr std::string_view kUsage =
    "usage: reunite-convert-model --weights BIN --manifest JSON --out FILE.dat [--no-fold-input-scale]\n"
    "  BIN   face-api's face_recognition_model.bin (all shards of the manifest, concatenated)\n"
    "  JSON  face_recognition_model-weights_manifest.json\n"
    "  --no-fold-input-scale  keep face-api's first-layer filters as shipped (dlib then sees inputs\n"
    "                         255/256 of what face-api feeds the same network)\n";

Options parseArguments(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&]() -> fs::path {
            if (i + 1 >= argc) throw InputError(std::string(arg) + " needs a value");
            return fs::path(argv[++i]);
        };
        if (arg == "--weights") {
            options.weights = value();
        } else if (arg == "--manifest") {
            options.manifest = value();
        } else if (arg == "--out") {
            options.out = value();
        } else if (arg == "--no-fold-input-scale") {
            options.foldInputScale = false;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else {
            throw InputError("unknown argument '" + std::string(arg) + "'");
        }
    }
    if (options.weights.empty() || options.manifest.empty() || options.out.empty()) {
        throw InputError("--weights, --manifest and --out are all required");
    }
    return options;
}

std::vector<char> readFile(const fs::path& path, std::string_view what) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw InputError(std::string(what) + " " + path.string() + " does not exist");
    if (!fs::is_regular_file(path, ec)) throw InputError(std::string(what) + " " + path.string() + " is not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open " + std::string(what) + " " + path.string());
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError("error reading " + std::string(what) + " " + path.string());
    return bytes;
}

// One tensor of the manifest, dequantised to float.
struct Tensor {
    std::string name;
    std::vector<long> shape;
    std::vector<float> values;
};

std::string shapeText(const std::vector<long>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? "," : "") + std::to_string(shape[i]);
    return text + "]";
}

std::size_t bytesPerValue(const std::string& dtype, const std::string& tensorName) {
    if (dtype == "float32") return 4;
    if (dtype == "uint8") return 1;
    if (dtype == "uint16") return 2;
    throw InputError("tensor '" + tensorName + "': unsupported storage dtype '" + dtype +
                     "' (supported: float32, uint8, uint16)");
}

// Parses the manifest and decodes every tensor from the concatenated shard bytes.
std::vector<Tensor> decodeTensors(const fs::path& manifestPath, const std::vector<char>& manifestBytes,
                                  const fs::path& weightsPath, const std::vector<char>& weights) {
    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(manifestBytes.begin(), manifestBytes.end());
    } catch (const nlohmann::json::exception& e) {
        throw InputError("manifest " + manifestPath.string() + " is not valid JSON: " + e.what());
    }
    if (!manifest.is_array() || manifest.empty()) {
        throw InputError("manifest " + manifestPath.string() + " must be a non-empty JSON array of weight groups");
    }

    std::vector<Tensor> tensors;
    std::size_t offset = 0;
    try {
        for (const auto& group : manifest) {
            if (!group.is_object() || !group.contains("weights") || !group.at("weights").is_array()) {
                throw InputError("manifest " + manifestPath.string() + ": a weight group has no \"weights\" array");
            }
            for (const auto& entry : group.at("weights")) {
                Tensor tensor;
                tensor.name = entry.at("name").get<std::string>();
                const auto dtype = entry.at("dtype").get<std::string>();
                if (dtype != "float32") {
                    throw InputError("tensor '" + tensor.name + "' has dtype '" + dtype + "', expected float32");
                }
                std::size_t count = 1;
                for (const auto& dim : entry.at("shape")) {
                    const long d = dim.get<long>();
                    if (d <= 0) throw InputError("tensor '" + tensor.name + "' has a non-positive dimension");
                    tensor.shape.push_back(d);
                    count *= static_cast<std::size_t>(d);
                }

                std::string storage = "float32";
                double scale = 1.0;
                double minimum = 0.0;
                if (entry.contains("quantization")) {
                    const auto& q = entry.at("quantization");
                    storage = q.at("dtype").get<std::string>();
                    if (storage != "float32") {
                        scale = q.at("scale").get<double>();
                        minimum = q.at("min").get<double>();
                    }
                }
                const std::size_t width = bytesPerValue(storage, tensor.name);
                const std::size_t bytes = count * width;
                if (offset + bytes > weights.size()) {
                    throw InputError("weights file " + weightsPath.string() + " is too short: " +
                                     std::to_string(weights.size()) + " bytes, tensor '" + tensor.name +
                                     "' needs bytes up to " + std::to_string(offset + bytes));
                }
                const auto* raw = reinterpret_cast<const unsigned char*>(weights.data()) + offset;
                tensor.values.resize(count);
                for (std::size_t i = 0; i < count; ++i) {
                    if (storage == "float32") {
                        std::memcpy(&tensor.values[i], raw + 4 * i, 4);
                    } else {
                        const double q = width == 1 ? raw[i] : static_cast<double>(raw[2 * i] | (raw[2 * i + 1] << 8));
                        tensor.values[i] = static_cast<float>(q * scale + minimum);
                    }
                }
                offset += bytes;
                tensors.push_back(std::move(tensor));
            }
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError("manifest " + manifestPath.string() + " is malformed: " + e.what());
    }
    if (offset != weights.size()) {
        throw InputError("weights file " + weightsPath.string() + " holds " + std::to_string(weights.size()) +
                         " bytes but the manifest describes " + std::to_string(offset));
    }
    return tensors;
}

template <typename T>
struct IsConv : std::false_type {};
template <long N, long R, long C, int SY, int SX, int PY, int PX>
struct IsConv<dlib::con_<N, R, C, SY, SX, PY, PX>> : std::true_type {};

template <typename T>
struct IsFullyConnected : std::false_type {};
template <unsigned long N, dlib::fc_bias_mode M>
struct IsFullyConnected<dlib::fc_<N, M>> : std::true_type {};

// Reads the manifest's tensors one by one, checking names and shapes as it goes.
class TensorCursor {
public:
    explicit TensorCursor(std::vector<Tensor>& tensors) : tensors_(tensors) {}

    Tensor& next(std::string_view suffix, const std::vector<long>& expectedShape, std::string_view layerText) {
        if (position_ >= tensors_.size()) {
            throw InputError("the manifest ran out of tensors at " + std::string(layerText) + " (expected a '" +
                             std::string(suffix) + "' tensor)");
        }
        Tensor& tensor = tensors_[position_++];
        if (!tensor.name.ends_with(suffix)) {
            throw InputError("tensor #" + std::to_string(position_) + " '" + tensor.name + "' should end in '" +
                             std::string(suffix) + "' for " + std::string(layerText));
        }
        if (tensor.shape != expectedShape) {
            throw InputError("tensor '" + tensor.name + "' has shape " + shapeText(tensor.shape) + " but " +
                             std::string(layerText) + " needs " + shapeText(expectedShape));
        }
        return tensor;
    }

    std::size_t consumed() const { return position_; }

    // Name prefix ("conv32_1/conv1") of the last convolution read; its scale tensors must share it.
    std::string convPrefix;

private:
    std::vector<Tensor>& tensors_;
    std::size_t position_ = 0;
};

std::string prefixOf(const std::string& name, std::string_view suffix) {
    return name.substr(0, name.size() - suffix.size());
}

// Copies [kh][kw][in][out] filters and [out] biases into dlib's [out][in][kh][kw] + [out] layout.
void fillConvParams(dlib::tensor& params, long filters, long rows, long cols, bool hasBias, TensorCursor& cursor,
                    std::size_t index, double filterScale) {
    const std::string layerText = "convolution #" + std::to_string(index) + " (" + std::to_string(filters) + " " +
                                  std::to_string(rows) + "x" + std::to_string(cols) + " filters)";
    if (!hasBias) throw InputError(layerText + " has its bias disabled; face-api's convolutions have biases");
    const long perFilter = rows * cols;
    const long total = static_cast<long>(params.size());
    if (total <= filters || (total - filters) % (filters * perFilter) != 0) {
        throw InputError(layerText + " has " + std::to_string(total) + " parameters, which is not filters plus biases");
    }
    const long inputs = (total - filters) / (filters * perFilter);

    const Tensor& weights = cursor.next("/conv/filters", {rows, cols, inputs, filters}, layerText);
    cursor.convPrefix = prefixOf(weights.name, "/conv/filters");
    const Tensor& bias = cursor.next("/conv/bias", {filters}, layerText);
    if (prefixOf(bias.name, "/conv/bias") != cursor.convPrefix) {
        throw InputError("tensor '" + bias.name + "' does not belong with '" + weights.name + "'");
    }

    float* out = params.host();
    for (long o = 0; o < filters; ++o) {
        for (long i = 0; i < inputs; ++i) {
            for (long y = 0; y < rows; ++y) {
                for (long x = 0; x < cols; ++x) {
                    const float w = weights.values[((y * cols + x) * inputs + i) * filters + o];
                    *out++ = filterScale == 1.0 ? w : static_cast<float>(w * filterScale);
                }
            }
        }
    }
    std::copy(bias.values.begin(), bias.values.end(), out);
}

template <long N, long R, long C, int SY, int SX, int PY, int PX>
void fillConv(dlib::con_<N, R, C, SY, SX, PY, PX>& layer, TensorCursor& cursor, std::size_t index, double filterScale) {
    fillConvParams(layer.get_layer_params(), layer.num_filters(), R, C, !layer.bias_is_disabled(), cursor, index,
                   filterScale);
}

void fillAffine(dlib::affine_& layer, TensorCursor& cursor, std::size_t index) {
    const std::string layerText = "affine layer #" + std::to_string(index);
    if (layer.get_mode() != dlib::CONV_MODE) throw InputError(layerText + " is not in CONV_MODE");
    auto gamma = layer.get_gamma();
    auto beta = layer.get_beta();
    const long channels = static_cast<long>(gamma.size());
    if (static_cast<long>(beta.size()) != channels) throw InputError(layerText + " has gamma and beta of different sizes");

    const Tensor& scale = cursor.next("/scale/weights", {channels}, layerText);
    const Tensor& shift = cursor.next("/scale/biases", {channels}, layerText);
    const std::string prefix = prefixOf(scale.name, "/scale/weights");
    if (prefix != cursor.convPrefix || prefixOf(shift.name, "/scale/biases") != prefix) {
        throw InputError("tensors '" + scale.name + "' and '" + shift.name + "' do not belong with the convolution '" +
                         cursor.convPrefix + "/conv' before them");
    }
    std::copy(scale.values.begin(), scale.values.end(), gamma.host());
    std::copy(shift.values.begin(), shift.values.end(), beta.host());
}

template <unsigned long N, dlib::fc_bias_mode M>
void fillFullyConnected(dlib::fc_<N, M>& layer, TensorCursor& cursor) {
    static_assert(M == dlib::FC_NO_BIAS, "face-api's final layer has no bias");
    dlib::tensor& params = layer.get_layer_params();
    const long outputs = static_cast<long>(layer.get_num_outputs());
    if (params.size() % outputs != 0) throw InputError("the fully connected layer has a ragged parameter matrix");
    const long inputs = static_cast<long>(params.size()) / outputs;
    const Tensor& matrix = cursor.next("fc", {inputs, outputs}, "the fully connected layer");
    std::copy(matrix.values.begin(), matrix.values.end(), params.host());
}

// Builds the network with every weighted layer filled from the manifest's tensors.
std::unique_ptr<FaceRecognitionNetwork> buildNetwork(std::vector<Tensor>& tensors, bool foldInputScale) {
    auto net = std::make_unique<FaceRecognitionNetwork>();

    dlib::visit_computational_layers(*net, [](auto& layer) {
        if constexpr (std::is_same_v<std::decay_t<decltype(layer)>, dlib::affine_>) layer = dlib::affine_(dlib::CONV_MODE);
    });
    // One forward pass so every layer sizes its parameters for a 150x150 RGB chip.
    const dlib::matrix<dlib::rgb_pixel> dummy(reunite::internal::kChipSize, reunite::internal::kChipSize);
    (*net)(dummy);

    TensorCursor cursor(tensors);
    std::size_t convCount = 0;
    std::size_t affineCount = 0;
    std::size_t fcCount = 0;
    std::vector<std::function<void()>> fillSteps;
    dlib::visit_computational_layers(*net, [&](auto& layer) {
        using Layer = std::decay_t<decltype(layer)>;
        if constexpr (IsConv<Layer>::value) {
            fillSteps.emplace_back([&, target = &layer] {
                const double filterScale = convCount == 0 && foldInputScale ? kFaceApiToDlibInputScale : 1.0;
                fillConv(*target, cursor, convCount++, filterScale);
            });
        } else if constexpr (std::is_same_v<Layer, dlib::affine_>) {
            fillSteps.emplace_back([&, target = &layer] { fillAffine(*target, cursor, affineCount++); });
        } else if constexpr (IsFullyConnected<Layer>::value) {
            fillSteps.emplace_back([&, target = &layer] {
                fillFullyConnected(*target, cursor);
                ++fcCount;
            });
        }
    });
    // dlib visits from the output towards the input; the manifest lists tensors from the input.
    for (auto step = fillSteps.rbegin(); step != fillSteps.rend(); ++step) (*step)();

    if (convCount != 29 || affineCount != 29 || fcCount != 1) {
        throw InputError("expected 29 convolution, 29 affine and 1 fully connected layers, filled " +
                         std::to_string(convCount) + ", " + std::to_string(affineCount) + " and " +
                         std::to_string(fcCount));
    }
    if (cursor.consumed() != tensors.size()) {
        throw InputError("the manifest has " + std::to_string(tensors.size() - cursor.consumed()) +
                         " tensors left over after the last layer, starting with '" + tensors[cursor.consumed()].name +
                         "'");
    }
    net->clean();
    return net;
}

std::string sha256Hex(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw OutputError("cannot reopen " + path.string() + " to hash it");
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw OutputError("SHA-256 unavailable");
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        if (in.gcount() > 0) EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) throw OutputError("error reading " + path.string() + " to hash it");
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest.data(), &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

void syncToDisk(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError("cannot reopen " + path.string() + " to flush it: " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) throw OutputError("cannot flush " + path.string() + ": " + std::strerror(saved));
}

// Serializes to OUT.tmp, flushes, reloads as a check, then renames over OUT.
void writeAtomically(const FaceRecognitionNetwork& net, const fs::path& out) {
    fs::path tmp = out;
    tmp += ".tmp";
    try {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file) throw OutputError("cannot create " + tmp.string() + ": " + std::strerror(errno));
        dlib::serialize(net, file);
        file.close();
        if (!file) throw OutputError("error writing " + tmp.string());
        syncToDisk(tmp);

        FaceRecognitionNetwork reloaded;
        dlib::deserialize(tmp.string()) >> reloaded;

        std::error_code ec;
        fs::rename(tmp, out, ec);
        if (ec) throw OutputError("cannot rename " + tmp.string() + " to " + out.string() + ": " + ec.message());
        const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
        syncToDisk(dir);
    } catch (...) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        throw;
    }
}

int run(int argc, char** argv) {
    const Options options = parseArguments(argc, argv);
    std::error_code ec;
    const fs::path dir = options.out.has_parent_path() ? options.out.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) throw InputError("output folder " + dir.string() + " does not exist");
    if (fs::is_directory(options.out, ec)) throw InputError("--out " + options.out.string() + " is a folder");

    const std::vector<char> manifestBytes = readFile(options.manifest, "manifest");
    const std::vector<char> weights = readFile(options.weights, "weights file");
    std::vector<Tensor> tensors = decodeTensors(options.manifest, manifestBytes, options.weights, weights);
    const auto net = buildNetwork(tensors, options.foldInputScale);

    writeAtomically(*net, options.out);

    std::cout << "converted " << tensors.size() << " tensors"
              << (options.foldInputScale ? " (first-layer filters scaled by 256/255 for face-api's input normalisation)"
                                         : " (first-layer filters kept as shipped)")
              << "\n"
              << sha256Hex(options.out) << "  " << options.out.string() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const InputError& e) {
        std::cerr << "reunite-convert-model: " << e.what() << "\n" << kUsage;
        return kExitInput;
    } catch (const std::exception& e) {
        std::cerr << "reunite-convert-model: " << e.what() << "\n";
        return kExitOutput;
    }
}
