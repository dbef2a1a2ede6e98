//! The progress line of long runs (only when stderr is a terminal): the clock and the speed,
//! rewritten in place about every half second.

use std::io::Write;
use std::time::{Duration, Instant};

/// Cycles run between two looks at the wall clock.
const SLICE: u64 = 50_000_000;
/// Least time between two updates of the line.
const INTERVAL: Duration = Duration::from_millis(500);

/// State of the progress line.
pub struct Progress {
    start: Instant,
    start_mcycle: u64,
    last: Instant,
    shown: bool,
}

impl Progress {
    /// Starts measuring at clock `mcycle`.
    pub fn new(mcycle: u64) -> Self {
        let now = Instant::now();
        Progress {
            start: now,
            start_mcycle: mcycle,
            last: now,
            shown: false,
        }
    }

    /// Where the current slice of the run ends.
    pub fn slice_end(&self, mcycle: u64) -> u64 {
        mcycle.saturating_add(SLICE)
    }

    /// Redraws the line if enough time has passed.
    pub fn update(&mut self, mcycle: u64) {
        let now = Instant::now();
        if now.duration_since(self.last) < INTERVAL {
            return;
        }
        self.last = now;
        let secs = now.duration_since(self.start).as_secs_f64();
        let mips = (mcycle - self.start_mcycle) as f64 / secs / 1e6;
        eprint!("\r\x1b[Krivet: mcycle {mcycle}, {mips:.0} MIPS, {secs:.1} s");
        let _ = std::io::stderr().flush();
        self.shown = true;
    }

    /// Clears the line.
    pub fn finish(&self) {
        if self.shown {
            eprint!("\r\x1b[K");
        }
    }
}
