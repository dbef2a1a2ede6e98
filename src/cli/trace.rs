//! `--trace`: one line per executed instruction, disassembled by Capstone (an outside
//! disassembler, so a decoder bug in rivet shows up as a mismatch in the trace).

use std::io::Write;

use anyhow::Context;
use capstone::arch::BuildsCapstone;
use capstone::arch::riscv::ArchMode;
use capstone::{Capstone, arch::BuildsCapstoneExtraMode};
use rivet::{BreakReason, Machine};

/// Runs to `end` one instruction at a time, printing each on stderr.
pub fn run_traced(m: &mut Machine, end: u64) -> anyhow::Result<BreakReason> {
    let cs = Capstone::new()
        .riscv()
        .mode(ArchMode::RiscV64)
        .extra_mode([capstone::arch::riscv::ArchExtraMode::RiscVC].into_iter())
        .build()
        .context("cannot start the Capstone disassembler")?;
    let stderr = std::io::stderr();
    let mut out = std::io::BufWriter::new(stderr.lock());
    loop {
        if m.mcycle() >= end {
            return Ok(BreakReason::ReachedTarget);
        }
        let (info, stop) = m.step();
        if let Some(insn) = info.insn {
            let bytes = insn.raw.to_le_bytes();
            let bytes = &bytes[..usize::from(insn.len)];
            let text = cs
                .disasm_count(bytes, info.pc, 1)
                .ok()
                .and_then(|d| {
                    d.iter().next().map(|i| {
                        format!(
                            "{} {}",
                            i.mnemonic().unwrap_or("?"),
                            i.op_str().unwrap_or("")
                        )
                    })
                })
                .unwrap_or_else(|| "(unknown)".into());
            let width = usize::from(insn.len) * 2;
            write!(
                out,
                "{:>10} {:#018x} {:0width$x}{:pad$} {text:<36}",
                info.mcycle,
                info.pc,
                insn.raw,
                "",
                pad = 8 - width
            )?;
            if let Some(e) = info.exception {
                write!(out, " trap cause={} tval={:#x}", e.cause, e.tval)?;
            } else if writes_rd(&insn) {
                let name = rivet::interp::disasm::REG_NAMES[usize::from(insn.rd)];
                write!(out, " {name}={:#x}", m.hart().x[usize::from(insn.rd)])?;
            }
            writeln!(out)?;
        } else if let Some(e) = info.exception {
            writeln!(
                out,
                "{:>10} {:#018x} fetch trap cause={} tval={:#x}",
                info.mcycle, info.pc, e.cause, e.tval
            )?;
        }
        if let Some(stop) = stop {
            out.flush()?;
            return Ok(stop);
        }
    }
}

/// Whether the instruction writes its destination register (and it is not `x0`).
fn writes_rd(insn: &rivet::interp::Insn) -> bool {
    use rivet::interp::decode::Format;
    insn.rd != 0
        && insn.op.def().is_some_and(|d| {
            !matches!(
                d.format,
                Format::S | Format::B | Format::Fence | Format::None
            )
        })
}
