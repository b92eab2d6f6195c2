// Temporary: dump landmarks of all age samples as CSV for analysis.
#include <iostream>
#include <mutex>

#include "AgeDatasetIndex.h"
#include "BatchProcessor.h"
#include "FacePipeline.h"
#include "ModelLocator.h"

using namespace reunite;

int main() {
    auto aaf = readAafIndex("/work/shared/data/aaf");
    auto utk = readUtkFaceIndex("/work/shared/data/utkface");
    std::vector<AgeSample> samples = aaf.value();
    samples.insert(samples.end(), utk.value().begin(), utk.value().end());
    std::vector<std::filesystem::path> files;
    for (auto& s : samples) files.push_back(s.path);
    auto models = ModelLocator::inFolder("/work/main/build/models");
    PipelineOptions options;
    options.computeEmbeddings = false;
    auto pipeline = FacePipeline::create(models.value(), options);
    BatchProcessor batch(*pipeline.value(), BatchOptions{2});
    std::vector<std::string> lines(files.size());
    batch.run(files, [&](BatchItemResult&& item) {
        const AgeSample& s = samples[item.index];
        std::string line = s.source + "," + s.path.filename().string() + "," + std::to_string(s.age) + "," + sexName(s.sex);
        if (!item.faces || item.faces.value().faces.empty()) { lines[item.index] = line + ",none"; return; }
        const auto& faces = item.faces.value();
        const FaceRecord* best = nullptr;
        for (const auto& f : faces.faces) if (!best || (best->detection.fallback != f.detection.fallback ? !f.detection.fallback : f.quality.faceSizePx > best->quality.faceSizePx)) best = &f;
        line += std::string(",") + (best->detection.fallback ? "fallback" : "detected") + "," + std::to_string(faces.imageWidth) + "," + std::to_string(faces.imageHeight) + "," + std::to_string(best->quality.yawDegrees) + "," + std::to_string(faces.faces.size());
        for (const auto& p : best->landmarks) line += "," + std::to_string(p.x) + "," + std::to_string(p.y);
        lines[item.index] = line;
    });
    for (auto& l : lines) std::cout << l << "\n";
}
