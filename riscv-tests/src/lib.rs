//! Harness for rivet's own guest test programs (`riscv-tests/guest/`).
//!
//! Each guest is a bare-metal RV64 ELF in the style of the upstream riscv-tests "-p"
//! environment: linked at 0x80000000 with a `tohost` symbol, it reports through HTIF with exit
//! code 0 for a pass and N when check N failed. Sources, the environment and the built ELFs
//! are committed; `guest/build.sh` rebuilds them and `guest/check-qemu.sh` checks the tests
//! themselves on `qemu-system-riscv64 -M spike`.

use std::path::{Path, PathBuf};

use rivet::{BreakReason, Config, Engine, JitConfig, Machine};

/// Directory of the guest sources.
pub fn guest_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("guest")
}

/// The built guest ELFs, sorted by name: (test name, path). `build/` holds each test built
/// for its own environment; `build-v/` the user-level tests (`rv64u*`) built for the "v"
/// environment (Sv39, run in U mode), named `<test>-v`.
pub fn guest_elfs() -> Vec<(String, PathBuf)> {
    let mut elfs = elfs_in("build");
    elfs.extend(elfs_in("build-v"));
    elfs.sort();
    elfs
}

/// The ELFs in one build directory under `riscv-tests/guest/`.
pub fn elfs_in(dir: &str) -> Vec<(String, PathBuf)> {
    let mut elfs: Vec<(String, PathBuf)> = std::fs::read_dir(guest_dir().join(dir))
        .unwrap_or_else(|e| panic!("riscv-tests/guest/{dir}: {e}"))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "elf"))
        .map(|p| {
            let name = p
                .file_stem()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            (name, p)
        })
        .collect();
    elfs.sort();
    elfs
}

/// The guest sources (`*.S`), sorted: test names.
pub fn guest_sources() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(guest_dir())
        .expect("riscv-tests/guest exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "S"))
        .map(|p| {
            p.file_stem()
                .expect("file name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// RAM for the guests: they need a few pages; a small RAM keeps whole-state comparisons cheap.
pub const GUEST_RAM: u64 = 2 << 20;

/// Loads a guest ELF into a fresh machine with [`GUEST_RAM`] of RAM.
pub fn load_guest(path: &Path) -> Machine {
    let elf = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    Machine::from_elf(
        &Config {
            ram_length: GUEST_RAM,
            ..Config::default()
        },
        &elf,
    )
    .unwrap_or_else(|e| panic!("load {}: {e}", path.display()))
}

/// The whole observable state of a machine: shadow page and RAM.
pub fn full_state(m: &Machine) -> (Vec<u8>, Vec<u8>) {
    let mut ram = vec![0u8; GUEST_RAM as usize];
    m.read_memory(rivet::machine::map::RAM_START, &mut ram)
        .expect("RAM readable");
    (m.shadow_page().to_vec(), ram)
}

/// Runs a guest on the interpreter to completion (or to `limit` cycles) and returns how it
/// stopped.
pub fn run_guest(path: &Path, limit: u64) -> (BreakReason, Machine) {
    run_guest_on(path, limit, Engine::Interpreter)
}

/// [`run_guest`] on `engine`.
pub fn run_guest_on(path: &Path, limit: u64, engine: Engine) -> (BreakReason, Machine) {
    let mut m = load_guest(path);
    m.set_engine(engine);
    let reason = m.run(limit);
    (reason, m)
}

/// The JIT engine compiling every block the first time it is reached.
pub fn jit_eager() -> Engine {
    Engine::Jit(JitConfig {
        threshold: 0,
        ..JitConfig::default()
    })
}
