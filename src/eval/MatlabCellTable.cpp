#include "eval/MatlabCellTable.h"

#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace reunite {
namespace {

// MAT-file level 5 data types and array classes used here.
constexpr std::uint32_t miINT8 = 1, miUINT8 = 2, miINT16 = 3, miUINT16 = 4, miINT32 = 5, miUINT32 = 6,
                        miSINGLE = 7, miDOUBLE = 9, miINT64 = 12, miUINT64 = 13, miMATRIX = 14,
                        miCOMPRESSED = 15, miUTF8 = 16;
constexpr std::uint8_t mxCELL = 1, mxCHAR = 4;
constexpr std::size_t kHeaderBytes = 128;
constexpr std::size_t kMaxInflatedBytes = 64u << 20;  // pair lists are kilobytes

struct Element {
    std::uint32_t type = 0;
    std::string data;
};

std::uint32_t readU32(const std::string& bytes, std::size_t at) {
    std::uint32_t v = 0;
    std::memcpy(&v, bytes.data() + at, 4);
    return v;
}

// The data elements of `bytes` in order (small elements unpacked; 8-byte padding skipped).
Result<std::vector<Element>> splitElements(const std::string& bytes, const std::string& name) {
    std::vector<Element> out;
    std::size_t at = 0;
    while (at + 8 <= bytes.size()) {
        const std::uint32_t tag = readU32(bytes, at);
        if (tag >> 16) {  // small data element: size in the upper half, data in the tag's 4 bytes
            const std::size_t size = tag >> 16;
            if (size > 4) return makeError(ErrorCode::CorruptData, name + ": a small data element claims more than 4 bytes");
            out.push_back({tag & 0xffffu, bytes.substr(at + 4, size)});
            at += 8;
            continue;
        }
        const std::size_t size = readU32(bytes, at + 4);
        if (size > bytes.size() - at - 8) return makeError(ErrorCode::CorruptData, name + ": a data element runs past the end of the file");
        out.push_back({tag, bytes.substr(at + 8, size)});
        at += 8 + size;
        if (tag != miCOMPRESSED) at += (8 - size % 8) % 8;
    }
    return out;
}

Result<std::string> inflate(const std::string& compressed, const std::string& name) {
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) return makeError(ErrorCode::Internal, name + ": zlib could not start");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > kMaxInflatedBytes) status = Z_MEM_ERROR;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) return makeError(ErrorCode::CorruptData, name + ": a compressed variable does not inflate");
    return out;
}

std::string numberText(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
}

template <typename T>
Result<std::string> scalarOf(const std::string& data, const std::string& name) {
    if (data.size() != sizeof(T)) return makeError(ErrorCode::UnsupportedFormat, name + ": a numeric cell is not a scalar");
    T v;
    std::memcpy(&v, data.data(), sizeof(T));
    return numberText(static_cast<double>(v));
}

Result<std::string> numberCell(const Element& real, const std::string& name) {
    switch (real.type) {
        case miINT8: return scalarOf<std::int8_t>(real.data, name);
        case miUINT8: return scalarOf<std::uint8_t>(real.data, name);
        case miINT16: return scalarOf<std::int16_t>(real.data, name);
        case miUINT16: return scalarOf<std::uint16_t>(real.data, name);
        case miINT32: return scalarOf<std::int32_t>(real.data, name);
        case miUINT32: return scalarOf<std::uint32_t>(real.data, name);
        case miSINGLE: return scalarOf<float>(real.data, name);
        case miDOUBLE: return scalarOf<double>(real.data, name);
        case miINT64: return scalarOf<std::int64_t>(real.data, name);
        case miUINT64: return scalarOf<std::uint64_t>(real.data, name);
        default: return makeError(ErrorCode::UnsupportedFormat, name + ": a numeric cell of an unknown data type");
    }
}

