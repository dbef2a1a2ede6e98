//! Corner cases of PMP, page walks and stepping found in review, each checked against the
//! privileged specification (v1.12): section numbers are given with each test.

use rivet_interp::{BreakReason, Interpreter};
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig, Privilege};

/// `addi a0, a0, 1`
const ADDI_A0: u32 = 0x0015_0513;
/// `ld a1, 0(a2)`
const LD_A1_A2: u32 = 0x0006_3583;
/// `wfi`
const WFI: u32 = 0x1050_0073;

const R: u8 = 1;
const W: u8 = 2;
const X: u8 = 4;
const TOR: u8 = 0x08;
const NAPOT: u8 = 0x18;

fn machine(words: &[(u64, u32)]) -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    for &(offset, word) in words {
        m.write_memory(RAM_START + offset, &word.to_le_bytes())
            .unwrap();
    }
    m.hart.mtvec = RAM_START + 0x800;
    m
}

fn allow_all(m: &mut Machine, entry: usize) {
    m.hart.pmpaddr[entry] = (1 << 54) - 1;
    m.hart.pmpcfg[entry] = NAPOT | R | W | X;
}

/// §3.7.1: PMP must allow every byte of an access. A 4-byte instruction at 2 mod 4 whose
/// upper parcel lies in a non-executable granule raises an instruction access fault with
/// `mtval` = the upper parcel's address.
#[test]
fn pmp_checks_both_parcels_of_a_fetch() {
    let mut m = machine(&[]);
    m.write_memory(RAM_START + 0x102, &ADDI_A0.to_le_bytes())
        .unwrap();
    m.hart.pmpaddr[0] = (RAM_START + 0x104) >> 2;
    m.hart.pmpcfg[0] = TOR | R | W | X;
    m.hart.pmpaddr[1] = (RAM_START + 0x10_0000) >> 2;
    m.hart.pmpcfg[1] = TOR | R | W;
    m.hart.privilege = Privilege::User;
    m.hart.pc = RAM_START + 0x102;
    Interpreter::new().run(&mut m, 1);
    assert_eq!(m.hart.x[10], 0, "not executed");
    assert_eq!(m.hart.mcause, 1, "instruction access fault");
    assert_eq!(m.hart.mtval, RAM_START + 0x104);
    assert_eq!(m.hart.mepc, RAM_START + 0x102);
}

/// §3.7.1: "If pmpaddr(i-1) >= pmpaddr(i) and pmpcfg(i).A = TOR, then PMP entry i matches no
/// addresses." So a load straddling that empty range is decided by the next entry.
#[test]
fn empty_or_inverted_tor_ranges_match_nothing() {
    for (lo, hi) in [(0x1800, 0x1800), (0x1804, 0x1800)] {
        let mut m = machine(&[(0, LD_A1_A2)]);
        m.hart.pmpaddr[0] = (RAM_START + lo) >> 2;
        m.hart.pmpaddr[1] = (RAM_START + hi) >> 2;
        m.hart.pmpcfg[1] = TOR | R;
        allow_all(&mut m, 2);
        m.hart.privilege = Privilege::User;
        m.hart.x[12] = RAM_START + 0x17fc;
        m.write_memory(RAM_START + 0x17fc, &0x1122_3344_5566_7788u64.to_le_bytes())
            .unwrap();
        Interpreter::new().run(&mut m, 1);
        assert_eq!(
            m.hart.x[11], 0x1122_3344_5566_7788,
            "range [{lo:#x}, {hi:#x})"
        );
        assert_eq!(m.hart.pc, RAM_START + 4);
    }
}

/// §4.3.2 (steps 2 and 7) with the PMAs: page tables must be in memory that supports the walk
/// (here: RAM); a PTE in a device is an access fault of the original access type, and the
/// device is not touched.
#[test]
fn page_tables_outside_ram_fault_without_device_side_effects() {
    let mut m = machine(&[]);
    allow_all(&mut m, 0);
    // Root table = the CLINT page holding mtimecmp, whose value looks like a leaf PTE with A
    // clear: a walker writing A back would change mtimecmp.
    let leaf = (0x80000u64 << 10) | 0xf;
    m.clint.mtimecmp = leaf;
    m.hart.satp = (8 << 60) | (0x0200_4000 >> 12);
    m.hart.privilege = Privilege::Supervisor;
    m.hart.pc = 0;
    Interpreter::new().run(&mut m, 1);
    assert_eq!(m.hart.mcause, 1, "instruction access fault");
    assert_eq!(m.hart.mtval, 0);
    assert_eq!(m.clint.mtimecmp, leaf, "the walk did not write the device");
}

/// Stepping a sleeping hart whose timer fires with interrupts globally disabled: the step that
/// wakes it reports no trap, and the next step executes the instruction after the WFI.
#[test]
fn waking_without_an_interrupt_reports_no_trap() {
    let mut m = machine(&[(0, WFI), (4, ADDI_A0)]);
    m.hart.mie = 1 << 7; // MTIE, but mstatus.MIE = 0
    m.clint.mtimecmp = 1; // deadline: mcycle 100
    m.hart.mcause = 0x1234;
    let mut interp = Interpreter::new();
    let mut reported = Vec::new();
    while m.hart.x[10] == 0 && m.hart.mcycle < 1000 {
        let (info, stop) = interp.step(&mut m);
        assert_eq!(stop, None);
        if let Some(e) = info.exception {
            reported.push(e);
        }
    }
    assert!(reported.is_empty(), "no trap was taken: {reported:?}");
    // wfi retires at 0 (clock 1), sleeps to 100, then addi retires: clock 101.
    assert_eq!(m.hart.mcycle, 101);
    assert_eq!(m.hart.minstret, 2);
    // And run() agrees.
    let mut n = machine(&[(0, WFI), (4, ADDI_A0)]);
    n.hart.mie = 1 << 7;
    n.clint.mtimecmp = 1;
    n.hart.mcause = 0x1234;
    assert_eq!(
        Interpreter::new().run(&mut n, 101),
        BreakReason::ReachedTarget
    );
    assert_eq!(n.hart.x[10], 1);
    assert!(
        rivet_machine::shadow::serialize(&n) == rivet_machine::shadow::serialize(&m),
        "step and run reach the same state"
    );
}
