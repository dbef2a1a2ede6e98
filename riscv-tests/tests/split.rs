//! Split invariance (DESIGN §3.4): running a guest as `run(a)`, `run(b)`, … in any chunks —
//! with caches dropped at random points, which must be invisible (§3.5) — reaches the same
//! full state (shadow page and RAM) as one `run` to the same end.

use proptest::prelude::*;
use rivet::BreakReason;
use rivet_riscv_tests::{full_state, guest_elfs, load_guest};

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn chunked_runs_reach_the_same_state(
        guest in 0usize..64,
        end in 1u64..60_000,
        cuts in prop::collection::vec((1u64..8_000, any::<bool>()), 1..12),
    ) {
        let elfs = guest_elfs();
        let (name, path) = &elfs[guest % elfs.len()];

        let mut whole = load_guest(path);
        let whole_reason = whole.run(end);

        let mut split = load_guest(path);
        let mut at: u64 = 0;
        let mut reason = None;
        for (len, clear) in cuts.iter().copied().chain(std::iter::once((u64::MAX, false))) {
            at = at.saturating_add(len).min(end);
            if clear {
                split.clear_caches();
            }
            let r = split.run(at);
            if at == end || r != BreakReason::ReachedTarget {
                reason = Some(r);
                break;
            }
        }
        prop_assert_eq!(reason, Some(whole_reason), "{}: break reason", name);
        prop_assert_eq!(split.mcycle(), whole.mcycle(), "{}: mcycle", name);
        prop_assert!(full_state(&split) == full_state(&whole), "{}: state differs", name);
    }
}

#[test]
fn single_steps_equal_one_run() {
    for (name, path) in guest_elfs() {
        let mut whole = load_guest(&path);
        let reason = whole.run(u64::MAX);
        let mut stepped = load_guest(&path);
        let mut last = None;
        for _ in 0..1_000_000 {
            let (_, stop) = stepped.step();
            if stop.is_some() {
                last = stop;
                break;
            }
        }
        assert_eq!(last, Some(reason), "{name}");
        assert!(
            full_state(&stepped) == full_state(&whole),
            "{name}: state differs"
        );
    }
}
