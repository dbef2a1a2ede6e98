//! Stores into a page that holds compiled code drop its blocks; recompiling them backs off
//! (each invalidation of a page doubles the sightings its blocks need before they compile
//! again), also at threshold 0. Found by the differential fuzzer: with threshold 0 the backoff
//! multiplied 0, and a loop storing into its own code page recompiled its blocks on every
//! iteration.

use rivet_interp::Interpreter;
use rivet_jit::{Jit, JitConfig};
use rivet_machine::{Machine, MachineConfig};

/// `auipc t0, 0; li t1, 500; loop: sd t1, 256(t0); addi t1, t1, -1; bnez t1, loop; end: j end`
/// (words from riscv64-unknown-elf-as): 500 stores into the code's own page.
const PROGRAM: [u32; 6] = [
    0x0000_0297,
    0x1f40_0313,
    0x1062_b023,
    0xfff3_0313,
    0xfe03_1ce3,
    0x0000_006f,
];

fn machine() -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let code: Vec<u8> = PROGRAM.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&code).unwrap();
    m
}

#[test]
fn a_loop_storing_into_its_code_page_does_not_recompile_every_iteration() {
    // 2 + 3 · 500 instructions reach `end`; run a little past it.
    let end = 2 + 3 * 500 + 100;
    let mut want = machine();
    Interpreter::new().run(&mut want, end);
    for threshold in [0, 1, 50] {
        let mut got = machine();
        let mut jit = Jit::new(JitConfig {
            threshold,
            ..JitConfig::default()
        });
        jit.run(&mut got, end);
        let stats = jit.stats();
        assert_eq!(got.hart.pc, want.hart.pc);
        assert_eq!(got.hart.x, want.hart.x);
        assert_eq!(got.root_hash(), want.root_hash(), "threshold {threshold}");
        // Without the backoff each of the 500 stores would be followed by a recompile; with
        // it the loop block compiles again after 1, 2, 4, … sightings: about log2(500) times.
        assert!(
            stats.blocks_compiled <= 24,
            "threshold {threshold}: {stats:?}"
        );
        assert!(stats.blocks_invalidated >= 1, "{stats:?}");
    }
}
