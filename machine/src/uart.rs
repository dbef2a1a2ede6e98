//! The console UART: a 16550A (`ns16550a`) with byte-wide registers at offsets 0–7, its
//! interrupt on PLIC source [`PLIC_SOURCE`].
//!
//! Timing is a pure function of the state: a byte written to THR goes to the console at once,
//! so the transmitter is always empty (LSR reads THRE | TEMT) and the transmit-empty
//! interrupt is raised again by every THR write. There is no input in a reproducible machine:
//! the receiver never holds data.
//!
//! | offset | read | write |
//! |---|---|---|
//! | 0 | RBR (always 0) / DLL when LCR.DLAB | THR / DLL when LCR.DLAB |
//! | 1 | IER / DLM when LCR.DLAB | IER (bits 3:0) / DLM when LCR.DLAB |
//! | 2 | IIR | FCR |
//! | 3 | LCR | LCR |
//! | 4 | MCR | MCR (bits 4:0) |
//! | 5 | LSR: 0x60 (THRE, TEMT) | ignored |
//! | 6 | MSR: DCD, DSR, CTS; in loopback (MCR bit 4) the MCR outputs | ignored |
//! | 7 | SCR | SCR |
//!
//! Interrupts: the only source is THR empty (IIR = 0x02). It is raised when a byte is written
//! to THR and when IER.ETBEI goes from 0 to 1 (the transmitter being empty), and cleared by a
//! read of IIR that reports it. The interrupt line is high while IER.ETBEI is set and the
//! THR-empty interrupt is raised. Registers take 1-byte accesses only (others fault); offsets
//! 8 and up read 0 and ignore writes.

/// PLIC source of the UART's interrupt.
pub const PLIC_SOURCE: u32 = 10;
/// Input clock frequency (the DTB's `clock-frequency`; only the divisor latch uses it).
pub const CLOCK_FREQUENCY: u32 = 3_686_400;

/// IER: enable transmit-holding-register-empty interrupt.
pub const IER_ETBEI: u8 = 0x02;
/// LCR: divisor latch access bit.
pub const LCR_DLAB: u8 = 0x80;
/// MCR: loopback.
pub const MCR_LOOP: u8 = 0x10;
/// LSR: transmit holding register empty.
pub const LSR_THRE: u8 = 0x20;
/// LSR: transmitter empty.
pub const LSR_TEMT: u8 = 0x40;
/// IIR: no interrupt pending.
pub const IIR_NONE: u8 = 0x01;
/// IIR: transmit holding register empty.
pub const IIR_THRE: u8 = 0x02;
/// IIR bits 7:6 when the FIFOs are enabled.
pub const IIR_FIFO: u8 = 0xc0;
/// MSR: clear to send, data set ready, data carrier detect (the modem lines when not in
/// loopback).
pub const MSR_IDLE: u8 = 0xb0;

/// UART registers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Uart {
    /// Interrupt enable register (bits 3:0).
    pub ier: u8,
    /// Line control register.
    pub lcr: u8,
    /// Modem control register (bits 4:0).
    pub mcr: u8,
    /// Scratch register.
    pub scr: u8,
    /// FIFO control: bit 0 = FIFOs enabled (the only bit kept).
    pub fcr: u8,
    /// Divisor latch, low byte.
    pub dll: u8,
    /// Divisor latch, high byte.
    pub dlm: u8,
    /// The THR-empty interrupt is raised.
    pub thre_pending: bool,
}

impl Uart {
    /// The interrupt line (to the PLIC).
    pub fn irq(&self) -> bool {
        self.thre_pending && self.ier & IER_ETBEI != 0
    }

    fn iir(&self) -> u8 {
        let fifo = if self.fcr & 1 != 0 { IIR_FIFO } else { 0 };
        fifo | if self.irq() { IIR_THRE } else { IIR_NONE }
    }

    /// Reads the register at `offset` (1-byte accesses only; `None` faults).
    pub fn read(&mut self, offset: u64, len: u64) -> Option<u8> {
        if len != 1 {
            return None;
        }
        let dlab = self.lcr & LCR_DLAB != 0;
        Some(match offset {
            0 if dlab => self.dll,
            0 => 0,
            1 if dlab => self.dlm,
            1 => self.ier,
            2 => {
                let iir = self.iir();
                if iir & 0x0f == IIR_THRE {
                    // Reading IIR while it reports THR empty clears that interrupt.
                    self.thre_pending = false;
                }
                iir
            }
            3 => self.lcr,
            4 => self.mcr,
            5 => LSR_THRE | LSR_TEMT,
            6 => self.msr(),
            7 => self.scr,
            _ => 0,
        })
    }

