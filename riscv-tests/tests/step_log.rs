//! Step logs on every guest test and every benchmark workload: at several start cycles
//! (reached with the JIT), a log of n = 1, 10 and 1000 cycles verifies against the root
//! before, and the root it returns is the root of a separate machine run to the same cycle
//! by the interpreter alone; the machine then goes on, on the JIT, to the same state as the
//! interpreter-only run.

use std::path::{Path, PathBuf};

use rivet::interp::step::{decode, encode};
use rivet::{BreakReason, Config, Engine, Hash, Machine, verify_step};
use rivet_riscv_tests::{guest_elfs, jit_eager, load_guest};

const CYCLES: [u64; 3] = [1, 10, 1000];

/// Runs `m` until its clock reaches `end` or it halts, resuming yields (as a step log does).
fn run_to(m: &mut Machine, end: u64) {
    while m.mcycle() < end
        && m.exit_code().is_none()
        && matches!(m.run(end), BreakReason::Yielded { .. })
    {}
}

/// Logs `n` cycles of `make()` from `start` (reached on the JIT), verifies the log, and
/// compares the root with an interpreter-only run of a fresh machine to the same cycle.
/// Returns the encoded log's size.
fn check(name: &str, make: &dyn Fn() -> Machine, start: u64, n: u64) -> Result<usize, String> {
    let mut m = make();
    m.set_engine(jit_eager());
    run_to(&mut m, start);
    let from = m.mcycle();
    let root_before = m.root_hash();
    let log = m
        .log_step(n)
        .map_err(|e| format!("{name} @{from} n={n}: log_step: {e}"))?;
    if log.root_before != root_before {
        return Err(format!(
            "{name} @{from} n={n}: log names another root before"
        ));
    }
    let own_after = m.root_hash();
    let bytes = encode(&log);
    let decoded = decode(&bytes).map_err(|e| format!("{name} @{from} n={n}: decode: {e}"))?;
    if decoded != log {
        return Err(format!("{name} @{from} n={n}: decode(encode(log)) differs"));
    }
    let verified = verify_step(&root_before, &decoded)
        .map_err(|e| format!("{name} @{from} n={n}: rejected: {e}"))?;
    let mut reference = make();
    reference.set_engine(Engine::Interpreter);
    run_to(&mut reference, from + n);
    let reference_root = reference.root_hash();
    if verified != own_after || verified != reference_root || verified != log.root_after {
        return Err(format!(
            "{name} @{from} n={n}: verified {verified}, machine {own_after}, interpreter run {reference_root}"
        ));
    }
    // The machine goes on (on the JIT, whose caches the recording must not have made stale)
    // to where the reference goes.
    let later = from + n + 20_000;
    run_to(&mut m, later);
    run_to(&mut reference, later);
    if m.root_hash() != reference.root_hash() || m.mcycle() != reference.mcycle() {
        return Err(format!(
            "{name} @{from} n={n}: the JIT run after the log ends elsewhere than the interpreter"
        ));
    }
    Ok(bytes.len())
}

/// The clock at which `make()` halts (or `limit`).
fn halt_cycle(make: &dyn Fn() -> Machine, limit: u64) -> u64 {
    let mut m = make();
    m.set_engine(jit_eager());
    run_to(&mut m, limit);
    m.mcycle()
}

#[test]
fn every_guest_step_log_verifies() {
    let mut failures = Vec::new();
    for (name, path) in guest_elfs() {
        let make = || load_guest(&path);
        let end = halt_cycle(&make, 10_000_000);
        // The start, the middle, and just before the halt (the log then covers it).
        for start in [0, end / 2, end.saturating_sub(3)] {
            for n in CYCLES {
                if let Err(e) = check(&name, &make, start, n) {
                    failures.push(e);
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn workloads() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/workloads");
    let mut elfs: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("bench/workloads")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "elf"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    elfs.sort();
    assert!(elfs.len() >= 8, "the benchmark workloads are committed");
    elfs
}

fn load_workload(path: &Path) -> Machine {
    let elf = std::fs::read(path).expect("workload ELF");
    Machine::from_elf(&Config::default(), &elf).expect("workload loads")
}

#[test]
fn every_workload_step_log_verifies() {
    let mut failures = Vec::new();
    let mut sizes = Vec::new();
    for (name, path) in workloads() {
        let make = || load_workload(&path);
        for start in [0, 100_000, 3_000_000] {
            for n in CYCLES {
                match check(&name, &make, start, n) {
                    Ok(size) => sizes.push(format!("{name} @{start} n={n}: {size} bytes")),
                    Err(e) => failures.push(e),
                }
            }
        }
    }
    println!("{}", sizes.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_log_does_not_verify_against_another_root() {
    let (_, path) = &guest_elfs()[0];
    let mut m = load_guest(path);
    let log = m.log_step(10).unwrap();
    let other = Hash([7; 32]);
    let err = verify_step(&other, &log).unwrap_err();
    assert!(
        err.to_string().contains("starts from root"),
        "unexpected error: {err}"
    );
}
