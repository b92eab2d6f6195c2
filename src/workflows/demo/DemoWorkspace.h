#pragma once
// DemoWorkspace: fills a database with a demo workspace built from the redistributable sample
// photos, so a newcomer can try every screen: a small gallery of made-up people (the face-api
// group photos, messi5.jpg and the astronaut photo), one demo case, and a relative.
// The case's childhood photo is SYNTHETIC: the astronaut photo regressed to about age 6 by the
// age model (from the age her face looks), marked as a rendered image, named
// "astronaut-SYNTHETIC-childhood-age-6.png" and described as synthetic, so that a newcomer sees
// child -> progressed -> the adult found (the astronaut's own photo is in the gallery).
// Every name and text says "demo". Running it again adds only what is missing.
// Inputs: the samples folder (setup's build/samples) and the texts in the user's language.
// Guarantees: ImportGallery and EditCases authorized; progress per step; cancel stops the import.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "db/records/CaseRecord.h"
#include "db/records/PhotoOwner.h"
#include "domain/CancellationToken.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct DemoTexts {
    std::string caseDescription =
        "DEMO CASE, not a real child. The childhood photo is SYNTHETIC: the public-domain astronaut sample photo made "
        "younger by the age model. Her real photo is in the demo gallery.";
    std::string lastSeenPlace = "Demo city, main railway station";
    std::string distinguishingMarks = "(demo) small scar above the left eyebrow";
    std::string relativeNotes = "Demo relative; photo from the redistributable samples.";
    std::string regionNorth = "Demo region North";
    std::string regionEast = "Demo region East";
    std::string regionSouth = "Demo region South";
};

class DemoWorkspace {
public:
    static constexpr const char* kCaseNumber = "DEMO-0001";
    enum class Step { Gallery, Case, Relative, Done };
    using StepCallback = std::function<void(Step step, int done, int total)>;

    DemoWorkspace(Session& session, std::filesystem::path samples, DemoTexts texts = {})
        : session_(session), samples_(std::move(samples)), texts_(std::move(texts)) {}

    // Returns the demo case.
    Result<db::CaseRecord> build(const StepCallback& onStep = {}, const CancellationToken& cancel = CancellationToken());

private:
    Status importGallery(const StepCallback& onStep, int steps, const CancellationToken& cancel);
    Result<db::CaseRecord> ensureCase();
    Status ensureRelative(std::int64_t caseId);
    Status attachIfMissing(const std::filesystem::path& file, const db::PhotoOwner& owner, std::optional<double> age);
    Status attachSyntheticChildhoodPhoto(std::int64_t caseId);
    bool hasPhotoNamed(const db::PhotoOwner& owner, const std::string& name);

    Session& session_;
    std::filesystem::path samples_;
    DemoTexts texts_;
};

}  // namespace reunite::workflows
