//! What the benchmark binaries share: a CPU clock for this thread.

/// CPU time this thread has run, from Linux's scheduler statistics (0 elsewhere): the machine
/// is shared, so wall-clock time says more about the neighbours than about this code.
pub fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|ns| ns.parse::<f64>().ok())
        })
        .map_or(0.0, |ns| ns / 1e9)
}
