//! `rivet dtb`: the device tree a machine is built with.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use rivet::{Config, Machine};

use super::{Failure, exit, number};

/// Arguments of `rivet dtb`.
#[derive(Args, Debug)]
pub struct DtbArgs {
    /// RAM length (a multiple of 4 KiB).
    #[arg(long, value_name = "N", value_parser = number::parse, default_value = "128Mi")]
    ram_length: u64,
    /// Kernel command line (`/chosen/bootargs`).
    #[arg(long, value_name = "S", default_value = "")]
    append_bootargs: String,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Writes the DTB; returns the process exit code.
pub fn dtb(args: DtbArgs) -> Result<u8, Failure> {
    let config = Config {
        ram_length: args.ram_length,
        bootargs: args.append_bootargs,
        ..Config::default()
    };
    let machine = Machine::new(&config)
        .context("cannot build the machine")
        .map_err(Failure::bad_input)?;
    let blob = machine.dtb().map_err(|error| Failure {
        code: exit::INTERNAL,
        error: error.into(),
    })?;
    let written = match &args.output {
        Some(path) => {
            std::fs::write(path, &blob).with_context(|| format!("cannot write {}", path.display()))
        }
        None => std::io::stdout()
            .write_all(&blob)
            .context("cannot write to stdout"),
    };
    written.map_err(Failure::bad_input)?;
    Ok(0)
}
