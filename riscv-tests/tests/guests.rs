//! Runs every guest test program on the interpreter: each must halt with exit code 0 (all its
//! checks pass) at exactly the recorded mcycle.
//!
//! The mcycle values are the determinism baseline: the clock advances by one per retired
//! instruction and per trap taken, so a changed count means the semantics changed. Such a
//! change must be deliberate: update the table and bump `SEMANTICS_VERSION` if roots change.

use rivet::BreakReason;
use rivet_riscv_tests::{elfs_in, guest_elfs, guest_sources, run_guest};

/// (test, mcycle at halt).
const BASELINE: &[(&str, u64)] = &[
    ("rv64mf-fs", 829),
    ("rv64mi-amo_faults", 537),
    ("rv64mi-csr", 455),
    ("rv64mi-ebreak_tval", 185),
    ("rv64mi-illegal", 691),
    ("rv64mi-irq", 12760),
    ("rv64mi-jit_loops", 7544),
    ("rv64mi-mepc", 130),
    ("rv64mi-minstret", 173),
    ("rv64mi-pmp", 52240),
    ("rv64mi-timer_exact", 2694),
    ("rv64mi-traps", 755),
    ("rv64si-counters", 981),
    ("rv64si-traps", 967),
    ("rv64si-vm_perm", 53093),
    ("rv64si-vm_sv39", 52483),
    ("rv64si-vm_sv48", 52766),
    ("rv64si-vm_sv57", 53078),
    ("rv64si-wfi", 2265),
    ("rv64si-xret", 680),
    ("rv64ua-amo", 1104),
    ("rv64ua-amo-v", 7330),
    ("rv64ua-lrsc", 444),
    ("rv64ua-lrsc-v", 6662),
    ("rv64uc-rvc", 993),
    ("rv64uc-rvc-v", 7227),
    ("rv64ud-fadd", 758),
    ("rv64ud-fadd-v", 6968),
    ("rv64ud-fclass", 354),
    ("rv64ud-fclass-v", 6564),
    ("rv64ud-fcmp", 881),
    ("rv64ud-fcmp-v", 7091),
    ("rv64ud-fcvt", 1216),
    ("rv64ud-fcvt-v", 7434),
    ("rv64ud-fcvt_w", 2554),
    ("rv64ud-fcvt_w-v", 8780),
    ("rv64ud-fdiv", 514),
    ("rv64ud-fdiv-v", 6724),
    ("rv64ud-fmadd", 1278),
    ("rv64ud-fmadd-v", 7496),
    ("rv64ud-fmin", 718),
    ("rv64ud-fmin-v", 6928),
    ("rv64ud-fmul", 480),
    ("rv64ud-fmul-v", 6690),
    ("rv64ud-fsqrt", 448),
    ("rv64ud-fsqrt-v", 6658),
    ("rv64ud-ldst", 398),
    ("rv64ud-ldst-v", 6616),
    ("rv64ud-move", 755),
    ("rv64ud-move-v", 6965),
    ("rv64uf-fadd", 656),
    ("rv64uf-fadd-v", 6866),
    ("rv64uf-fclass", 341),
    ("rv64uf-fclass-v", 6551),
    ("rv64uf-fcmp", 759),
    ("rv64uf-fcmp-v", 6969),
    ("rv64uf-fcvt", 2013),
    ("rv64uf-fcvt-v", 8239),
    ("rv64uf-fcvt_w", 2237),
    ("rv64uf-fcvt_w-v", 8463),
    ("rv64uf-fdiv", 422),
    ("rv64uf-fdiv-v", 6632),
    ("rv64uf-fmadd", 1057),
    ("rv64uf-fmadd-v", 7267),
    ("rv64uf-fmin", 610),
    ("rv64uf-fmin-v", 6820),
    ("rv64uf-fmul", 418),
    ("rv64uf-fmul-v", 6628),
    ("rv64uf-fsqrt", 396),
    ("rv64uf-fsqrt-v", 6606),
    ("rv64uf-ldst", 302),
    ("rv64uf-ldst-v", 6520),
    ("rv64uf-move", 982),
    ("rv64uf-move-v", 7192),
    ("rv64ui-alu", 1146),
    ("rv64ui-alu-v", 7364),
    ("rv64ui-alui", 856),
    ("rv64ui-alui-v", 7066),
    ("rv64ui-aluw", 798),
    ("rv64ui-aluw-v", 7008),
    ("rv64ui-fencei", 145),
    ("rv64ui-fencei-v", 6355),
    ("rv64ui-jump", 617),
    ("rv64ui-jump-v", 6827),
    ("rv64ui-ma_data", 2338),
    ("rv64ui-ma_data-v", 8588),
    ("rv64ui-mem", 724),
    ("rv64ui-mem-v", 6942),
    ("rv64um-muldiv", 1342),
    ("rv64um-muldiv-v", 7560),
];

#[test]
fn every_source_is_built_and_in_the_baseline() {
    let built: Vec<String> = elfs_in("build").into_iter().map(|(n, _)| n).collect();
    let sources = guest_sources();
    assert_eq!(
        built, sources,
        "rebuild the guests: riscv-tests/guest/build.sh"
    );
    let built_v: Vec<String> = elfs_in("build-v").into_iter().map(|(n, _)| n).collect();
    let user: Vec<String> = sources
        .iter()
        .filter(|n| n.starts_with("rv64u"))
        .map(|n| format!("{n}-v"))
        .collect();
    assert_eq!(
        built_v, user,
        "rebuild the v guests: riscv-tests/guest/build-v.sh"
    );
    let baseline: Vec<&str> = BASELINE.iter().map(|(n, _)| *n).collect();
    let all: Vec<String> = guest_elfs().into_iter().map(|(n, _)| n).collect();
    assert_eq!(baseline, all, "BASELINE must list every guest ELF");
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
