#pragma once
// PosterBuilder: fills a report::PosterModel for one case through the application layer:
// CaseActions::open (the case and its childhood photos) and ProgressionActions (the face
// progressed to the child's age on the poster's date). The childhood photo is the region around
// the face of the first childhood photo with a known age (else the first with a face, else the
// first photo).
// Guarantees: ViewCases authorized; unknown case -> NotFound; a poster is made even without a
// photo or a progression (the reasons are returned as notes); same state and timestamp -> same
// model.
// Thread safety: uses the Session from the calling thread.
#include <string>
#include <vector>

#include "domain/Notice.h"
#include "domain/Result.h"
#include "report/PosterModel.h"
#include "workflows/report/DocumentRequest.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

struct PosterRequest {
    DocumentRequest document;  // the case, language and time (empty: now)
    std::string contact;       // empty: the case's contact, else the renderer's default (police, 110)
    int photoMaxSide = 700;
};

struct BuiltPoster {
    report::PosterModel model;
    std::vector<Notice> notes;  // why a part is missing (no photo, no progression)
};

class PosterBuilder {
public:
    explicit PosterBuilder(Session& session) : session_(session) {}

    Result<BuiltPoster> build(const PosterRequest& request);

private:
    Session& session_;
};

}  // namespace reunite::workflows
