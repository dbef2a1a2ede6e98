//! Where a command's machine comes from: an ELF, a raw image or a stored snapshot.

use std::path::PathBuf;

use anyhow::{Context, anyhow};
use clap::Args;
use rivet::machine::flash::{FlashConfig, parse_spec};
use rivet::{Config, Machine};

use super::number;

/// The machine-building arguments shared by `run`, `hash` and `proof`.
#[derive(Args, Debug)]
pub struct SourceArgs {
    /// ELF executable to load (RISC-V, 64-bit).
    #[arg(
        value_name = "ELF",
        required_unless_present_any = ["ram_image", "load", "kernel"],
        conflicts_with_all = ["ram_image", "load", "kernel"]
    )]
    pub elf: Option<PathBuf>,
    /// Raw image loaded at RAM start (0x80000000); execution starts there.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["load", "kernel"])]
    pub ram_image: Option<PathBuf>,
    /// Firmware loaded at RAM start, where the hart starts in M mode (a0 = 0, a1 = the DTB
    /// address); e.g. OpenSBI's fw_jump.bin. Needs --kernel.
    #[arg(
        long,
        value_name = "FILE",
        requires = "kernel",
        conflicts_with = "load"
    )]
    pub bios: Option<PathBuf>,
    /// Kernel image (e.g. Linux's Image) loaded at RAM start + 2 MiB, where fw_jump jumps.
    /// Needs --bios.
    #[arg(long, value_name = "FILE", requires = "bios", conflicts_with = "load")]
    pub kernel: Option<PathBuf>,
    /// Initial RAM disk, placed at the top of RAM (4 KiB aligned) and named in the device
    /// tree's /chosen/linux,initrd-start and -end. Needs --kernel.
    #[arg(
        long,
        value_name = "FILE",
        requires = "kernel",
        conflicts_with = "load"
    )]
    pub initrd: Option<PathBuf>,
    /// A flash drive: file=F,start=A[,shared][,readonly]. The file (a non-zero multiple of
    /// 4 KiB) appears at physical address A (4 KiB aligned, above RAM) as a pmem-region in the
    /// device tree. Copy-on-write by default; `shared` writes to the file; `readonly` faults
    /// guest stores. Repeatable.
    #[arg(long = "flash-drive", value_name = "SPEC", value_parser = parse_flash, conflicts_with = "load")]
    pub flash_drives: Vec<FlashConfig>,
    /// Load the machine stored in DIR (by `rivet run --store DIR`) instead of an image.
    #[arg(long, value_name = "DIR")]
    pub load: Option<PathBuf>,
    /// RAM length (a multiple of 4 KiB; e.g. 128Mi, 0x8000000).
    #[arg(long, value_name = "N", value_parser = number::parse, default_value = "128Mi",
          conflicts_with = "load")]
    pub ram_length: u64,
    /// Kernel command line, placed in the device tree's /chosen/bootargs.
    #[arg(
        long,
        visible_alias = "append",
        value_name = "S",
        conflicts_with = "load"
    )]
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
            flash_drives: self.flash_drives.clone(),
        };
        if let (Some(bios), Some(kernel)) = (&self.bios, &self.kernel) {
            let read = |p: &PathBuf| {
                std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))
            };
            let (bios_bytes, kernel_bytes) = (read(bios)?, read(kernel)?);
            let initrd = self.initrd.as_ref().map(read).transpose()?;
            return Machine::from_linux(&config, &bios_bytes, &kernel_bytes, initrd.as_deref())
                .context("cannot boot that firmware, kernel and initrd");
        }
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

/// Parses a `--flash-drive` specification.
fn parse_flash(spec: &str) -> Result<FlashConfig, String> {
    parse_spec(spec, number::parse)
}
