//! HTIF, the host-target interface of Spike and the riscv-tests (DESIGN §2).
//!
//! `tohost` = DEV[63:56] | CMD[55:48] | PAYLOAD[47:0]. Commands are handled the moment a write
//! completes the high word of `tohost` (a 64-bit store, or the 32-bit store to `tohost + 4`);
//! the low word alone does nothing, since upstream test environments store it first.
//!
//! | DEV | CMD | meaning |
//! |---|---|---|
//! | 0 | 0 | payload bit 0 set: halt with exit code `payload >> 1`; otherwise ignored (no syscall proxy) |
//! | 1 | 1 | write the byte `payload & 0xff` to the console; `fromhost` = `1 << 56 \| 1 << 48 \| 0x100 \| byte` |
//! | 2 | any | yield to the host: the run returns [`crate::machine::RunStop::Yield`] |
//!
//! Every handled or ignored command clears `tohost` to 0, as Spike and QEMU do, so guests that
//! poll either register for completion make progress.

/// Where the HTIF registers live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtifPlacement {
    /// A device window of its own (default [`crate::map::HTIF_START`], or an ELF's `tohost`
    /// symbol outside every memory range): the registers are device state in the shadow page.
    Mmio {
        /// Address of `tohost`; `fromhost` is at `tohost + 8`... unless the ELF said otherwise.
        tohost: u64,
        /// Address of `fromhost`.
        fromhost: u64,
    },
    /// Inside RAM, at an ELF's `tohost`/`fromhost` symbols: the registers are ordinary RAM words
    /// (committed with RAM); stores to them are watched.
    Ram {
        /// Address of `tohost`.
        tohost: u64,
        /// Address of `fromhost`.
        fromhost: u64,
    },
}

impl HtifPlacement {
    /// Address of `tohost`.
    pub fn tohost(&self) -> u64 {
        match *self {
            HtifPlacement::Mmio { tohost, .. } | HtifPlacement::Ram { tohost, .. } => tohost,
        }
    }

    /// Address of `fromhost`.
    pub fn fromhost(&self) -> u64 {
        match *self {
            HtifPlacement::Mmio { fromhost, .. } | HtifPlacement::Ram { fromhost, .. } => fromhost,
        }
    }
}

/// The HTIF device's registers (used in [`HtifPlacement::Mmio`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Htif {
    /// Placement of the registers.
    pub placement: HtifPlacement,
    /// `tohost` (MMIO placement only).
    pub tohost: u64,
    /// `fromhost` (MMIO placement only).
    pub fromhost: u64,
}

/// What a `tohost` command asks of the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtifAction {
    /// Stop the machine with this exit code.
    Halt(u64),
    /// Write this byte to the console; `fromhost` takes the acknowledgement value.
    Console {
        /// The byte.
        byte: u8,
        /// The value for `fromhost`.
        ack: u64,
    },
    /// Yield to the host with this command and payload.
    Yield {
        /// CMD field.
        cmd: u8,
        /// PAYLOAD field.
        payload: u64,
    },
    /// Nothing to do (unsupported command); `tohost` is still cleared.
    Ignore,
}

/// Decodes a complete `tohost` value into what the machine must do.
pub fn decode_command(tohost: u64) -> HtifAction {
    let dev = (tohost >> 56) as u8;
    let cmd = (tohost >> 48) as u8;
    let payload = tohost & ((1 << 48) - 1);
    match (dev, cmd) {
        (0, 0) if payload & 1 == 1 => HtifAction::Halt(payload >> 1),
        (1, 1) => {
            let byte = payload as u8;
            HtifAction::Console {
                byte,
                ack: (1 << 56) | (1 << 48) | 0x100 | u64::from(byte),
            }
        }
        (2, _) => HtifAction::Yield { cmd, payload },
        _ => HtifAction::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halt_codes() {
        assert_eq!(decode_command(1), HtifAction::Halt(0));
        assert_eq!(decode_command((7 << 1) | 1), HtifAction::Halt(7));
        // Even payload on DEV 0 is a syscall-proxy pointer, which rivet does not support.
        assert_eq!(decode_command(0x8000_1000), HtifAction::Ignore);
    }

    #[test]
    fn console_and_yield() {
        assert_eq!(
            decode_command((1 << 56) | (1 << 48) | u64::from(b'A')),
            HtifAction::Console {
                byte: b'A',
                ack: 0x0101_0000_0000_0141
            }
        );
        assert_eq!(
            decode_command((2 << 56) | (1 << 48) | 42),
            HtifAction::Yield {
                cmd: 1,
                payload: 42
            }
        );
        // DEV 1 CMD 0 (getchar) is not reproducible input: ignored.
        assert_eq!(decode_command(1 << 56), HtifAction::Ignore);
    }
}
