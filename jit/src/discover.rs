//! Block discovery: the instructions a block holds.
//!
//! A block starts at a pc and runs in order inside one 4 KiB page: it ends after a branch, a
//! jump or an instruction that can change translation, privilege or interrupt state (CSR
//! accesses, xRET, WFI, ECALL/EBREAK, SFENCE.VMA, FENCE.I, anything illegal), before an
//! instruction that would cross the page end, or at [`MAX_INSNS`].

use rivet_interp::decode::{Insn, Op, decode, insn_len};
use rivet_machine::Machine;
use rivet_machine::map::PAGE_SIZE;

/// The most instructions in one block.
pub const MAX_INSNS: usize = 64;

/// How an instruction is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Lowered inline; execution goes on with the next instruction.
    Inline,
    /// Lowered inline; it ends the block (branches and jumps).
    Control,
    /// Executed by the interpreter through a helper; the block goes on after it unless the
    /// helper asks to return.
    Helper,
    /// Executed by the interpreter through a helper; it ends the block.
    HelperEnd,
}

/// How `op` is compiled.
pub fn kind(op: Op) -> Kind {
    use Op::*;
    match op {
        Lui | Auipc | Lb | Lh | Lw | Ld | Lbu | Lhu | Lwu | Sb | Sh | Sw | Sd | Addi | Slti
        | Sltiu | Xori | Ori | Andi | Slli | Srli | Srai | Add | Sub | Sll | Slt | Sltu | Xor
        | Srl | Sra | Or | And | Addiw | Slliw | Srliw | Sraiw | Addw | Subw | Sllw | Srlw
        | Sraw | Mul | Mulh | Mulhsu | Mulhu | Div | Divu | Rem | Remu | Mulw | Divw | Divuw
        | Remw | Remuw | Fence => Kind::Inline,
        Jal | Jalr | Beq | Bne | Blt | Bge | Bltu | Bgeu => Kind::Control,
        Csrrw | Csrrs | Csrrc | Csrrwi | Csrrsi | Csrrci | Ecall | Ebreak | Mret | Sret | Wfi
        | SfenceVma | FenceI => Kind::HelperEnd,
        _ if op as u8 >= Op::Flw as u8 => Kind::Helper,
        LrW | LrD | ScW | ScD | AmoswapW | AmoaddW | AmoxorW | AmoandW | AmoorW | AmominW
        | AmomaxW | AmominuW | AmomaxuW | AmoswapD | AmoaddD | AmoxorD | AmoandD | AmoorD
        | AmominD | AmomaxD | AmominuD | AmomaxuD => Kind::Helper,
        // Undecoded and illegal words: the helper takes the trap.
        _ => Kind::HelperEnd,
    }
}

/// The instructions of the block at virtual `pc`, whose page starts at physical `page`
/// (all RAM, fetchable as a whole). Empty when the first instruction crosses the page end.
pub fn discover(m: &Machine, pc: u64, page: u64) -> Vec<Insn> {
    let mut insns = Vec::new();
    let mut off = pc & (PAGE_SIZE - 1);
    while insns.len() < MAX_INSNS && off < PAGE_SIZE {
        let Some(lo) = m.fetch_parcel(page + off) else {
            break;
        };
        let len = u64::from(insn_len(lo));
        if off + len > PAGE_SIZE {
            break;
        }
        let raw = if len == 2 {
            u32::from(lo)
        } else {
            let Some(hi) = m.fetch_parcel(page + off + 2) else {
                break;
            };
            u32::from(lo) | (u32::from(hi) << 16)
        };
        let insn = decode(raw);
        insns.push(insn);
        off += len;
        if matches!(kind(insn.op), Kind::Control | Kind::HelperEnd) {
            break;
        }
    }
    insns
}

/// For an instruction run by a helper that lets the block go on ([`Kind::Helper`]): the
/// integer registers it reads (a mask) and whether it writes integer register `rd`. Every
/// other effect is on FP registers, `fcsr`, memory or trap state.
pub fn helper_registers(insn: &Insn) -> (u32, bool) {
    use Op::*;
    let rs1 = 1u32 << (insn.rs1 & 31);
    let rs2 = 1u32 << (insn.rs2 & 31);
    let (reads, writes) = match insn.op {
        Flw | Fld | Fsw | Fsd => (rs1, false),
        FcvtSW | FcvtSWu | FcvtSL | FcvtSLu | FmvWX | FcvtDW | FcvtDWu | FcvtDL | FcvtDLu
        | FmvDX => (rs1, false),
        FcvtWS | FcvtWuS | FcvtLS | FcvtLuS | FmvXW | FclassS | FeqS | FltS | FleS | FcvtWD
        | FcvtWuD | FcvtLD | FcvtLuD | FmvXD | FclassD | FeqD | FltD | FleD => (0, true),
        LrW | LrD => (rs1, true),
        ScW | ScD | AmoswapW | AmoaddW | AmoxorW | AmoandW | AmoorW | AmominW | AmomaxW
        | AmominuW | AmomaxuW | AmoswapD | AmoaddD | AmoxorD | AmoandD | AmoorD | AmominD
        | AmomaxD | AmominuD | AmomaxuD => (rs1 | rs2, true),
        // The other F and D instructions read and write FP registers only.
        _ => (0, false),
    };
    (reads & !1, writes && insn.rd & 31 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Encodings worked out by hand from the unprivileged spec's instruction formats.
    #[test]
    fn helper_register_sets() {
        // amoadd.w x5, x7, (x6): reads x6 and x7, writes x5.
        assert_eq!(
            helper_registers(&decode(0x0073_22af)),
            (1 << 6 | 1 << 7, true)
        );
        // amoadd.w x0, x7, (x6): the result is dropped.
        assert_eq!(
            helper_registers(&decode(0x0073_202f)),
            (1 << 6 | 1 << 7, false)
        );
        // fmv.x.d x10, f11: writes x10, reads no integer register.
        assert_eq!(helper_registers(&decode(0xe205_8553)), (0, true));
        // fadd.d f1, f2, f3 (dynamic rounding): FP registers only.
        assert_eq!(helper_registers(&decode(0x0231_70d3)), (0, false));
        // fld f1, 8(x9): reads its base x9.
        assert_eq!(helper_registers(&decode(0x0084_b087)), (1 << 9, false));
    }
}
