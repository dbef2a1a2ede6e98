//! Where a command's machine comes from: an ELF, a raw image or a stored snapshot.

use std::path::PathBuf;

use anyhow::{Context, anyhow};
use clap::Args;
use rivet::{Config, Machine};

use super::number;

/// The machine-building arguments shared by `run`, `hash` and `proof`.
#[derive(Args, Debug)]
pub struct SourceArgs {
    /// ELF executable to load (RISC-V, 64-bit).
    #[arg(
        value_name = "ELF",
        required_unless_present_any = ["ram_image", "load"],
        conflicts_with_all = ["ram_image", "load"]
    )]
    pub elf: Option<PathBuf>,
    /// Raw image loaded at RAM start (0x80000000); execution starts there.
    #[arg(long, value_name = "FILE", conflicts_with = "load")]
    pub ram_image: Option<PathBuf>,
    /// Load the machine stored in DIR (by `rivet run --store DIR`) instead of an image.
    #[arg(long, value_name = "DIR")]
    pub load: Option<PathBuf>,
    /// RAM length (a multiple of 4 KiB; e.g. 128Mi, 0x8000000).
    #[arg(long, value_name = "N", value_parser = number::parse, default_value = "128Mi",
          conflicts_with = "load")]
    pub ram_length: u64,
    /// Kernel command line, placed in the device tree's /chosen/bootargs.
    #[arg(long, value_name = "S", conflicts_with = "load")]
    pub append_bootargs: Option<String>,
}

impl SourceArgs {
    /// Builds the machine.
    pub fn machine(&self) -> anyhow::Result<Machine> {
        if let Some(dir) = &self.load {
            return Machine::load(dir)
                .with_context(|| format!("cannot load the snapshot in {}", dir.display()));
        }
        let config = Config {
            ram_length: self.ram_length,
            bootargs: self.append_bootargs.clone().unwrap_or_default(),
        };
        let (path, is_elf) = match (&self.elf, &self.ram_image) {
            (Some(p), None) => (p, true),
            (None, Some(p)) => (p, false),
            _ => return Err(anyhow!("give an ELF file, --ram-image or --load")),
        };
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let machine = if is_elf {
            Machine::from_elf(&config, &bytes)
        } else {
            Machine::from_raw_image(&config, &bytes)
        };
        machine.with_context(|| format!("cannot load {}", path.display()))
    }
}
