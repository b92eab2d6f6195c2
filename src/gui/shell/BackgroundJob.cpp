#include "gui/shell/BackgroundJob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "gui/shell/WorkerThreadPriority.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

BackgroundJob::BackgroundJob(Workstation& workstation, QObject* parent)
    : QObject(parent), workstation_(workstation) {}

BackgroundJob::~BackgroundJob() {
    cancel_.cancel();
    future_.waitForFinished();
    if (running_) workstation_.unregisterJob();
}

void BackgroundJob::cancel() { cancel_.cancel(); }

void BackgroundJob::waitForWork() { future_.waitForFinished(); }

bool BackgroundJob::launch(Work work) {
    if (running_) return false;
    cancel_ = CancellationToken();
    running_ = true;
    workstation_.registerJob();
    emit runningChanged(true);
    const CancellationToken cancel = cancel_;
    future_ = QtConcurrent::run(&workstation_.jobPool(), [this, cancel, work = std::move(work)] {
        lowerCurrentThreadPriority();
        Completion completion = work(cancel);
        QMetaObject::invokeMethod(
            this,
            [this, completion = std::move(completion)] {
                running_ = false;
                workstation_.unregisterJob();
                emit runningChanged(false);
                if (completion) completion();
            },
            Qt::QueuedConnection);
    });
    return true;
}

}  // namespace reunite::gui
