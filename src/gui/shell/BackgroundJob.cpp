#include "gui/shell/BackgroundJob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "gui/shell/WorkerThreadPriority.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {

BackgroundJob::BackgroundJob(Workstation& workstation, QObject* parent)
    : QObject(parent), workstation_(workstation), cancelFlag_(std::make_shared<std::atomic<bool>>(false)) {}

BackgroundJob::~BackgroundJob() {
    cancelFlag_->store(true);
    future_.waitForFinished();
    if (running_) workstation_.unregisterJob();
}

void BackgroundJob::cancel() { cancelFlag_->store(true); }

void BackgroundJob::waitForWork() { future_.waitForFinished(); }

bool BackgroundJob::launch(Work work) {
    if (running_) return false;
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    running_ = true;
    workstation_.registerJob();
    emit runningChanged(true);
    const std::shared_ptr<std::atomic<bool>> flag = cancelFlag_;
    future_ = QtConcurrent::run(&workstation_.jobPool(), [this, flag, work = std::move(work)] {
        lowerCurrentThreadPriority();
        Completion completion = work(*flag);
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
