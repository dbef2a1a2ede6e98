//! Self-modifying code: a store into already-decoded code takes effect at the next fetch,
//! without `fence.i` (the decode cache must never serve stale instructions), and so does a
//! host write through the memory API.

use rivet_interp::{BreakReason, Interpreter};
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig};

/// Assembled with riscv64-unknown-elf-as (no compressed instructions):
/// ```text
///  0: addi s0, zero, 0
///  4: auipc t0, 0              # t0 = RAM_START + 4
///  8: target: addi a0, zero, 1
///  c: bne s0, zero, done
/// 10: addi s0, zero, 1
/// 14: lui t1, 0x700
/// 18: addi t1, t1, 0x513       # t1 = 0x00700513 = addi a0, zero, 7
/// 1c: sw t1, 4(t0)             # overwrite `target` (already executed once)
/// 20: jal zero, target
/// 24: done: slli t2, a0, 1
/// 28: ori t2, t2, 1
/// 2c: lui t3, 0x40008
/// 30: sd t2, 0(t3)             # HTIF: halt with exit code a0
/// 34: jal zero, 0
/// ```
const PROGRAM: [u32; 14] = [
    0x0000_0413,
    0x0000_0297,
    0x0010_0513,
    0x0004_1c63,
    0x0010_0413,
    0x0070_0337,
    0x5133_0313,
    0x0062_a223,
    0xfe9f_f06f,
    0x0015_1393,
    0x0013_e393,
    0x4000_8e37,
    0x007e_3023,
    0x0000_006f,
];

fn machine() -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let image: Vec<u8> = PROGRAM.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&image).unwrap();
    m
}

#[test]
fn guest_store_replaces_decoded_instruction_without_fence_i() {
    let mut m = machine();
    let mut interp = Interpreter::new();
    // The second pass through `target` must execute the new instruction: exit code 7.
    assert_eq!(interp.run(&mut m, 1000), BreakReason::Halted(7));
    // 0,4,8,c,10,14,18,1c,20 then 8,c then 24,28,2c,30: 15 instructions.
    assert_eq!(m.hart.mcycle, 15);
}

#[test]
fn host_write_replaces_decoded_instruction() {
    let mut m = machine();
    let mut interp = Interpreter::new();
    // Run the first pass up to just before the guest's own store (8 instructions), so the
    // page holding `target` is decoded.
    assert_eq!(interp.run(&mut m, 7), BreakReason::ReachedTarget);
    // The host makes `target` load 9 instead; the guest's store then overwrites it with 7 ...
    m.write_memory(RAM_START + 8, &0x0090_0513u32.to_le_bytes())
        .unwrap();
    // ... so also replace the store itself with a no-op (addi zero, zero, 0).
    m.write_memory(RAM_START + 0x1c, &0x0000_0013u32.to_le_bytes())
        .unwrap();
    assert_eq!(interp.run(&mut m, 1000), BreakReason::Halted(9));
}
