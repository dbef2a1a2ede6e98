//! The PLIC (platform-level interrupt controller, SiFive layout): interrupt sources 1–31 and
//! two contexts, context 0 = hart 0 M mode (drives `mip.MEIP`), context 1 = hart 0 S mode
//! (drives the external part of `mip.SEIP`).
//!
//! | offset | register | |
//! |---|---|---|
//! | 0x000000 + 4·i | priority of source i (1–31) | 3 bits (0 = never interrupts) |
//! | 0x001000 | pending bits of sources 0–31 | read-only |
//! | 0x002000 + 0x80·c | enable bits of context c | bit 0 reads 0 |
//! | 0x200000 + 0x1000·c | priority threshold of context c | 3 bits |
//! | 0x200004 + 0x1000·c | claim (read) / complete (write) of context c | |
//!
//! Registers take aligned 4-byte accesses only (other accesses fault); other offsets in the
//! window read 0 and ignore writes.
//!
//! Gateways are level-triggered, as devices here drive levels: a source is pending while its
//! level is high and it is not claimed (in flight); a claim clears its pending bit and puts it
//! in flight until the matching complete, after which it becomes pending again if its level is
//! still high. The pending bits are recomputed from the levels by [`Plic::set_levels`], which
//! the machine calls after every access that can change a level or the PLIC.
//!
//! A context's interrupt line is high when some source is pending, enabled for it and has a
//! priority above the context's threshold. A claim returns the pending enabled source of
//! highest priority above the threshold (ties: the lowest ID), or 0.

/// Number of interrupt source IDs, including the reserved ID 0 (`riscv,ndev` = 31).
pub const SOURCES: usize = 32;
/// Number of contexts.
pub const CONTEXTS: usize = 2;
/// Largest priority (priorities and thresholds have 3 bits).
pub const MAX_PRIORITY: u32 = 7;

/// Offset of the pending bits.
pub const PENDING: u64 = 0x1000;
/// Offset of context 0's enable bits (context c: + 0x80·c).
pub const ENABLE: u64 = 0x2000;
/// Offset of context 0's threshold (context c: + 0x1000·c); claim/complete is 4 bytes after.
pub const CONTEXT: u64 = 0x20_0000;

/// Mask of the source IDs that exist (bit 0, the reserved ID, is never set).
const SOURCE_MASK: u32 = !1;

/// PLIC state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plic {
    /// Priority of each source (index 0 is always 0).
    pub priority: [u32; SOURCES],
    /// Pending bits (bit i = source i).
    pub pending: u32,
    /// Sources claimed and not yet completed (in flight).
    pub claimed: u32,
    /// Enable bits of each context.
    pub enable: [u32; CONTEXTS],
    /// Priority threshold of each context.
    pub threshold: [u32; CONTEXTS],
}

impl Plic {
    /// Recomputes the pending bits from the sources' levels (bit i = level of source i).
    pub fn set_levels(&mut self, levels: u32) {
        self.pending = levels & !self.claimed & SOURCE_MASK;
    }

    /// The source that a claim by `context` would return (0 if none).
    fn best(&self, context: usize) -> u32 {
        let candidates = self.pending & self.enable[context];
        let mut best = 0;
        let mut best_priority = self.threshold[context];
        for id in 1..SOURCES {
            if candidates & (1 << id) != 0 && self.priority[id] > best_priority {
                best = id as u32;
                best_priority = self.priority[id];
            }
        }
        best
    }

    /// Whether `context`'s interrupt line is high.
    pub fn line(&self, context: usize) -> bool {
        self.best(context) != 0
    }

    /// Reads the 4 bytes at `offset`; `None` faults.
    pub fn read(&mut self, offset: u64, len: u64) -> Option<u32> {
        if len != 4 || !offset.is_multiple_of(4) {
            return None;
        }
        Some(match offset {
            0..0x80 => self.priority[(offset / 4) as usize],
            PENDING => self.pending,
            _ => match Self::context_register(offset) {
                Some((c, Register::Enable)) => self.enable[c],
                Some((c, Register::Threshold)) => self.threshold[c],
                Some((c, Register::Claim)) => {
                    let id = self.best(c);
                    if id != 0 {
                        self.pending &= !(1 << id);
                        self.claimed |= 1 << id;
                    }
                    id
                }
                None => 0,
            },
        })
    }

    /// Writes `value` (4 bytes) at `offset`; `false` faults.
    pub fn write(&mut self, offset: u64, len: u64, value: u32) -> bool {
        if len != 4 || !offset.is_multiple_of(4) {
            return false;
        }
        match offset {
            // Source 0 does not exist: its priority stays 0.
            4..0x80 => self.priority[(offset / 4) as usize] = value & MAX_PRIORITY,
            _ => match Self::context_register(offset) {
                Some((c, Register::Enable)) => self.enable[c] = value & SOURCE_MASK,
                Some((c, Register::Threshold)) => self.threshold[c] = value & MAX_PRIORITY,
                // A completion for a source not enabled for the context is ignored.
                Some((c, Register::Claim))
                    if (value as usize) < SOURCES && self.enable[c] & (1 << value) != 0 =>
                {
                    self.claimed &= !(1 << value);
                }
                Some((_, Register::Claim)) | None => {}
            },
        }
        true
    }

