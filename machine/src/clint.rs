//! The CLINT (core-local interruptor, SiFive layout): `msip`, `mtimecmp` and `mtime`.
//!
//! Time is derived from the clock (DESIGN §3.2): `mtime = mcycle / RTC_DIV`. `mtime` is
//! read-only here (writes are ignored): the clock is the one source of time.
//!
//! | offset | register | access |
//! |---|---|---|
//! | 0x0000 | `msip` (hart 0), bit 0 | 4 bytes (8 also covers a hart 1 that does not exist) |
//! | 0x4000 | `mtimecmp` (hart 0) | 4 or 8 bytes |
//! | 0xbff8 | `mtime` | 4 or 8 bytes, read-only |
//!
//! Other offsets in the window read 0 and ignore writes.

/// Clock cycles per `mtime` tick. With one instruction per cycle and a nominal 1 GHz clock,
/// this makes the timebase 10 MHz (the DTB's `timebase-frequency`).
pub const RTC_DIV: u64 = 100;
/// `timebase-frequency` of the device tree.
pub const TIMEBASE_FREQUENCY: u64 = 10_000_000;

/// Offset of `msip`.
pub const MSIP: u64 = 0x0;
/// Offset of `mtimecmp`.
pub const MTIMECMP: u64 = 0x4000;
/// Offset of `mtime`.
pub const MTIME: u64 = 0xbff8;

/// CLINT registers (hart 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clint {
    /// `msip`: bit 0 raises the machine software interrupt.
    pub msip: u32,
    /// `mtimecmp`: the machine timer interrupt is pending while `mtime >= mtimecmp`.
    pub mtimecmp: u64,
}

impl Default for Clint {
    fn default() -> Self {
        // mtimecmp resets to its maximum, so no timer interrupt is pending at reset.
        Clint {
            msip: 0,
            mtimecmp: u64::MAX,
        }
    }
}

/// `mtime` at clock `mcycle`.
#[inline]
pub fn mtime(mcycle: u64) -> u64 {
    mcycle / RTC_DIV
}

impl Clint {
    /// Whether the timer interrupt is pending at clock `mcycle`.
    #[inline]
    pub fn timer_pending(&self, mcycle: u64) -> bool {
        mtime(mcycle) >= self.mtimecmp
    }

    /// The first clock value at which the timer interrupt is pending (`u64::MAX` if never).
    pub fn timer_deadline(&self) -> u64 {
        self.mtimecmp.saturating_mul(RTC_DIV)
    }

    /// Reads `len` bytes at `offset`; `None` faults.
    pub fn read(&self, offset: u64, len: u64, mcycle: u64) -> Option<u64> {
        let reg = |base: u64, value: u64| -> Option<u64> {
            let shift = offset - base;
            match (len, shift) {
                (8, 0) => Some(value),
                (4, 0) => Some(value & 0xffff_ffff),
                (4, 4) => Some(value >> 32),
                _ => None,
            }
        };
        match offset {
            MSIP if len == 4 || len == 8 => Some(u64::from(self.msip)),
            MTIMECMP..=0x4007 => reg(MTIMECMP, self.mtimecmp),
            MTIME..=0xbfff => reg(MTIME, mtime(mcycle)),
            _ if (len == 4 || len == 8) && offset.is_multiple_of(len) => Some(0),
            _ => None,
        }
    }

    /// Writes `len` bytes at `offset`; `false` faults.
    pub fn write(&mut self, offset: u64, len: u64, value: u64) -> bool {
        match offset {
            // An 8-byte access also covers the msip of hart 1, which does not exist.
            MSIP if len == 4 || len == 8 => {
                self.msip = (value & 1) as u32;
                true
            }
            MTIMECMP..=0x4007 => match (len, offset - MTIMECMP) {
                (8, 0) => {
                    self.mtimecmp = value;
                    true
                }
                (4, 0) => {
                    self.mtimecmp = (self.mtimecmp & !0xffff_ffff) | (value & 0xffff_ffff);
                    true
                }
                (4, 4) => {
                    self.mtimecmp = (self.mtimecmp & 0xffff_ffff) | (value << 32);
                    true
                }
                _ => false,
            },
            _ => (len == 4 || len == 8) && offset.is_multiple_of(len),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_and_deadline() {
        let mut c = Clint::default();
        assert!(!c.timer_pending(u64::MAX));
        assert_eq!(c.timer_deadline(), u64::MAX);
        assert!(c.write(MTIMECMP, 8, 5));
        assert_eq!(c.timer_deadline(), 500);
        assert!(!c.timer_pending(499));
        assert!(c.timer_pending(500));
        assert_eq!(c.read(MTIME, 8, 1234), Some(12));
        assert_eq!(c.read(MTIME + 4, 4, 1234), Some(0));
        assert!(c.write(MTIMECMP + 4, 4, 1));
        assert_eq!(c.mtimecmp, (1 << 32) | 5);
        assert!(c.write(MSIP, 4, 3));
        assert_eq!(c.msip, 1);
        assert!(c.write(MSIP, 8, 0x1_0000_0000));
        assert_eq!(c.msip, 0);
        assert!(!c.write(MSIP + 2, 2, 1));
        assert_eq!(c.read(0x100, 2, 0), None);
    }
}
