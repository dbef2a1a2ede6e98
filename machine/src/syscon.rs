//! The test/syscon device (`sifive,test0`, `syscon`) at [`crate::map::SYSCON_START`]: a guest
//! powers the machine off or reports a result by writing its one register at offset 0.
//!
//! | value written (low 16 bits) | effect |
//! |---|---|
//! | 0x5555 (pass / power off) | halt, exit code 0 |
//! | 0x3333 (fail) | halt, exit code = bits 31:16 of the value (a 4-byte write); 1 if that is 0 |
//! | 0x7777 (reset) | halt, exit code [`RESET_EXIT_CODE`] (rivet does not reboot a machine) |
//! | anything else | ignored |
//!
//! Writes of 2 or 4 bytes at offset 0 are accepted (OpenSBI writes 2 bytes, Linux's syscon
//! driver 4); the rest of the window reads 0 and ignores aligned 2- and 4-byte writes; other
//! accesses fault. The device holds no state: its effect is the machine's halt and exit code.

/// Exit code of a machine halted by a reset request (0x7777): reported like a guest exit
/// code, so it is distinguishable from a power off (0).
pub const RESET_EXIT_CODE: u64 = 0x7777;

/// Value of a power-off (pass) request.
pub const POWER_OFF: u32 = 0x5555;
/// Value of a failure request (the exit code goes in bits 31:16).
pub const FAIL: u32 = 0x3333;
/// Value of a reset request.
pub const RESET: u32 = 0x7777;

/// What a write to the device asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SysconAction {
    /// Halt with this exit code.
    Halt(u64),
    /// Nothing.
    None,
}

/// Whether a `len`-byte access at `offset` is accepted.
pub fn access_ok(offset: u64, len: u64) -> bool {
    (len == 2 || len == 4) && offset.is_multiple_of(len)
}

/// The effect of writing `value` (`len` bytes) at `offset`; `None` faults.
pub fn write(offset: u64, len: u64, value: u64) -> Option<SysconAction> {
    if !access_ok(offset, len) {
        return None;
    }
    if offset != 0 {
        return Some(SysconAction::None);
    }
    let value = value as u32 & if len == 2 { 0xffff } else { u32::MAX };
    Some(match value & 0xffff {
        POWER_OFF => SysconAction::Halt(0),
        FAIL => SysconAction::Halt(u64::from((value >> 16).max(1))),
        RESET => SysconAction::Halt(RESET_EXIT_CODE),
        _ => SysconAction::None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands() {
        // The values of QEMU's hw/misc/sifive_test.c (FINISHER_PASS/FAIL/RESET).
        assert_eq!(write(0, 4, 0x5555), Some(SysconAction::Halt(0)));
        assert_eq!(write(0, 2, 0x5555), Some(SysconAction::Halt(0)));
        assert_eq!(
            write(0, 4, (42 << 16) | 0x3333),
            Some(SysconAction::Halt(42))
        );
        assert_eq!(write(0, 4, 0x3333), Some(SysconAction::Halt(1)));
        assert_eq!(write(0, 4, 0x7777), Some(SysconAction::Halt(0x7777)));
        assert_eq!(write(0, 4, 0x1234), Some(SysconAction::None));
        assert_eq!(write(8, 4, 0x5555), Some(SysconAction::None));
        assert_eq!(write(0, 1, 0x55), None);
        assert_eq!(write(0, 8, 0x5555), None);
        assert_eq!(write(2, 4, 0x5555), None);
    }
}
