//! `rivet run`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::anyhow;
use clap::Args;
use rivet::{BreakReason, Engine, JitConfig, Machine};

use super::source::SourceArgs;
use super::{Failure, exit, number};

/// Arguments of `rivet run`.
#[derive(Args, Debug)]
pub struct RunArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Stop when the machine clock (mcycle) reaches N (absolute, also after --load).
    #[arg(long, value_name = "N", value_parser = number::parse)]
    max_mcycle: Option<u64>,
    /// Print the root hash before the run ("initial-hash HEX" on stderr).
    #[arg(long)]
    initial_hash: bool,
    /// Print the root hash after the run ("final-hash HEX" on stderr).
    #[arg(long)]
    final_hash: bool,
    /// Print the root every 2^LOG2 cycles: one line "MCYCLE HEX" on stderr each.
    #[arg(long, value_name = "LOG2", value_parser = clap::value_parser!(u32).range(0..=63))]
    periodic_hashes: Option<u32>,
    /// After the run, store the machine in directory DIR (atomically replacing a snapshot
    /// stored there before); load it with --load DIR.
    #[arg(long, value_name = "DIR")]
    store: Option<PathBuf>,
    /// Print the summary as a JSON object on stderr.
    #[arg(long)]
    json: bool,
    /// Print no summary line.
    #[arg(long)]
    quiet: bool,
    /// Print every executed instruction on stderr (mcycle, pc, bits, disassembly, value
    /// written). Slow.
    #[arg(long)]
    trace: bool,
    /// The engine: `jit` (compiled hot blocks) or `interp` (the reference interpreter).
    /// Both end in the same state.
    #[arg(long, value_enum, default_value_t = EngineArg::Jit)]
    engine: EngineArg,
    /// JIT: how many times a block must be reached before it is compiled (0: at once).
    #[arg(long, value_name = "N", default_value_t = JitConfig::default().threshold)]
    jit_threshold: u32,
}

/// `--engine` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EngineArg {
    /// The Cranelift JIT.
    Jit,
    /// The reference interpreter.
    Interp,
}

