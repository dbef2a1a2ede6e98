//! Benchmarks of rivet live in `benches/` (criterion; run with `cargo bench -p rivet-bench`).
//! This library holds what the benches and the tests share: the guest workloads.

use std::path::Path;

use rivet_machine::{Machine, MachineConfig};

/// The workloads that run longer than the benches' budgets (all but `empty`).
pub const WORKLOADS: [&str; 7] = ["intmix", "sort", "keccak", "fp", "traps", "mmu", "smc"];

/// A machine with the workload `name` (`bench/workloads/NAME.elf`) loaded and its console
/// discarded. Panics when the ELF is missing or malformed (the workloads are committed).
pub fn load_workload(name: &str) -> Machine {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("workloads")
        .join(format!("{name}.elf"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut m = Machine::new(&MachineConfig::default()).expect("machine");
    m.load_elf(&bytes).expect("load ELF");
    m.set_console(Box::new(std::io::sink()));
    m
}
