//! Command-line interface.
//!
//! Exit codes of `rivet run` (documented in the README):
//! - the guest's HTIF exit code when it halts (codes above 255 are reported as 255);
//! - [`exit::USAGE`] (64) for a malformed command line;
//! - [`exit::BAD_INPUT`] (65) for input that cannot be used (missing or malformed files, bad
//!   sizes);
//! - [`exit::INTERNAL`] (70) for an internal error;
//! - [`exit::CANT_CREATE`] (73) when `--store` cannot write the snapshot or shared flash drives
//!   cannot be written back;
//! - [`exit::LIMIT`] (75) when `--max-mcycle` was reached before the guest halted.
//!
//! `rivet verify-proof` exits 0 when the proof verifies, [`exit::REJECTED`] (1) when it does
//! not, and [`exit::BAD_INPUT`] when the file cannot be read or parsed. `rivet verify-step`
//! exits 0 when the step log verifies, [`exit::REJECTED`] when it is malformed or does not
//! verify, and [`exit::BAD_INPUT`] when the file cannot be read.

mod dtb;
mod hash;
mod number;
mod progress;
mod run;
mod source;
mod step;
mod trace;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Process exit codes other than the guest's own.
pub mod exit {
    /// Malformed command line (sysexits EX_USAGE).
    pub const USAGE: u8 = 64;
    /// Unusable input: files, images, sizes (sysexits EX_DATAERR).
    pub const BAD_INPUT: u8 = 65;
    /// Internal error (sysexits EX_SOFTWARE).
    pub const INTERNAL: u8 = 70;
    /// An output (a stored snapshot) cannot be created (sysexits EX_CANTCREAT).
    pub const CANT_CREATE: u8 = 73;
    /// `verify-proof`: the proof is well-formed but does not verify.
    pub const REJECTED: u8 = 1;
    /// The mcycle limit was reached before the guest halted (sysexits EX_TEMPFAIL).
    pub const LIMIT: u8 = 75;
}

/// rivet: a deterministic, verifiable RISC-V machine emulator.
#[derive(Parser, Debug)]
#[command(name = "rivet", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run a guest program (an ELF executable, or a raw image with --ram-image).
    Run(run::RunArgs),
    /// Write the device tree (DTB) of a machine, for inspection with `dtc -I dtb -O dts`.
    Dtb(dtb::DtbArgs),
    /// Print the Merkle root hash of a machine's state (64 hex digits).
    Hash(hash::HashArgs),
    /// Print a Merkle proof (JSON) of an aligned 2^K-byte range of a machine's state.
    Proof(hash::ProofArgs),
    /// Check a proof written by `rivet proof`: exit 0 when it verifies, 1 when it does not.
    VerifyProof(hash::VerifyProofArgs),
    /// Record a step log: N cycles of a machine, checkable against its root alone
    /// (docs/step-log.md).
    LogStep(step::LogStepArgs),
    /// Check a step log against the root before: print the root after and exit 0, or exit 1
    /// with the reason.
    VerifyStep(step::VerifyStepArgs),
    /// Print the shadow state layout as Markdown (the content of docs/shadow-state.md).
    #[command(hide = true)]
    ShadowLayout,
}

/// An error that ends the process with a given exit code.
#[derive(Debug)]
pub struct Failure {
    code: u8,
    error: anyhow::Error,
}

impl Failure {
    fn bad_input(error: anyhow::Error) -> Self {
        Failure {
            code: exit::BAD_INPUT,
            error,
        }
    }
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = std::panic::catch_unwind(|| match cli.command {
        Command::Run(args) => run::run(args),
        Command::Dtb(args) => dtb::dtb(args),
        Command::Hash(args) => hash::hash(args),
        Command::Proof(args) => hash::proof(args),
        Command::VerifyProof(args) => hash::verify(args),
        Command::LogStep(args) => step::log_step(args),
        Command::VerifyStep(args) => step::verify_step(args),
        Command::ShadowLayout => {
            print!("{}", rivet::machine::shadow::render_markdown());
            Ok(0)
        }
    });
    match result {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(failure)) => {
            eprintln!("rivet: error: {:#}", failure.error);
            ExitCode::from(failure.code)
        }
        Err(_) => {
            eprintln!("rivet: internal error (panic); this is a bug in rivet");
            ExitCode::from(exit::INTERNAL)
        }
    }
}
