//! Every workload on the JIT against the interpreter: the same break reason, clock and root
//! after the same number of cycles (the first `BUDGET` cycles of each, or to its halt), with
//! every block compiled at once and with the default hotness threshold.

use rivet_bench::load_workload;
use rivet_interp::Interpreter;
use rivet_jit::{Jit, JitConfig};

/// Cycles per workload: enough for each to reach its steady loop (and `empty` to halt).
const BUDGET: u64 = 3_000_000;

const WORKLOADS: [&str; 8] = [
    "empty", "intmix", "sort", "keccak", "fp", "traps", "mmu", "smc",
];

#[test]
fn every_workload_agrees_on_both_engines() {
    for name in WORKLOADS {
        let mut want = load_workload(name);
        let want_stop = Interpreter::new().run(&mut want, BUDGET);
        let want_root = want.root_hash();
        for threshold in [0, JitConfig::default().threshold] {
            let mut got = load_workload(name);
            // Threshold 0 also optimises early and often (the optimised tier on every
            // workload); the default settings are the CLI's.
            let mut jit = Jit::new(if threshold == 0 {
                JitConfig {
                    threshold,
                    optimize_after: 100,
                    optimize_every: 10_000,
                    ..JitConfig::default()
                }
            } else {
                JitConfig::default()
            });
            let stop = jit.run(&mut got, BUDGET);
            assert_eq!(stop, want_stop, "{name}, threshold {threshold}");
            assert_eq!(
                got.hart.mcycle, want.hart.mcycle,
                "{name}, threshold {threshold}"
            );
            assert_eq!(got.hart.pc, want.hart.pc, "{name}, threshold {threshold}");
            assert_eq!(
                got.root_hash(),
                want_root,
                "{name}, threshold {threshold}: root"
            );
            // Short runs (`empty`) may never get hot; long ones run mostly compiled, except
            // `traps`, whose blocks are short and end in `ecall`/`mret` (such blocks stay on
            // the interpreter: compiled, they would be slower).
            assert!(
                want.hart.mcycle < BUDGET || name == "traps" || jit.stats().jit_cycles > BUDGET / 2,
                "{name}: most cycles should run compiled ({:?})",
                jit.stats()
            );
            assert!(
                want.hart.mcycle < BUDGET || threshold != 0 || jit.stats().blocks_optimized > 0,
                "{name}: hot blocks should have been optimised ({:?})",
                jit.stats()
            );
        }
    }
}
