#include "gui/shell/WorkerThreadPriority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace reunite::gui {
namespace {

constexpr int kBackgroundNice = 5;

}  // namespace

void lowerCurrentThreadPriority() {
#ifdef __linux__
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, thread) < kBackgroundNice) setpriority(PRIO_PROCESS, thread, kBackgroundNice);
#endif
}

}  // namespace reunite::gui
