#pragma once
// BackgroundJob: base of the GUI's long workers (imports, searches, attachments). Runs one piece of
// work at a time on the Workstation's job pool, off the GUI thread, with a CancellationToken the
// work (and the application-layer action it calls) polls.
// Inputs: launch(work): `work` runs on a pool thread and returns a completion callable, which then
// runs on the GUI thread (it typically emits the subclass's "finished" signal with the results).
// Guarantees: isRunning() is true from launch() until just before the completion runs, so a
// completion handler may start the next job; the job is registered with the Workstation while it
// runs (no database switch meanwhile); the destructor cancels and waits for the work, and then no
// completion runs.
// Thread safety: GUI-thread object. Subclasses may emit progress signals from the work thread (they
// are queued to GUI-thread receivers); the object outlives its work (destructor waits).
#include <functional>
#include <memory>

#include <QFuture>
#include <QObject>

#include "domain/CancellationToken.h"

namespace reunite::gui {

class Workstation;

class BackgroundJob : public QObject {
    Q_OBJECT

public:
    explicit BackgroundJob(Workstation& workstation, QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return running_; }
    // Asks the running work to stop at its next check.
    virtual void cancel();
    // Blocks until the work has finished (tests and shutdown only).
    void waitForWork();

signals:
    void runningChanged(bool running);

protected:
    using Completion = std::function<void()>;
    using Work = std::function<Completion(const CancellationToken& cancel)>;

    // Returns false (and does nothing) while a previous launch is still running.
    bool launch(Work work);
    Workstation& workstation() { return workstation_; }
    const CancellationToken& cancelToken() const { return cancel_; }

private:
    Workstation& workstation_;
    CancellationToken cancel_;
    QFuture<void> future_;
    bool running_ = false;
};

}  // namespace reunite::gui
