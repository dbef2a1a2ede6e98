//! Edge cases at the boundary between host and guest: odd pcs set by a host, accesses at the
//! top of the address space, the LR/SC reservation size, and one interpreter used on two
//! machines.

use rivet_interp::{BreakReason, Interpreter};
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig};

fn machine_with(words: &[u32]) -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let image: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&image).unwrap();
    m.hart.mtvec = RAM_START + 0x800; // a handler address we can recognise
    m
}

/// `addi a0, a0, 1`
const ADDI_A0_1: u32 = 0x0015_0513;
/// `addi a0, a0, 2`
const ADDI_A0_2: u32 = 0x0025_0513;

#[test]
fn odd_pc_set_by_the_host_raises_instruction_address_misaligned() {
    let mut m = machine_with(&[ADDI_A0_1, ADDI_A0_1]);
    let mut interp = Interpreter::new();
    // Decode the page first, so a cache that ignored bit 0 would serve the even slot.
    interp.run(&mut m, 1);
    assert_eq!(m.hart.x[10], 1);
    m.hart.pc = RAM_START + 1;
    interp.run(&mut m, 2);
    assert_eq!(m.hart.mcause, 0, "instruction address misaligned");
    assert_eq!(m.hart.mtval, RAM_START + 1);
    assert_eq!(m.hart.mepc, RAM_START + 1);
    assert_eq!(m.hart.x[10], 1, "nothing executed");
    assert_eq!(m.hart.pc, RAM_START + 0x800);
}

#[test]
fn load_at_the_top_of_the_address_space_faults() {
    // ld a1, 0(t3) with t3 = 0xffff_ffff_ffff_f010 (past every range and device window).
    let mut m = machine_with(&[0x000e_3583]);
    m.hart.x[28] = 0xffff_ffff_ffff_f010;
    Interpreter::new().run(&mut m, 1);
    assert_eq!(m.hart.mcause, 5, "load access fault");
    assert_eq!(m.hart.mtval, 0xffff_ffff_ffff_f010);
}

#[test]
fn sc_of_another_size_than_the_lr_fails() {
    // lr.w t0, (a0); sc.d t1, t2, (a0)
    let mut m = machine_with(&[0x1005_22af, 0x1875_332f]);
    m.hart.x[10] = RAM_START + 0x100;
    m.hart.x[7] = 0x1122_3344_5566_7788;
    Interpreter::new().run(&mut m, 2);
    assert_eq!(m.hart.x[6], 1, "sc.d after lr.w must fail");
    let mut word = [0u8; 8];
    m.read_memory(RAM_START + 0x100, &mut word).unwrap();
    assert_eq!(word, [0; 8], "a failed SC writes nothing");
}

#[test]
fn one_interpreter_on_two_machines_never_mixes_their_code() {
    let mut a = machine_with(&[ADDI_A0_1]);
    let mut b = machine_with(&[ADDI_A0_2]);
    let mut interp = Interpreter::new();
    assert_eq!(interp.run(&mut a, 1), BreakReason::ReachedTarget);
    assert_eq!(interp.run(&mut b, 1), BreakReason::ReachedTarget);
    assert_eq!(a.hart.x[10], 1);
    assert_eq!(
        b.hart.x[10], 2,
        "b ran its own instruction, not a's cached one"
    );
}
