#pragma once
// LatestReply: numbers the background reads a list or panel starts, so that it shows only the
// reply to the latest one. Replies can arrive out of order: the worker pool runs two actions at
// once, and a read that appends an audit entry waits behind writes. Shown, an older reply replaced
// a newer list (a case saved a moment earlier vanished from the case list and its form emptied).
// Use: `const int request = replies_.next();` before starting the read, and in its reply
// `if (!replies_.isLatest(request)) return;`. Also call next() when the list is cleared without
// reading, so that a reply still on its way does not refill it.
// Thread safety: GUI thread only.

namespace reunite::gui {

class LatestReply {
public:
    int next() { return ++latest_; }
    bool isLatest(int request) const { return request == latest_; }

private:
    int latest_ = 0;
};

}  // namespace reunite::gui