    fn msr(&self) -> u8 {
        if self.mcr & MCR_LOOP != 0 {
            // Loopback: RTS -> CTS, DTR -> DSR, OUT1 -> RI, OUT2 -> DCD.
            let m = self.mcr;
            ((m & 0x02) << 3) | ((m & 0x01) << 5) | ((m & 0x04) << 4) | ((m & 0x08) << 4)
        } else {
            MSR_IDLE
        }
    }

    /// Writes the register at `offset` (1-byte accesses only; `None` faults). Returns the
    /// byte to send to the console, if any (`Some(None)`: written, nothing to send).
    pub fn write(&mut self, offset: u64, len: u64, value: u8) -> Option<Option<u8>> {
        if len != 1 {
            return None;
        }
        let dlab = self.lcr & LCR_DLAB != 0;
        match offset {
            0 if dlab => self.dll = value,
            0 => {
                // Sent at once: the transmitter is empty again, which raises the interrupt.
                self.thre_pending = true;
                // In loopback the byte goes to the (absent) receiver instead of the line.
                return Some((self.mcr & MCR_LOOP == 0).then_some(value));
            }
            1 if dlab => self.dlm = value,
            1 => {
                let new = value & 0x0f;
                if new & IER_ETBEI != 0 && self.ier & IER_ETBEI == 0 {
                    self.thre_pending = true;
                }
                self.ier = new;
            }
            2 => self.fcr = value & 1,
            3 => self.lcr = value,
            4 => self.mcr = value & 0x1f,
            7 => self.scr = value,
            _ => {}
        }
        Some(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Register offsets and bit values below are those of the 16550A data sheet (and Linux's
    // include/uapi/linux/serial_reg.h), written out rather than taken from this module.

    #[test]
    fn transmit_goes_out_at_once_and_raises_thr_empty() {
        let mut u = Uart::default();
        assert_eq!(u.read(5, 1), Some(0x60), "LSR: THRE and TEMT");
        assert_eq!(u.read(2, 1), Some(0x01), "IIR: no interrupt");
        assert_eq!(u.write(0, 1, b'A'), Some(Some(b'A')));
        assert!(!u.irq(), "ETBEI is off");
        u.write(1, 1, 0x02);
        assert!(u.irq());
        assert_eq!(u.read(2, 1), Some(0x02), "IIR: THR empty");
        assert!(!u.irq(), "reading IIR cleared it");
        assert_eq!(u.read(2, 1), Some(0x01));
        u.write(0, 1, b'B');
        assert!(u.irq(), "the next byte raises it again");
    }

    #[test]
    fn enabling_etbei_with_an_empty_transmitter_interrupts_each_time() {
        // Linux's serial8250_do_startup checks this (the UART_BUG_THRE test): IER = THRI,
        // read IIR, IER = 0, IER = THRI, read IIR: both reads must report THR empty.
        let mut u = Uart::default();
        u.write(1, 1, 0x02);
        assert_eq!(u.read(2, 1), Some(0x02));
        u.write(1, 1, 0);
        u.write(1, 1, 0x02);
        assert_eq!(u.read(2, 1), Some(0x02));
        // Rewriting IER with ETBEI already set does not raise it again.
        u.write(1, 1, 0x03);
        assert_eq!(u.read(2, 1), Some(0x01));
    }

    #[test]
    fn fifo_bits_divisor_latch_and_loopback() {
        let mut u = Uart::default();
        u.write(2, 1, 0x07);
        assert_eq!(u.read(2, 1), Some(0xc1), "FIFOs enabled, no interrupt");
        u.write(3, 1, 0x83);
        u.write(0, 1, 0x0c);
        u.write(1, 1, 0x00);
        assert_eq!(u.read(0, 1), Some(0x0c), "DLL");
        assert_eq!(u.ier, 0, "DLM write did not touch IER");
        u.write(3, 1, 0x03);
        assert_eq!(u.read(3, 1), Some(0x03));
        assert_eq!(u.read(6, 1), Some(0xb0), "MSR: DCD, DSR, CTS");
        // Loopback: MCR = LOOP | OUT2 | RTS -> MSR = DCD | CTS; bytes do not reach the line.
        u.write(4, 1, 0x1a);
        assert_eq!(u.read(6, 1), Some(0x90));
        assert_eq!(u.write(0, 1, b'x'), Some(None));
        u.write(7, 1, 0x5a);
        assert_eq!(u.read(7, 1), Some(0x5a));
        assert_eq!(u.read(0, 4), None);
        assert_eq!(u.write(0, 2, 0), None);
    }
}
