//! `rivet log-step` and `rivet verify-step`: a log taken from a stored snapshot (brought to
//! its cycle by the JIT) verifies to the root that `rivet run` reaches; tampered, truncated or
//! unreadable logs are refused with a reason and a non-zero exit.

mod common;

use std::path::PathBuf;
use std::process::Output;

use common::{rivet, scratch_arg as scratch, text};

fn workload() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("bench/workloads/sort.elf")
        .to_string_lossy()
        .into_owned()
}

/// The final hash `rivet run` prints for a run of `elf` to `mcycle` (JIT).
fn hash_at(elf: &str, mcycle: &str) -> String {
    let out = rivet(&[
        "run",
        elf,
        "--max-mcycle",
        mcycle,
        "--final-hash",
        "--quiet",
    ]);
    let err = text(&out.stderr);
    err.lines()
        .find_map(|l| l.strip_prefix("final-hash "))
        .unwrap_or_else(|| panic!("no final hash in {err}"))
        .to_string()
}

/// `verify-step` refused the log: exit 1, `reason` on stderr.
fn assert_refused(out: &Output, reason: &str) {
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(reason), "{}", text(&out.stderr));
}

#[test]
fn log_step_from_a_snapshot_verifies_to_the_run_root() {
    let elf = workload();
    let dir = scratch("snap");
    // A snapshot at mcycle 200000, taken by the JIT.
    let out = rivet(&[
        "run",
        &elf,
        "--max-mcycle",
        "200000",
        "--store",
        &dir,
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(75), "{}", text(&out.stderr));
    let before = hash_at(&elf, "200000");
    let after = hash_at(&elf, "201000");
    let log = scratch("sort.steplog");
    let out = rivet(&[
        "log-step", "--load", &dir, "--cycles", "1000", "--out", &log,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(&format!("root before: {before}")));
    let out = rivet(&["verify-step", "--root-before", &before, &log]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), after);

    // Another root before: rejected, exit 1, with the reason.
    let out = rivet(&["verify-step", "--root-before", &after, &log]);
    assert_refused(&out, "starts from root");
    assert!(out.stdout.is_empty());

    // A changed byte in a page: the pages no longer prove the root.
    let mut bytes = std::fs::read(&log).unwrap();
    bytes[96 + 16 + 100] ^= 1;
    let bad = scratch("bad.steplog");
    std::fs::write(&bad, &bytes).unwrap();
    let out = rivet(&["verify-step", "--root-before", &before, &bad]);
    assert_refused(&out, "give root");

    // Truncated.
    let bytes = std::fs::read(&log).unwrap();
    std::fs::write(&bad, &bytes[..bytes.len() - 5]).unwrap();
    let out = rivet(&["verify-step", "--root-before", &before, &bad]);
    assert_refused(&out, "truncated");
}

#[test]
fn log_step_with_start_and_bad_arguments() {
    let elf = workload();
    let log = scratch("start.steplog");
    let out = rivet(&[
        "log-step", &elf, "--start", "5000", "--cycles", "10", "--out", &log,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let before = hash_at(&elf, "5000");
    let after = hash_at(&elf, "5010");
    let out = rivet(&["verify-step", "--root-before", &before, &log]);
    assert_eq!(text(&out.stdout).trim(), after, "{}", text(&out.stderr));

    // Too many cycles.
    let out = rivet(&["log-step", &elf, "--cycles", "1Gi", "--out", &log]);
    assert_eq!(out.status.code(), Some(65));
    assert!(
        text(&out.stderr).contains("at most"),
        "{}",
        text(&out.stderr)
    );
    // A missing file, a malformed root.
    let out = rivet(&[
        "verify-step",
        "--root-before",
        &before,
        "/nonexistent/x.log",
    ]);
    assert_eq!(out.status.code(), Some(65));
    let out = rivet(&["verify-step", "--root-before", "12ab", &log]);
    assert_eq!(out.status.code(), Some(64));
}
