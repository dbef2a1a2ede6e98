//! A small disassembler driven by the instruction table (names and operand formats).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::decode::{Format, Insn, Op};

/// ABI names of the integer registers.
pub const REG_NAMES: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
];

/// Renders `insn` in assembler syntax (branch and jump offsets relative to the pc).
pub fn disassemble(insn: &Insn) -> String {
    let Some(def) = insn.op.def() else {
        return match insn.op {
            Op::Illegal => format!("illegal {:#x}", insn.raw),
            _ => "undecoded".into(),
        };
    };
    let r = |i: u8| REG_NAMES[usize::from(i)];
    let aqrl = match insn.rs3 {
        0 => "",
        1 => ".rl",
        2 => ".aq",
        _ => ".aqrl",
    };
    let n = def.name;
    match def.format {
        Format::R => format!("{n} {}, {}, {}", r(insn.rd), r(insn.rs1), r(insn.rs2)),
        Format::I
            if matches!(
                insn.op,
                Op::Lb | Op::Lh | Op::Lw | Op::Ld | Op::Lbu | Op::Lhu | Op::Lwu | Op::Jalr
            ) =>
        {
            format!("{n} {}, {}({})", r(insn.rd), insn.imm, r(insn.rs1))
        }
        Format::I | Format::Shift => format!("{n} {}, {}, {}", r(insn.rd), r(insn.rs1), insn.imm),
        Format::S => format!("{n} {}, {}({})", r(insn.rs2), insn.imm, r(insn.rs1)),
        Format::B => format!("{n} {}, {}, pc{:+}", r(insn.rs1), r(insn.rs2), insn.imm),
        Format::U => format!("{n} {}, {:#x}", r(insn.rd), (insn.imm as u32) >> 12),
        Format::J => format!("{n} {}, pc{:+}", r(insn.rd), insn.imm),
        Format::Csr => format!("{n} {}, {:#x}, {}", r(insn.rd), insn.imm, r(insn.rs1)),
        Format::CsrI => format!("{n} {}, {:#x}, {}", r(insn.rd), insn.imm, insn.rs1),
        Format::Amo => format!(
            "{n}{aqrl} {}, {}, ({})",
            r(insn.rd),
            r(insn.rs2),
            r(insn.rs1)
        ),
        Format::Lr => format!("{n}{aqrl} {}, ({})", r(insn.rd), r(insn.rs1)),
        Format::Fence | Format::None => n.to_string(),
        Format::FpRm | Format::Fp => format!("{n} {}, {}, {}", insn.rd, insn.rs1, insn.rs2),
        Format::Fp4 => format!("{n} {}, {}, {}, {}", insn.rd, insn.rs1, insn.rs2, insn.rs3),
    }
}
