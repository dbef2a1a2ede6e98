//! The library facade: stepping to any mcycle, and reading and writing registers and CSRs
//! from the host.

use rivet::machine::map::RAM_START;
use rivet::{BreakReason, Config, Machine};

/// `addi a0, a0, 1` followed by `jal zero, -4` (an endless increment loop).
const LOOP: [u32; 2] = [0x0015_0513, 0xffdf_f06f];

fn machine() -> Machine {
    let image: Vec<u8> = LOOP.iter().flat_map(|w| w.to_le_bytes()).collect();
    Machine::from_raw_image(&Config::default(), &image).unwrap()
}

#[test]
fn run_to_any_mcycle_and_read_registers() {
    let mut m = machine();
    assert_eq!(m.run(7), BreakReason::ReachedTarget);
    assert_eq!(m.mcycle(), 7);
    // Instructions alternate addi, jal: 4 addis in 7 cycles.
    assert_eq!(m.hart().x[10], 4);
    assert_eq!(m.hart().pc, RAM_START + 4);
    m.hart_mut().x[10] = 100;
    assert_eq!(m.run(9), BreakReason::ReachedTarget);
    assert_eq!(m.hart().x[10], 101);
    assert_eq!(m.csr(0xb02), Some(9), "minstret");
    assert_eq!(m.csr(0xc00), Some(9), "cycle");
}

#[test]
fn csr_writes_are_legalised() {
    let mut m = machine();
    // mtvec with the reserved MODE 2 is ignored; MODE 1 is kept.
    m.set_csr(0x305, 0x8000_1002).unwrap();
    assert_eq!(m.csr(0x305), Some(0));
    m.set_csr(0x305, 0x8000_1001).unwrap();
    assert_eq!(m.csr(0x305), Some(0x8000_1001));
    // mepc bit 0 reads 0.
    m.set_csr(0x341, 0x8000_0003).unwrap();
    assert_eq!(m.csr(0x341), Some(0x8000_0002));
    // satp with an unsupported mode (Sv32 = 1) is ignored; Sv39 (8) is kept.
    m.set_csr(0x180, (1 << 60) | 0x1234).unwrap();
    assert_eq!(m.csr(0x180), Some(0));
    m.set_csr(0x180, (8 << 60) | 0x1234).unwrap();
    assert_eq!(m.csr(0x180), Some((8 << 60) | 0x1234));
    // misa is read-only: RV64 with A, C, D, F, I, M, S, U.
    m.set_csr(0x301, 0).unwrap();
    assert_eq!(m.csr(0x301), Some(0x8000_0000_0014_112d));
    // An unimplemented CSR.
    assert!(m.set_csr(0x7c0, 1).is_err());
    assert_eq!(m.csr(0x7c0), None);
}

#[test]
fn reset_state_points_a1_at_the_device_tree() {
    let m = machine();
    assert_eq!(m.hart().x[11], 0x7ff0_0000);
    assert_eq!(m.hart().x[10], 0, "a0 = hart id");
    let dtb = m.dtb().unwrap();
    assert_eq!(&dtb[..4], &[0xd0, 0x0d, 0xfe, 0xed]);
}
