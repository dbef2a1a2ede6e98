//! The JIT against the interpreter on every guest test: identical break reason, exit code,
//! mcycle, minstret, pc and final root, with every block compiled at once (threshold 0) and
//! with the default threshold (mixed interpreted and compiled execution); and for runs cut
//! into random chunks that alternate engines.

use proptest::prelude::*;
use rivet::{Engine, JitConfig};
use rivet_riscv_tests::{guest_elfs, jit_eager, load_guest, run_guest_on};

const LIMIT: u64 = 10_000_000;

fn engines() -> Vec<(&'static str, Engine)> {
    vec![
        ("jit threshold 0", jit_eager()),
        (
            "jit threshold 2, optimised after 2 runs",
            Engine::Jit(JitConfig {
                threshold: 2,
                optimize_after: 2,
                optimize_every: 64,
                ..JitConfig::default()
            }),
        ),
        ("jit default", Engine::Jit(JitConfig::default())),
    ]
}

#[test]
fn every_guest_ends_identically_on_both_engines() {
    let mut failures = Vec::new();
    for (name, path) in guest_elfs() {
        let (want_reason, mut want) = run_guest_on(&path, LIMIT, Engine::Interpreter);
        let want_root = want.root_hash();
        for (label, engine) in engines() {
            let (reason, mut got) = run_guest_on(&path, LIMIT, engine);
            let same = reason == want_reason
                && got.mcycle() == want.mcycle()
                && got.hart().minstret == want.hart().minstret
                && got.hart().pc == want.hart().pc
                && got.root_hash() == want_root;
            if !same {
                failures.push(format!(
                    "{name} ({label}): {reason:?} mcycle {} pc {:#x}, interpreter {want_reason:?} mcycle {} pc {:#x}",
                    got.mcycle(),
                    got.hart().pc,
                    want.mcycle(),
                    want.hart().pc
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// A run cut into chunks of random lengths, each on a random engine, ends where one
    /// interpreter run ends: every chunk boundary is exact. The machine keeps one JIT across
    /// the chunks, so compiled blocks are reused after interpreter chunks (which may have
    /// drained code-page invalidations the JIT must still honour).
    #[test]
    fn alternating_engines_in_random_chunks(
        test in 0usize..1000,
        chunks in prop::collection::vec((1u64..3000, any::<bool>()), 1..40),
    ) {
        let elfs = guest_elfs();
        let (_, path) = &elfs[test % elfs.len()];
        let (want_reason, mut want) = run_guest_on(path, LIMIT, Engine::Interpreter);
        let mut m = load_guest(path);
        let mut jit_on = None;
        let mut reason = None;
        for (len, jit) in chunks {
            if jit_on != Some(jit) {
                m.set_engine(if jit { jit_eager() } else { Engine::Interpreter });
                jit_on = Some(jit);
            }
            let r = m.run(m.mcycle() + len);
            if r != rivet::BreakReason::ReachedTarget {
                reason = Some(r);
                break;
            }
        }
        if reason.is_none() {
            m.set_engine(jit_eager());
            reason = Some(m.run(LIMIT));
        }
        prop_assert_eq!(reason, Some(want_reason));
        prop_assert_eq!(m.mcycle(), want.mcycle());
        prop_assert_eq!(m.root_hash(), want.root_hash());
    }
}
