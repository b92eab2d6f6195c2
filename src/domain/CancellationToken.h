#pragma once
// CancellationToken: the one way to ask running work to stop. Copies share one flag: the party
// that started the work keeps a copy and calls cancel(); the work polls isCancelled() between
// steps (a file, a batch, a slice of the gallery) and ends with ErrorCode::Cancelled.
// A default-constructed token is live (can be cancelled); CancellationToken::none() never is.
// Thread safety: cancel() and isCancelled() may be called from any thread.
#include <atomic>
#include <memory>

namespace reunite {

class CancellationToken {
public:
    CancellationToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
    static CancellationToken none() { return CancellationToken(nullptr); }

    void cancel() const {
        if (flag_) flag_->store(true);
    }
    bool isCancelled() const { return flag_ && flag_->load(std::memory_order_relaxed); }

private:
    explicit CancellationToken(std::shared_ptr<std::atomic<bool>> flag) : flag_(std::move(flag)) {}
    std::shared_ptr<std::atomic<bool>> flag_;
};

}  // namespace reunite
