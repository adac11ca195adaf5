#pragma once

// Background work yields the cores to the threads someone is waiting for: in the app, the GUI thread and
// the threads that paint for it (thumbnail decoding yields); in the service, the request workers (a task's
// training, an export, a publish yield). Linux gives each thread its own nice value: at 10 a background
// thread still runs at about a tenth of a busy interactive thread's share (it is never starved, as
// SCHED_IDLE would be), and an interactive thread that wakes takes the core at once. Elsewhere Qt's thread
// priority does the same.
namespace background {

// Lowers the calling thread's priority, once per thread (cheap after the first call). Threads it starts
// later inherit the lower priority.
void yieldToInteractiveThreads();

// The nice value of the calling thread (Linux; 0 elsewhere): for tests.
int niceness();

} // namespace background
