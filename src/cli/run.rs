//! `rivet run`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, anyhow};
use clap::Args;
use rivet::{BreakReason, Config, Machine};

use super::{Failure, exit, number};

/// Arguments of `rivet run`.
#[derive(Args, Debug)]
pub struct RunArgs {
    /// ELF executable to load (RISC-V, 64-bit).
    #[arg(
        value_name = "ELF",
        required_unless_present = "ram_image",
        conflicts_with = "ram_image"
    )]
    elf: Option<PathBuf>,
    /// Raw image loaded at RAM start (0x80000000); execution starts there.
    #[arg(long, value_name = "FILE")]
    ram_image: Option<PathBuf>,
    /// RAM length (a multiple of 4 KiB; e.g. 128Mi, 0x8000000).
    #[arg(long, value_name = "N", value_parser = number::parse, default_value = "128Mi")]
    ram_length: u64,
    /// Kernel command line, placed in the device tree's /chosen/bootargs.
    #[arg(long, value_name = "S")]
    append_bootargs: Option<String>,
    /// Stop when the machine clock (mcycle) reaches N (absolute).
    #[arg(long, value_name = "N", value_parser = number::parse)]
    max_mcycle: Option<u64>,
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
}

/// Runs `rivet run`; returns the process exit code.
pub fn run(args: RunArgs) -> Result<u8, Failure> {
    let config = Config {
        ram_length: args.ram_length,
        bootargs: args.append_bootargs.clone().unwrap_or_default(),
    };
    let mut machine = load(&args, &config).map_err(Failure::bad_input)?;
    machine.set_console(Box::new(std::io::LineWriter::new(std::io::stdout())));
    let end = args.max_mcycle.unwrap_or(u64::MAX);
    let reason = loop {
        let reason = if args.trace {
            super::trace::run_traced(&mut machine, end).map_err(|error| Failure {
                code: exit::INTERNAL,
                error,
            })?
        } else {
            machine.run(end)
        };
        // A yield hands control to the host; the command line has nothing to do with it and
        // resumes the guest.
        if !matches!(reason, BreakReason::Yielded { .. }) {
            break reason;
        }
    };
    let _ = machine.flush_console();
    let (name, code) = match reason {
        BreakReason::Halted(code) => ("halted", u8::try_from(code).unwrap_or(255)),
        BreakReason::ReachedTarget => ("mcycle limit reached", exit::LIMIT),
        BreakReason::Yielded { .. } => unreachable!("yields are resumed above"),
    };
    let hart = machine.hart();
    if args.json {
        let summary = serde_json::json!({
            "break_reason": match reason {
                BreakReason::Halted(_) => "halted",
                _ => "reached_target",
            },
            "exit_code": machine.exit_code(),
            "mcycle": hart.mcycle,
            "minstret": hart.minstret,
            "pc": format!("{:#x}", hart.pc),
        });
        eprintln!("{summary}");
    } else if !args.quiet {
        let exit_code = machine
            .exit_code()
            .map_or(String::new(), |c| format!(", exit code {c}"));
        eprintln!(
            "rivet: {name}{exit_code}, mcycle {}, minstret {}, pc {:#x}",
            hart.mcycle, hart.minstret, hart.pc
        );
    }
    let _ = std::io::stderr().flush();
    Ok(code)
}

fn load(args: &RunArgs, config: &Config) -> anyhow::Result<Machine> {
    let (path, is_elf) = match (&args.elf, &args.ram_image) {
        (Some(p), None) => (p, true),
        (None, Some(p)) => (p, false),
        _ => return Err(anyhow!("give either an ELF file or --ram-image")),
    };
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let machine = if is_elf {
        Machine::from_elf(config, &bytes)
    } else {
        Machine::from_raw_image(config, &bytes)
    };
    machine.with_context(|| format!("cannot load {}", path.display()))
}
