//! The step-log verifier built `no_std` + `alloc` (`support/verify-nostd`: rivet-interp and
//! rivet-machine without `std`, as a static library): it builds, and a C program linking it
//! returns the same roots as the machine for logs of guest programs, and rejects tampered
//! and truncated logs.
//!
//! The build itself is the `no_std` check: the library defines a `#[panic_handler]`, which
//! fails to link ("duplicate lang item `panic_impl`") if any dependency brings in `std`.

use std::path::{Path, PathBuf};
use std::process::Command;

use rivet_interp::Interpreter;
use rivet_interp::step::{encode, record};
use rivet_machine::{Machine, MachineConfig};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds the static library and the C program around it (once per test binary).
fn verifier() -> &'static Path {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verify-nostd");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let crate_dir = root().join("support/verify-nostd");
        let status = Command::new(cargo)
            .args(["build", "--locked", "--manifest-path"])
            .arg(crate_dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&out)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the no_std verifier does not build");
        let lib = out.join("debug/librivet_verify_nostd.a");
        let exe = out.join("verify");
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        let status = Command::new(cc)
            .arg("-O2")
            .arg("-o")
            .arg(&exe)
            .arg(crate_dir.join("c/verify.c"))
            .arg(&lib)
            .status()
            .expect("the C compiler runs");
        assert!(
            status.success(),
            "the C program does not link with the library"
        );
        exe
    })
}

fn hex(h: &[u8; 32]) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs the C verifier on `log` with `root_before`: its exit code and output.
fn run_c(log: &[u8], root_before: &[u8; 32], name: &str) -> (i32, String) {
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("nostd-{name}.log"));
    std::fs::write(&file, log).unwrap();
    let out = Command::new(verifier())
        .arg(&file)
        .arg(hex(root_before))
        .output()
        .expect("the verifier runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
    )
}

fn guest(name: &str) -> Machine {
    let path = root().join("riscv-tests/guest/build").join(name);
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    m.load_elf(&std::fs::read(&path).unwrap()).unwrap();
    m
}

#[test]
fn the_no_std_verifier_agrees_with_the_machine() {
    // Integer, FP (SoftFloat), atomics, Sv39 with traps, compressed code.
    for (name, start, n) in [
        ("rv64ui-mem.elf", 300, 1000),
        ("rv64ud-fmadd.elf", 200, 1000),
        ("rv64ua-amo.elf", 100, 500),
        ("rv64si-vm_sv39.elf", 400, 2000),
        ("rv64uc-rvc.elf", 0, 1),
    ] {
        let mut m = guest(name);
        Interpreter::new().run(&mut m, start);
        let before = m.root_hash();
        let log = record(&mut m, n).unwrap();
        let bytes = encode(&log);
        let (code, out) = run_c(&bytes, &before.0, "genuine");
        assert_eq!(code, 0, "{name}: exit code");
        // The root after, as the machine itself computes it.
        assert_eq!(out, hex(&m.root_hash().0), "{name}: root after");
        // Tampered: a byte of the last page's contents (rejected), a wrong root before
        // (rejected), a truncated log (malformed).
        let mut bad = bytes.clone();
        let at = bad.len() - 4096 / 2 - 32 * log.siblings.len();
        bad[at] ^= 0x40;
        assert_eq!(run_c(&bad, &before.0, "tampered").0, 2, "{name}: tampered");
        let mut wrong = before.0;
        wrong[31] ^= 1;
        assert_eq!(
            run_c(&bytes, &wrong, "wrong-root").0,
            2,
            "{name}: wrong root"
        );
        assert_eq!(
            run_c(&bytes[..bytes.len() - 1], &before.0, "truncated").0,
            1,
            "{name}: truncated"
        );
    }
}
