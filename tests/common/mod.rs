//! Helpers shared by the command-line tests: running the `rivet` binary, its output as text,
//! scratch files.

// Each test binary uses a subset.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the `rivet` binary with `args`.
pub fn rivet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rivet"))
        .args(args)
        .output()
        .expect("rivet binary runs")
}

/// Bytes of an output stream as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `name` in a scratch directory of this test binary and process (created).
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "rivet-{}-{}",
        env!("CARGO_CRATE_NAME"),
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// [`scratch`] as a command-line argument.
pub fn scratch_arg(name: &str) -> String {
    scratch(name).to_string_lossy().into_owned()
}