    /// Which per-context register `offset` is, if any.
    fn context_register(offset: u64) -> Option<(usize, Register)> {
        if (ENABLE..ENABLE + 0x80 * CONTEXTS as u64).contains(&offset) {
            // Only the first word (sources 0–31) of each context's enable block exists.
            let rel = offset - ENABLE;
            return rel
                .is_multiple_of(0x80)
                .then_some(((rel / 0x80) as usize, Register::Enable));
        }
        if (CONTEXT..CONTEXT + 0x1000 * CONTEXTS as u64).contains(&offset) {
            let rel = offset - CONTEXT;
            let c = (rel / 0x1000) as usize;
            return match rel % 0x1000 {
                0 => Some((c, Register::Threshold)),
                4 => Some((c, Register::Claim)),
                _ => None,
            };
        }
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Register {
    Enable,
    Threshold,
    Claim,
}

#[cfg(test)]
mod tests {
    use super::*;

    const UART: u32 = 10;

    fn claim(p: &mut Plic, c: u64) -> u32 {
        p.read(CONTEXT + 0x1000 * c + 4, 4).unwrap()
    }

    #[test]
    fn a_level_reaches_only_enabled_contexts_above_threshold() {
        let mut p = Plic::default();
        p.set_levels(1 << UART);
        assert_eq!(p.read(PENDING, 4), Some(1 << UART));
        // Priority 0 never interrupts.
        assert!(p.write(ENABLE + 0x80, 4, 1 << UART));
        assert!(!p.line(1));
        assert!(p.write(4 * UART as u64, 4, 0xff));
        assert_eq!(
            p.read(4 * UART as u64, 4),
            Some(7),
            "priorities have 3 bits"
        );
        assert!(p.line(1));
        assert!(!p.line(0), "context 0 has not enabled it");
        // Threshold 7 masks priority 7; threshold 6 does not.
        assert!(p.write(CONTEXT + 0x1000, 4, 7));
        assert!(!p.line(1));
        assert_eq!(claim(&mut p, 1), 0, "nothing above the threshold to claim");
        assert!(p.write(CONTEXT + 0x1000, 4, 6));
        assert!(p.line(1));
    }

    #[test]
    fn claim_and_complete_follow_the_level_triggered_gateway() {
        let mut p = Plic::default();
        p.write(4 * UART as u64, 4, 1);
        p.write(ENABLE + 0x80, 4, 1 << UART);
        p.set_levels(1 << UART);
        assert_eq!(claim(&mut p, 1), UART);
        assert_eq!(p.pending, 0, "claimed: no longer pending");
        assert!(!p.line(1));
        // While in flight, a high level does not make it pending again.
        p.set_levels(1 << UART);
        assert_eq!(p.pending, 0);
        assert_eq!(claim(&mut p, 1), 0);
        // Completing a source the context has not enabled is ignored.
        p.write(CONTEXT + 0x1000 + 4, 4, 3);
        p.write(CONTEXT + 4, 4, UART);
        p.set_levels(1 << UART);
        assert_eq!(
            p.pending, 0,
            "context 0 has not enabled it: still in flight"
        );
        // The right completion: pending again while the level stays high.
        p.write(CONTEXT + 0x1000 + 4, 4, UART);
        p.set_levels(1 << UART);
        assert_eq!(p.pending, 1 << UART);
        p.set_levels(0);
        assert_eq!(p.pending, 0);
    }

    #[test]
    fn claim_picks_the_highest_priority_then_the_lowest_id() {
        let mut p = Plic::default();
        for (id, prio) in [(3, 2), (5, 6), (9, 6), (20, 1)] {
            p.write(4 * id, 4, prio);
        }
        p.write(ENABLE, 4, u32::MAX);
        assert_eq!(p.enable[0], !1, "source 0 cannot be enabled");
        p.set_levels((1 << 3) | (1 << 5) | (1 << 9) | (1 << 20) | 1);
        assert_eq!(p.pending & 1, 0, "source 0 never pends");
        assert_eq!(claim(&mut p, 0), 5);
        assert_eq!(claim(&mut p, 0), 9);
        assert_eq!(claim(&mut p, 0), 3);
        assert_eq!(claim(&mut p, 0), 20);
        assert_eq!(claim(&mut p, 0), 0);
    }

    #[test]
    fn access_rules() {
        let mut p = Plic::default();
        assert_eq!(p.read(4, 2), None);
        assert_eq!(p.read(6, 4), None);
        assert!(!p.write(8, 8, 1));
        assert!(p.write(0, 4, 5), "source 0's priority ignores writes");
        assert_eq!(p.read(0, 4), Some(0));
        assert!(p.write(PENDING, 4, u32::MAX), "pending is read-only");
        assert_eq!(p.read(PENDING, 4), Some(0));
        assert_eq!(p.read(ENABLE + 4, 4), Some(0), "sources 32+ do not exist");
        assert_eq!(
            p.read(CONTEXT + 0x2000, 4),
            Some(0),
            "context 2 does not exist"
        );
        assert_eq!(p.read(0x3ff_fffc, 4), Some(0));
    }
}