/// Runs `rivet run`; returns the process exit code.
pub fn run(args: RunArgs) -> Result<u8, Failure> {
    let mut machine = args.source.machine().map_err(Failure::bad_input)?;
    machine.set_engine(match args.engine {
        EngineArg::Interp => Engine::Interpreter,
        EngineArg::Jit => Engine::Jit(JitConfig {
            threshold: args.jit_threshold,
            ..JitConfig::default()
        }),
    });
    let started = std::time::Instant::now();
    machine.set_console(Box::new(std::io::LineWriter::new(std::io::stdout())));
    let end = args.max_mcycle.unwrap_or(u64::MAX);
    let initial_hash = args.initial_hash.then(|| machine.root_hash());
    if let Some(h) = initial_hash.filter(|_| !args.json) {
        eprintln!("initial-hash {h}");
    }
    let mut periodic = Vec::new();
    let mut progress =
        (!args.json && !args.quiet && !args.trace && std::io::stderr().is_terminal())
            .then(|| super::progress::Progress::new(machine.mcycle()));
    let reason = loop {
        // With periodic hashes, run to the next multiple of the period (or the end).
        let next = args.periodic_hashes.and_then(|log2| {
            let period = 1u64 << log2;
            (machine.mcycle() / period)
                .checked_add(1)
                .and_then(|n| n.checked_mul(period))
                .filter(|&n| n <= end)
        });
        let mut target = next.unwrap_or(end);
        if let Some(p) = &progress {
            // Runs are split into slices to update the line (splits change nothing).
            target = target.min(p.slice_end(machine.mcycle()));
        }
        let reason = if args.trace {
            super::trace::run_traced(&mut machine, target).map_err(|error| Failure {
                code: exit::INTERNAL,
                error,
            })?
        } else {
            machine.run(target)
        };
        match reason {
            // A yield hands control to the host; the command line has nothing to do with it
            // and resumes the guest.
            BreakReason::Yielded { .. } => continue,
            BreakReason::ReachedTarget
                if progress.is_some() && Some(target) != next && target < end =>
            {
                if let Some(p) = &mut progress {
                    p.update(machine.mcycle());
                }
            }
            BreakReason::ReachedTarget if Some(machine.mcycle()) == next => {
                let root = machine.root_hash();
                if args.json {
                    periodic.push(serde_json::json!({
                        "mcycle": machine.mcycle(),
                        "root": root.to_hex(),
                    }));
                } else {
                    eprintln!("{} {root}", machine.mcycle());
                }
                if machine.mcycle() >= end {
                    break reason;
                }
            }
            _ => break reason,
        }
    };
    if let Some(p) = &progress {
        p.finish();
    }
    let _ = machine.flush_console();
    machine.state().flush_flash().map_err(|e| Failure {
        code: exit::CANT_CREATE,
        error: anyhow!(e).context("cannot write the shared flash drives back to their files"),
    })?;
    let (name, code) = match reason {
        BreakReason::Halted(code) => ("halted", u8::try_from(code).unwrap_or(255)),
        BreakReason::ReachedTarget => ("mcycle limit reached", exit::LIMIT),
        BreakReason::Yielded { .. } => unreachable!("yields are resumed above"),
    };
    let final_hash = args.final_hash.then(|| machine.root_hash());
    if let Some(h) = final_hash.filter(|_| !args.json) {
        eprintln!("final-hash {h}");
    }
    let stored = match &args.store {
        Some(dir) => Some(store(&mut machine, dir)?),
        None => None,
    };
    let hart = machine.hart();
    if args.json {
        let mut summary = serde_json::json!({
            "break_reason": match reason {
                BreakReason::Halted(_) => "halted",
                _ => "reached_target",
            },
            "exit_code": machine.exit_code(),
            "mcycle": hart.mcycle,
            "minstret": hart.minstret,
            "pc": format!("{:#x}", hart.pc),
        });
        if let Some(h) = initial_hash {
            summary["initial_hash"] = h.to_hex().into();
        }
        if let Some(h) = final_hash {
            summary["final_hash"] = h.to_hex().into();
        }
        if args.periodic_hashes.is_some() {
            summary["periodic_hashes"] = periodic.into();
        }
        summary["engine"] = match args.engine {
            EngineArg::Jit => "jit",
            EngineArg::Interp => "interp",
        }
        .into();
        summary["seconds"] = started.elapsed().as_secs_f64().into();
        if let Some(s) = machine.jit_stats() {
            summary["jit"] = serde_json::json!({
                "blocks_compiled": s.blocks_compiled,
                "insns_compiled": s.insns_compiled,
                "compile_seconds": s.compile_time.as_secs_f64(),
                "jit_cycles": s.jit_cycles,
                "interp_cycles": s.interp_cycles,
                "blocks_invalidated": s.blocks_invalidated,
                "arena_resets": s.arena_resets,
                "compile_errors": s.compile_errors,
                "blocks_optimized": s.blocks_optimized,
            });
        }
        if let (Some(dir), Some(h)) = (&args.store, stored) {
            summary["stored"] = serde_json::json!({
                "dir": dir.display().to_string(),
                "root": h.to_hex(),
            });
        }
        eprintln!("{summary}");
    } else if !args.quiet {
        let exit_code = machine
            .exit_code()
            .map_or(String::new(), |c| format!(", exit code {c}"));
        eprintln!(
            "rivet: {name}{exit_code}, mcycle {}, minstret {}, pc {:#x}",
            hart.mcycle, hart.minstret, hart.pc
        );
        if let Some(dir) = &args.store {
            eprintln!("rivet: stored in {}", dir.display());
        }
    }
    let _ = std::io::stderr().flush();
    Ok(code)
}

fn store(machine: &mut Machine, dir: &std::path::Path) -> Result<rivet::Hash, Failure> {
    machine.store(dir).map_err(|e| Failure {
        code: exit::CANT_CREATE,
        error: anyhow!(e).context(format!("cannot store the machine in {}", dir.display())),
    })
}
