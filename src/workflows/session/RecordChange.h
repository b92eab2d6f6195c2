#pragma once
// RecordChange: what an action changed, so that every list showing such records can refresh,
// whoever changed them (this screen, another screen, a background job). ChangeListener receives
// them after the change is committed.
// Thread safety: ChangeListener::onRecordsChanged is called from the thread that ran the action;
// implementations must be thread-safe (the GUI queues them to its own thread).
#include <cstdint>

namespace reunite::workflows {

// Dna: a DNA request, sample, custody event, profile, analysis or outcome (id: the request).
enum class RecordKind { Case, Relative, Photo, Candidate, SearchRun, ReviewDecision, ImportRun, Dna };

struct RecordChange {
    RecordKind kind = RecordKind::Case;
    std::int64_t id = 0;
    std::int64_t caseId = 0;  // the case it belongs to, 0 for gallery records
};

class ChangeListener {
public:
    virtual ~ChangeListener() = default;
    virtual void onRecordsChanged(const RecordChange& change) = 0;
};

}  // namespace reunite::workflows
