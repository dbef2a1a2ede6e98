//! Runs every guest test program on the interpreter: each must halt with exit code 0 (all its
//! checks pass) at exactly the recorded mcycle.
//!
//! The mcycle values are the determinism baseline: the clock advances by one per retired
//! instruction and per trap taken, so a changed count means the semantics changed. Such a
//! change must be deliberate: update the table and bump `SEMANTICS_VERSION` if roots change.

use rivet::BreakReason;
use rivet_riscv_tests::{guest_elfs, guest_sources, run_guest};

/// (test, mcycle at halt).
const BASELINE: &[(&str, u64)] = &[
    ("rv64mi-amo_faults", 535),
    ("rv64mi-csr", 453),
    ("rv64mi-ebreak_tval", 183),
    ("rv64mi-illegal", 689),
    ("rv64mi-mepc", 128),
    ("rv64mi-minstret", 171),
    ("rv64mi-traps", 753),
    ("rv64ua-amo", 1106),
    ("rv64ua-lrsc", 446),
    ("rv64uc-rvc", 995),
    ("rv64ui-alu", 1148),
    ("rv64ui-alui", 858),
    ("rv64ui-aluw", 800),
    ("rv64ui-fencei", 147),
    ("rv64ui-jump", 619),
    ("rv64ui-ma_data", 2340),
    ("rv64ui-mem", 726),
    ("rv64um-muldiv", 1344),
];

#[test]
fn every_source_is_built_and_in_the_baseline() {
    let built: Vec<String> = guest_elfs().into_iter().map(|(n, _)| n).collect();
    let sources = guest_sources();
    assert_eq!(
        built, sources,
        "rebuild the guests: riscv-tests/guest/build.sh"
    );
    let baseline: Vec<&str> = BASELINE.iter().map(|(n, _)| *n).collect();
    assert_eq!(baseline, sources, "BASELINE must list every guest test");
}

#[test]
fn every_guest_passes_at_its_baseline_mcycle() {
    let mut failures = Vec::new();
    for (name, path) in guest_elfs() {
        let (reason, m) = run_guest(&path, 10_000_000);
        let expected = BASELINE.iter().find(|(n, _)| *n == name).map(|(_, c)| *c);
        match reason {
            BreakReason::Halted(0) if Some(m.mcycle()) == expected => {}
            BreakReason::Halted(0) => failures.push(format!(
                "{name}: passed but halted at mcycle {} (baseline {expected:?})",
                m.mcycle()
            )),
            BreakReason::Halted(n) => failures.push(format!("{name}: check {n} failed")),
            other => failures.push(format!("{name}: did not halt ({other:?})")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_halted_machine_stays_halted() {
    let (_, path) = guest_elfs().into_iter().next().expect("a guest");
    let (reason, mut m) = run_guest(&path, u64::MAX);
    assert_eq!(reason, BreakReason::Halted(0));
    let at = m.mcycle();
    assert_eq!(m.run(u64::MAX), BreakReason::Halted(0));
    assert_eq!(m.mcycle(), at, "a halted machine must not advance");
}
