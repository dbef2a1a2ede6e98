//! The Linux devices end to end, without Linux: small hand-assembled M-mode programs (raw
//! images) drive the UART, the PLIC and the test/syscon device through the interpreter.
//! Register offsets and values come from the 16550A data sheet, the SiFive PLIC layout and
//! QEMU's `virt` board (UART on PLIC source 10, syscon 0x5555 / 0x3333).

use std::io::Write;
use std::sync::{Arc, Mutex};

use rivet::machine::map::RAM_START;
use rivet::{BreakReason, Config, Machine};

// ----- a tiny RV64 encoder (base instruction formats of the unprivileged specification) ----

fn i_type(imm: i32, rs1: u32, f3: u32, rd: u32, op: u32) -> u32 {
    ((imm as u32 & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op
}
fn s_type(imm: i32, rs2: u32, rs1: u32, f3: u32) -> u32 {
    let imm = imm as u32 & 0xfff;
    ((imm >> 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 0x1f) << 7) | 0x23
}
fn lui(rd: u32, imm20: u32) -> u32 {
    (imm20 << 12) | (rd << 7) | 0x37
}
fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(imm, rs1, 0, rd, 0x13)
}
fn slli(rd: u32, rs1: u32, sh: i32) -> u32 {
    i_type(sh, rs1, 1, rd, 0x13)
}
fn or(rd: u32, rs1: u32, rs2: u32) -> u32 {
    (rs2 << 20) | (rs1 << 15) | (6 << 12) | (rd << 7) | 0x33
}
fn lw(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(imm, rs1, 2, rd, 0x03)
}
fn lbu(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(imm, rs1, 4, rd, 0x03)
}
fn sb(rs2: u32, rs1: u32, imm: i32) -> u32 {
    s_type(imm, rs2, rs1, 0)
}
fn sw(rs2: u32, rs1: u32, imm: i32) -> u32 {
    s_type(imm, rs2, rs1, 2)
}
fn csrrw(rd: u32, csr: i32, rs1: u32) -> u32 {
    i_type(csr, rs1, 1, rd, 0x73)
}
fn csrrs(rd: u32, csr: i32, rs1: u32) -> u32 {
    i_type(csr, rs1, 2, rd, 0x73)
}
fn auipc(rd: u32, imm20: u32) -> u32 {
    (imm20 << 12) | (rd << 7) | 0x17
}
/// `jal x0, 0`: an endless loop.
const SPIN: u32 = 0x0000_006f;

const T0: u32 = 5;
const T1: u32 = 6;
const T2: u32 = 7;
const T3: u32 = 28;
const T4: u32 = 29;
const T5: u32 = 30;
const MTVEC: i32 = 0x305;
const MIE: i32 = 0x304;
const MSTATUS: i32 = 0x300;

#[derive(Clone, Default)]
struct Console(Arc<Mutex<Vec<u8>>>);

impl Write for Console {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn machine(program: &[u32]) -> (Machine, Console) {
    let image: Vec<u8> = program.iter().flat_map(|w| w.to_le_bytes()).collect();
    let mut m = Machine::from_raw_image(&Config::default(), &image).unwrap();
    let console = Console::default();
    m.set_console(Box::new(console.clone()));
    (m, console)
}

#[test]
fn uart_prints_and_syscon_powers_off() {
    let mut program = vec![lui(T0, 0x10000)]; // t0 = UART
    for &b in b"ok\n" {
        program.extend([addi(T1, 0, i32::from(b)), sb(T1, T0, 0)]);
    }
    program.extend([
        lbu(T2, T0, 5),      // LSR
        lui(T0, 0x100),      // t0 = syscon
        lui(T1, 0x5),        // 0x5000
        addi(T1, T1, 0x555), // 0x5555: power off
        sw(T1, T0, 0),
        SPIN,
    ]);
    let (mut m, console) = machine(&program);
    assert_eq!(m.run(1000), BreakReason::Halted(0));
    assert_eq!(console.0.lock().unwrap().as_slice(), b"ok\n");
    assert_eq!(m.hart().x[T2 as usize], 0x60, "LSR: THRE | TEMT");
    // Halted right after the store: 3 × 2 + 6 instructions.
    assert_eq!(m.mcycle(), 12);
}

#[test]
fn syscon_fail_carries_the_exit_code() {
    let program = [
        lui(T0, 0x100),
        lui(T1, 42),     // 42 << 12
        slli(T1, T1, 4), // 42 << 16
        lui(T2, 0x3),
        addi(T2, T2, 0x333),
        or(T1, T1, T2), // (42 << 16) | 0x3333
        sw(T1, T0, 0),
        SPIN,
    ];
    let (mut m, _) = machine(&program);
    assert_eq!(m.run(1000), BreakReason::Halted(42));
}

#[test]
fn uart_thr_empty_interrupt_reaches_m_mode_through_the_plic() {
    // The handler starts at word 32.
    const HANDLER: usize = 32;
    let mut program = vec![
        lui(T0, 0x0c000), // t0 = PLIC
        addi(T1, 0, 1),
        sw(T1, T0, 4 * 10), // priority[10] = 1
        lui(T2, 0x0c002),   // context 0 enables
        addi(T1, 0, 1024),
        sw(T1, T2, 0), // enable source 10 for context 0 (M)
        auipc(T3, 0),
        addi(T3, T3, 4 * (HANDLER as i32 - 6)),
        csrrw(0, MTVEC, T3), // mtvec = handler
        lui(T1, 1),
        addi(T1, T1, -2048), // 0x800 = MEIE
        csrrs(0, MIE, T1),
        addi(T1, 0, 8),
        csrrs(0, MSTATUS, T1), // MIE
        lui(T4, 0x10000),      // t4 = UART
        addi(T1, 0, 2),
        sb(T1, T4, 1), // IER = ETBEI: THR is empty, so this interrupts
        SPIN,          // word 17: mepc
    ];
    program.resize(HANDLER, SPIN);
    program.extend([
        lui(T0, 0x0c200), // context 0 threshold; claim/complete at +4
        lw(T5, T0, 4),    // claim
        lbu(T2, T4, 2),   // IIR: THR empty (0x02), reading it clears it
        sw(T5, T0, 4),    // complete
        lui(T0, 0x100),
        slli(T1, T5, 16),
        lui(T2, 0x3),
        addi(T2, T2, 0x333),
        or(T1, T1, T2),
        sw(T1, T0, 0), // fail with exit code = the claimed source
        SPIN,
    ]);
    let (mut m, _) = machine(&program);
    assert_eq!(m.run(10_000), BreakReason::Halted(10), "claimed source 10");
    assert_eq!(
        m.csr(0x342),
        Some((1 << 63) | 11),
        "mcause: machine external interrupt"
    );
    assert_eq!(
        m.csr(0x341),
        Some(RAM_START + 4 * 17),
        "mepc: after the IER store"
    );
    // mip.MEIP (bit 11) is clear: the claim took the source, IIR read cleared the UART.
    assert_eq!(m.csr(0x344).map(|mip| mip & (1 << 11)), Some(0));
    assert!(!m.state().uart.thre_pending);
    assert_eq!(m.state().plic.claimed, 0, "completed");
}
