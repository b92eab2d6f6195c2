#pragma once
// WorkerThreadPriority: background work yields the processor to the GUI thread. Called at the start
// of each background task, it raises the calling thread's nice value (Linux: per thread, and
// inherited by the threads it starts, e.g. the face pipeline's batch workers), so that under full
// load of the cores the GUI thread is scheduled first and the window keeps answering.
// Guarantees: never fails the task (an error of the system call is ignored); a no-op on systems
// without per-thread nice values; calling it again does not lower the priority further.
// Thread safety: affects the calling thread only.

namespace reunite::gui {

void lowerCurrentThreadPriority();

}  // namespace reunite::gui
