#pragma once
// Marking age-progressed images as what they are.
// stampInvestigativeAidMark(): returns a copy with a contrasting band appended below the picture
// reading "AGE-PROGRESSED - INVESTIGATIVE AID" (plus an optional detail line) and a thin frame
// of the band colour; images narrower than kMinMarkedWidth are first enlarged by a whole factor
// so the mark stays legible. The picture itself is never covered.
// progressionMetadata() / progressionRecordFromMetadata(): the parameters of a progression as PNG
// tEXt entries ("Reunite-..." keywords) and back. writeProgressedPng() stamps and writes both.
// Thread safety: pure functions.
#include <filesystem>
#include <string>
#include <vector>

#include "age/progression/AgeProgressor.h"
#include "core/image/Image.h"
#include "age/progression/PngTextChunks.h"
#include "domain/Result.h"

namespace reunite {

inline constexpr const char* kAgeProgressedMark = "AGE-PROGRESSED - INVESTIGATIVE AID";
inline constexpr int kMinMarkedWidth = 320;

Image stampInvestigativeAidMark(const Image& image, const std::string& detailLine = "");

std::vector<PngTextEntry> progressionMetadata(const ProgressionRecord& record);
Result<ProgressionRecord> progressionRecordFromMetadata(const std::vector<PngTextEntry>& entries);

// "source age 8, target age 18, sex unknown": the detail line used under the mark.
std::string progressionSummary(const ProgressionRecord& record);

// Stamps the image (with progressionSummary as detail line) and writes PNG + metadata.
Status writeProgressedPng(const std::filesystem::path& path, const Image& image, const ProgressionRecord& record);

}  // namespace reunite