// Characters stored as UTF-16 code units (MATLAB's default) or bytes, written out as UTF-8.
std::string charCell(const Element& real) {
    if (real.type == miUTF8 || real.type == miUINT8 || real.type == miINT8) return real.data;
    std::string out;
    for (std::size_t i = 0; i + 1 < real.data.size(); i += 2) {
        const unsigned c = static_cast<unsigned char>(real.data[i]) | static_cast<unsigned char>(real.data[i + 1]) << 8;
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xc0 | c >> 6);
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else {
            out += static_cast<char>(0xe0 | c >> 12);
            out += static_cast<char>(0x80 | (c >> 6 & 0x3f));
            out += static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    return out;
}

// One array element's parts: flags, dimensions, name, then the data (or the cells).
struct ArrayParts {
    std::uint8_t arrayClass = 0;
    bool complexOrSparse = false;
    std::vector<std::int32_t> dimensions;
    std::string variable;
    std::vector<Element> rest;
};

Result<ArrayParts> arrayParts(const std::string& matrix, const std::string& name) {
    auto parts = splitElements(matrix, name);
    if (!parts) return parts.error();
    std::vector<Element>& p = parts.value();
    if (p.size() < 3 || p[0].type != miUINT32 || p[0].data.size() < 4 || p[1].type != miINT32 || p[1].data.size() % 4 != 0)
        return makeError(ErrorCode::CorruptData, name + ": an array element lacks its flags or dimensions");
    ArrayParts out;
    const std::uint32_t flags = readU32(p[0].data, 0);
    out.arrayClass = static_cast<std::uint8_t>(flags & 0xff);
    out.complexOrSparse = (flags & 0x0800) != 0 || out.arrayClass == 5;
    for (std::size_t i = 0; i < p[1].data.size(); i += 4) out.dimensions.push_back(static_cast<std::int32_t>(readU32(p[1].data, i)));
    out.variable = p[2].data;
    out.rest.assign(p.begin() + 3, p.end());
    return out;
}

Result<std::string> cellText(const Element& cell, const std::string& name) {
    if (cell.type != miMATRIX) return makeError(ErrorCode::CorruptData, name + ": a cell is not an array");
    auto parts = arrayParts(cell.data, name);
    if (!parts) return parts.error();
    const ArrayParts& a = parts.value();
    if (a.arrayClass == mxCELL || a.complexOrSparse)
        return makeError(ErrorCode::UnsupportedFormat, name + ": nested cells, complex and sparse values are not read");
    if (a.rest.empty()) return std::string();
    return a.arrayClass == mxCHAR ? Result<std::string>(charCell(a.rest.front())) : numberCell(a.rest.front(), name);
}

Result<MatlabCellTable> cellTable(const std::string& matrix, const std::string& name) {
    auto parts = arrayParts(matrix, name);
    if (!parts) return parts.error();
    const ArrayParts& a = parts.value();
    if (a.arrayClass != mxCELL || a.dimensions.size() != 2 || a.dimensions[0] < 0 || a.dimensions[1] < 0)
        return makeError(ErrorCode::UnsupportedFormat, name + ": the first variable is not a two-dimensional cell array");
    const auto rows = static_cast<std::size_t>(a.dimensions[0]), columns = static_cast<std::size_t>(a.dimensions[1]);
    if (a.rest.size() != rows * columns) return makeError(ErrorCode::CorruptData, name + ": the cell array holds the wrong number of cells");
    MatlabCellTable table{a.variable, std::vector<std::vector<std::string>>(rows, std::vector<std::string>(columns))};
    for (std::size_t c = 0; c < columns; ++c)
        for (std::size_t r = 0; r < rows; ++r) {  // column-major, as MATLAB stores arrays
            auto text = cellText(a.rest[c * rows + r], name);
            if (!text) return text.error();
            table.rows[r][c] = std::move(text).value();
        }
    return table;
}

}  // namespace

Result<MatlabCellTable> parseMatlabCellTable(const std::string& bytes, const std::string& name) {
    if (bytes.size() < kHeaderBytes + 8 || bytes.compare(0, 6, "MATLAB") != 0)
        return makeError(ErrorCode::UnsupportedFormat, name + ": not a MATLAB 5 MAT-file");
    if (bytes.compare(126, 2, "IM") != 0) return makeError(ErrorCode::UnsupportedFormat, name + ": only little-endian MAT-files are read");
    auto elements = splitElements(bytes.substr(kHeaderBytes), name);
    if (!elements) return elements.error();
    if (elements.value().empty()) return makeError(ErrorCode::CorruptData, name + ": the MAT-file holds no variable");
    Element first = elements.value().front();
    if (first.type == miCOMPRESSED) {
        auto inflated = inflate(first.data, name);
        if (!inflated) return inflated.error();
        auto inner = splitElements(inflated.value(), name);
        if (!inner) return inner.error();
        if (inner.value().empty()) return makeError(ErrorCode::CorruptData, name + ": an empty compressed variable");
        first = inner.value().front();
    }
    if (first.type != miMATRIX) return makeError(ErrorCode::UnsupportedFormat, name + ": the first variable is not an array");
    return cellTable(first.data, name);
}

Result<MatlabCellTable> readMatlabCellTable(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError(ErrorCode::NotFound, file.string() + ": cannot be opened");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseMatlabCellTable(bytes, file.string());
}

}  // namespace reunite
