//! `rivet log-step` and `rivet verify-step` (step logs, `docs/step-log.md`).

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, anyhow};
use clap::Args;
use rivet::{Engine, Hash, JitConfig, StepLog};

use super::source::SourceArgs;
use super::{Failure, exit, number};

/// Arguments of `rivet log-step`.
#[derive(Args, Debug)]
pub struct LogStepArgs {
    /// How many cycles the log covers (at most 2^24).
    #[arg(long, value_name = "N", value_parser = number::parse)]
    cycles: u64,
    /// Where to write the log.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// First run the machine to this absolute mcycle (with --engine), then log from there.
    #[arg(long, value_name = "MCYCLE", value_parser = number::parse)]
    start: Option<u64>,
    /// The engine that runs the machine to --start (the log itself is always recorded by the
    /// interpreter).
    #[arg(long, value_enum, default_value = "jit")]
    engine: EngineArg,
    #[command(flatten)]
    source: SourceArgs,
}

/// Engines for `--engine`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum EngineArg {
    /// The reference interpreter.
    Interp,
    /// The JIT.
    Jit,
}

/// Records a step log and writes it to `--out`; prints the roots before and after on stderr.
pub fn log_step(args: LogStepArgs) -> Result<u8, Failure> {
    let mut machine = args.source.machine().map_err(Failure::bad_input)?;
    machine.set_engine(match args.engine {
        EngineArg::Interp => Engine::Interpreter,
        EngineArg::Jit => Engine::Jit(JitConfig::default()),
    });
    if let Some(start) = args.start {
        // Yields to the host are resumed, as in a step log.
        while machine.mcycle() < start
            && machine.exit_code().is_none()
            && matches!(machine.run(start), rivet::BreakReason::Yielded { .. })
        {}
    }
    let mcycle = machine.mcycle();
    let log = machine
        .log_step(args.cycles)
        .map_err(|e| Failure::bad_input(anyhow!(e)))?;
    let bytes = rivet::interp::step::encode(&log);
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))
        .map_err(|error| Failure {
            code: exit::CANT_CREATE,
            error,
        })?;
    eprintln!(
        "rivet: logged {} cycles from mcycle {mcycle} ({} pages, {} sibling hashes, {} bytes)",
        log.cycles,
        log.pages.len(),
        log.siblings.len(),
        bytes.len()
    );
    eprintln!("root before: {}", log.root_before);
    eprintln!("root after:  {}", log.root_after);
    Ok(0)
}

/// Arguments of `rivet verify-step`.
#[derive(Args, Debug)]
pub struct VerifyStepArgs {
    /// The root of the state the log starts from (64 hex digits).
    #[arg(long, value_name = "HEX", value_parser = parse_hash)]
    root_before: Hash,
    /// The log, as written by `rivet log-step`.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

fn parse_hash(s: &str) -> Result<Hash, String> {
    Hash::from_hex(s).map_err(|e| e.to_string())
}

/// The largest log file read: the format's page limit plus its siblings.
const MAX_LOG_BYTES: u64 =
    96 + rivet::interp::step::format::MAX_PAGES as u64 * (8 + 4096 + 52 * 32);

/// Verifies a step log: prints the root after on stdout and exits 0, or exits
/// [`exit::REJECTED`] with the reason (and [`exit::BAD_INPUT`] when the file cannot be read).
pub fn verify_step(args: VerifyStepArgs) -> Result<u8, Failure> {
    let path = &args.file;
    let bytes = read_bounded(path).map_err(Failure::bad_input)?;
    let rejected = |e: anyhow::Error| Failure {
        code: exit::REJECTED,
        error: e.context(format!("{} is rejected", path.display())),
    };
    let log: StepLog = rivet::interp::step::decode(&bytes).map_err(|e| rejected(anyhow!(e)))?;
    let root = rivet::verify_step(&args.root_before, &log).map_err(|e| rejected(anyhow!(e)))?;
    println!("{root}");
    eprintln!(
        "rivet: step log verifies: {} cycles from {} lead to {root}",
        log.cycles, args.root_before
    );
    Ok(0)
}

/// Reads a regular file of at most [`MAX_LOG_BYTES`].
fn read_bounded(path: &PathBuf) -> anyhow::Result<Vec<u8>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let meta = file
        .metadata()
        .with_context(|| format!("cannot read {}", path.display()))?;
    if !meta.is_file() {
        return Err(anyhow!("{} is not a regular file", path.display()));
    }
    if meta.len() > MAX_LOG_BYTES {
        return Err(anyhow!(
            "{} has {} bytes; a step log has at most {MAX_LOG_BYTES}",
            path.display(),
            meta.len()
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_LOG_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(bytes)
}
