//! The declarative instruction table: one line per instruction, giving its name, operand
//! format and encoding (mask and match). It generates [`Op`] and feeds the decoder, the
//! disassembler and (later) the fuzzers' generators.
//!
//! Encodings are built from the field values of the RISC-V unprivileged specification
//! (chapter "RV32/64G Instruction Set Listings") with the small constructors below.

/// Operand format: which fields of the word an instruction uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// rd, rs1, rs2.
    R,
    /// rd, rs1, 12-bit signed immediate.
    I,
    /// rd, rs1, shift amount (6 bits for RV64 shifts, 5 bits for the *W shifts).
    Shift,
    /// rs1, rs2, 12-bit signed store offset.
    S,
    /// rs1, rs2, 13-bit signed branch offset.
    B,
    /// rd, 32-bit immediate with the low 12 bits zero.
    U,
    /// rd, 21-bit signed jump offset.
    J,
    /// rd, rs1, CSR number (in `imm`).
    Csr,
    /// rd, 5-bit zero-extended immediate (in `rs1`), CSR number (in `imm`).
    CsrI,
    /// rd, rs1 (address), rs2, aq/rl bits (in `rs3`).
    Amo,
    /// rd, rs1 (address), aq/rl bits (in `rs3`); rs2 must be zero.
    Lr,
    /// The FENCE fields (fm, pred, succ) in `imm`.
    Fence,
    /// FP: rd, rs1, rs2, and the rounding mode (bits 14:12) in `imm`.
    FpRm,
    /// FP with funct3 as part of the opcode (no rounding mode): rd, rs1, rs2.
    Fp,
    /// FP fused multiply-add: rd, rs1, rs2, rs3, and the rounding mode in `imm`.
    Fp4,
    /// No operands.
    None,
}

/// One instruction of the table.
#[derive(Clone, Copy, Debug)]
pub struct InsnDef {
    /// What the interpreter executes.
    pub op: Op,
    /// Assembler mnemonic.
    pub name: &'static str,
    /// Operand format.
    pub format: Format,
    /// Bits of the word that identify the instruction.
    pub mask: u32,
    /// Their value.
    pub bits: u32,
}

// Major opcodes (bits 6:0).
const LOAD: u32 = 0x03;
const MISC_MEM: u32 = 0x0f;
const OP_IMM: u32 = 0x13;
const AUIPC: u32 = 0x17;
const OP_IMM_32: u32 = 0x1b;
const STORE: u32 = 0x23;
const AMO: u32 = 0x2f;
const OP: u32 = 0x33;
const LUI: u32 = 0x37;
const OP_32: u32 = 0x3b;
const BRANCH: u32 = 0x63;
const JALR: u32 = 0x67;
const JAL: u32 = 0x6f;
const SYSTEM: u32 = 0x73;

/// Identified by the opcode alone.
const fn opc(opcode: u32) -> (u32, u32) {
    (0x7f, opcode)
}
/// Opcode and funct3.
const fn f3(opcode: u32, funct3: u32) -> (u32, u32) {
    (0x707f, opcode | funct3 << 12)
}
/// Opcode, funct3 and funct7.
const fn r(opcode: u32, funct3: u32, funct7: u32) -> (u32, u32) {
    (0xfe00_707f, opcode | funct3 << 12 | funct7 << 25)
}
/// Opcode, funct3 and funct6 (RV64 shifts: bit 25 is shamt[5]).
const fn sh(opcode: u32, funct3: u32, funct6: u32) -> (u32, u32) {
    (0xfc00_707f, opcode | funct3 << 12 | funct6 << 26)
}
/// AMO: funct5 and width (funct3); aq/rl free.
const fn amo(funct3: u32, funct5: u32) -> (u32, u32) {
    (0xf800_707f, AMO | funct3 << 12 | funct5 << 27)
}
/// LR: like [`amo`] but rs2 must be zero.
const fn lr(funct3: u32) -> (u32, u32) {
    (0xf9f0_707f, AMO | funct3 << 12 | 0b00010 << 27)
}
/// OP-FP with funct7 (rounding mode free).
const fn fr(funct7: u32) -> (u32, u32) {
    (0xfe00_007f, 0x53 | funct7 << 25)
}
/// OP-FP with funct7 and a fixed rs2 (rounding mode free).
const fn fr2(funct7: u32, rs2: u32) -> (u32, u32) {
    (0xfff0_007f, 0x53 | funct7 << 25 | rs2 << 20)
}
/// OP-FP with funct7 and funct3.
const fn fr3(funct7: u32, funct3: u32) -> (u32, u32) {
    (0xfe00_707f, 0x53 | funct7 << 25 | funct3 << 12)
}
/// OP-FP with funct7, funct3 and a fixed rs2.
const fn fr23(funct7: u32, rs2: u32, funct3: u32) -> (u32, u32) {
    (0xfff0_707f, 0x53 | funct7 << 25 | rs2 << 20 | funct3 << 12)
}
/// A fused multiply-add opcode with its format (0 = S, 1 = D).
const fn fma(opcode: u32, fmt: u32) -> (u32, u32) {
    (0x0600_007f, opcode | fmt << 25)
}

/// One exact word.
const fn exact(word: u32) -> (u32, u32) {
    (0xffff_ffff, word)
}

macro_rules! instructions {
    ($($op:ident $name:literal $fmt:ident $enc:expr;)*) => {
        /// What an instruction does: one variant per table line, plus two markers.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            /// A decode-cache slot not decoded yet (never produced by the decoder).
            Undecoded,
            /// An illegal instruction: no table line matches (reserved and unassigned encodings).
            Illegal,
            $(
                #[doc = concat!("`", $name, "`")]
                $op,
            )*
        }

        /// The instruction table, in [`Op`] order (after the two markers).
        pub static TABLE: &[InsnDef] = &[
            $(InsnDef { op: Op::$op, name: $name, format: Format::$fmt, mask: $enc.0, bits: $enc.1 },)*
        ];
    };
}

instructions! {
    // RV64I
    Lui "lui" U opc(LUI);
    Auipc "auipc" U opc(AUIPC);
    Jal "jal" J opc(JAL);
    Jalr "jalr" I f3(JALR, 0);
    Beq "beq" B f3(BRANCH, 0);
    Bne "bne" B f3(BRANCH, 1);
    Blt "blt" B f3(BRANCH, 4);
    Bge "bge" B f3(BRANCH, 5);
    Bltu "bltu" B f3(BRANCH, 6);
    Bgeu "bgeu" B f3(BRANCH, 7);
    Lb "lb" I f3(LOAD, 0);
    Lh "lh" I f3(LOAD, 1);
    Lw "lw" I f3(LOAD, 2);
    Ld "ld" I f3(LOAD, 3);
    Lbu "lbu" I f3(LOAD, 4);
    Lhu "lhu" I f3(LOAD, 5);
    Lwu "lwu" I f3(LOAD, 6);
    Sb "sb" S f3(STORE, 0);
    Sh "sh" S f3(STORE, 1);
    Sw "sw" S f3(STORE, 2);
    Sd "sd" S f3(STORE, 3);
    Addi "addi" I f3(OP_IMM, 0);
    Slti "slti" I f3(OP_IMM, 2);
    Sltiu "sltiu" I f3(OP_IMM, 3);
    Xori "xori" I f3(OP_IMM, 4);
    Ori "ori" I f3(OP_IMM, 6);
    Andi "andi" I f3(OP_IMM, 7);
    Slli "slli" Shift sh(OP_IMM, 1, 0b000000);
    Srli "srli" Shift sh(OP_IMM, 5, 0b000000);
    Srai "srai" Shift sh(OP_IMM, 5, 0b010000);
    Add "add" R r(OP, 0, 0x00);
    Sub "sub" R r(OP, 0, 0x20);
    Sll "sll" R r(OP, 1, 0x00);
    Slt "slt" R r(OP, 2, 0x00);
    Sltu "sltu" R r(OP, 3, 0x00);
    Xor "xor" R r(OP, 4, 0x00);
    Srl "srl" R r(OP, 5, 0x00);
    Sra "sra" R r(OP, 5, 0x20);
    Or "or" R r(OP, 6, 0x00);
    And "and" R r(OP, 7, 0x00);
    Addiw "addiw" I f3(OP_IMM_32, 0);
    Slliw "slliw" Shift r(OP_IMM_32, 1, 0x00);
    Srliw "srliw" Shift r(OP_IMM_32, 5, 0x00);
    Sraiw "sraiw" Shift r(OP_IMM_32, 5, 0x20);
    Addw "addw" R r(OP_32, 0, 0x00);
    Subw "subw" R r(OP_32, 0, 0x20);
    Sllw "sllw" R r(OP_32, 1, 0x00);
    Srlw "srlw" R r(OP_32, 5, 0x00);
    Sraw "sraw" R r(OP_32, 5, 0x20);
    // FENCE ignores its unused fields (rd, rs1) and fm, as the base ISA requires; this also
    // covers FENCE.TSO and PAUSE.
    Fence "fence" Fence f3(MISC_MEM, 0);
    Ecall "ecall" None exact(0x0000_0073);
    Ebreak "ebreak" None exact(0x0010_0073);
    // Zifencei: the unused fields are ignored, as the specification requires.
    FenceI "fence.i" None f3(MISC_MEM, 1);
    // Zicsr
    Csrrw "csrrw" Csr f3(SYSTEM, 1);
    Csrrs "csrrs" Csr f3(SYSTEM, 2);
    Csrrc "csrrc" Csr f3(SYSTEM, 3);
    Csrrwi "csrrwi" CsrI f3(SYSTEM, 5);
    Csrrsi "csrrsi" CsrI f3(SYSTEM, 6);
    Csrrci "csrrci" CsrI f3(SYSTEM, 7);
    // Privileged
    Mret "mret" None exact(0x3020_0073);
    Sret "sret" None exact(0x1020_0073);
    Wfi "wfi" None exact(0x1050_0073);
    SfenceVma "sfence.vma" R (0xfe00_7fff_u32, 0x1200_0073_u32);
    // RV64M
    Mul "mul" R r(OP, 0, 0x01);
    Mulh "mulh" R r(OP, 1, 0x01);
    Mulhsu "mulhsu" R r(OP, 2, 0x01);
    Mulhu "mulhu" R r(OP, 3, 0x01);
    Div "div" R r(OP, 4, 0x01);
    Divu "divu" R r(OP, 5, 0x01);
    Rem "rem" R r(OP, 6, 0x01);
    Remu "remu" R r(OP, 7, 0x01);
    Mulw "mulw" R r(OP_32, 0, 0x01);
    Divw "divw" R r(OP_32, 4, 0x01);
    Divuw "divuw" R r(OP_32, 5, 0x01);
    Remw "remw" R r(OP_32, 6, 0x01);
    Remuw "remuw" R r(OP_32, 7, 0x01);
    // RV64A
    LrW "lr.w" Lr lr(2);
    ScW "sc.w" Amo amo(2, 0b00011);
    AmoswapW "amoswap.w" Amo amo(2, 0b00001);
    AmoaddW "amoadd.w" Amo amo(2, 0b00000);
    AmoxorW "amoxor.w" Amo amo(2, 0b00100);
    AmoandW "amoand.w" Amo amo(2, 0b01100);
    AmoorW "amoor.w" Amo amo(2, 0b01000);
    AmominW "amomin.w" Amo amo(2, 0b10000);
    AmomaxW "amomax.w" Amo amo(2, 0b10100);
    AmominuW "amominu.w" Amo amo(2, 0b11000);
    AmomaxuW "amomaxu.w" Amo amo(2, 0b11100);
    LrD "lr.d" Lr lr(3);
    ScD "sc.d" Amo amo(3, 0b00011);
    AmoswapD "amoswap.d" Amo amo(3, 0b00001);
    AmoaddD "amoadd.d" Amo amo(3, 0b00000);
    AmoxorD "amoxor.d" Amo amo(3, 0b00100);
    AmoandD "amoand.d" Amo amo(3, 0b01100);
    AmoorD "amoor.d" Amo amo(3, 0b01000);
    AmominD "amomin.d" Amo amo(3, 0b10000);
    AmomaxD "amomax.d" Amo amo(3, 0b10100);
    AmominuD "amominu.d" Amo amo(3, 0b11000);
    AmomaxuD "amomaxu.d" Amo amo(3, 0b11100);
    // RV64F (the F and D entries must stay last: `exec::execute` tests `op >= Flw`)
    Flw "flw" I f3(0x07, 2);
    Fsw "fsw" S f3(0x27, 2);
    FmaddS "fmadd.s" Fp4 fma(0x43, 0);
    FmsubS "fmsub.s" Fp4 fma(0x47, 0);
    FnmsubS "fnmsub.s" Fp4 fma(0x4b, 0);
    FnmaddS "fnmadd.s" Fp4 fma(0x4f, 0);
    FaddS "fadd.s" FpRm fr(0x00);
    FsubS "fsub.s" FpRm fr(0x04);
    FmulS "fmul.s" FpRm fr(0x08);
    FdivS "fdiv.s" FpRm fr(0x0c);
    FsqrtS "fsqrt.s" FpRm fr2(0x2c, 0);
    FsgnjS "fsgnj.s" Fp fr3(0x10, 0);
    FsgnjnS "fsgnjn.s" Fp fr3(0x10, 1);
    FsgnjxS "fsgnjx.s" Fp fr3(0x10, 2);
    FminS "fmin.s" Fp fr3(0x14, 0);
    FmaxS "fmax.s" Fp fr3(0x14, 1);
    FcvtWS "fcvt.w.s" FpRm fr2(0x60, 0);
    FcvtWuS "fcvt.wu.s" FpRm fr2(0x60, 1);
    FcvtLS "fcvt.l.s" FpRm fr2(0x60, 2);
    FcvtLuS "fcvt.lu.s" FpRm fr2(0x60, 3);
    FmvXW "fmv.x.w" Fp fr23(0x70, 0, 0);
    FclassS "fclass.s" Fp fr23(0x70, 0, 1);
    FeqS "feq.s" Fp fr3(0x50, 2);
    FltS "flt.s" Fp fr3(0x50, 1);
    FleS "fle.s" Fp fr3(0x50, 0);
    FcvtSW "fcvt.s.w" FpRm fr2(0x68, 0);
    FcvtSWu "fcvt.s.wu" FpRm fr2(0x68, 1);
    FcvtSL "fcvt.s.l" FpRm fr2(0x68, 2);
    FcvtSLu "fcvt.s.lu" FpRm fr2(0x68, 3);
    FmvWX "fmv.w.x" Fp fr23(0x78, 0, 0);
    // RV64D
    Fld "fld" I f3(0x07, 3);
    Fsd "fsd" S f3(0x27, 3);
    FmaddD "fmadd.d" Fp4 fma(0x43, 1);
    FmsubD "fmsub.d" Fp4 fma(0x47, 1);
    FnmsubD "fnmsub.d" Fp4 fma(0x4b, 1);
    FnmaddD "fnmadd.d" Fp4 fma(0x4f, 1);
    FaddD "fadd.d" FpRm fr(0x01);
    FsubD "fsub.d" FpRm fr(0x05);
    FmulD "fmul.d" FpRm fr(0x09);
    FdivD "fdiv.d" FpRm fr(0x0d);
    FsqrtD "fsqrt.d" FpRm fr2(0x2d, 0);
    FsgnjD "fsgnj.d" Fp fr3(0x11, 0);
    FsgnjnD "fsgnjn.d" Fp fr3(0x11, 1);
    FsgnjxD "fsgnjx.d" Fp fr3(0x11, 2);
    FminD "fmin.d" Fp fr3(0x15, 0);
    FmaxD "fmax.d" Fp fr3(0x15, 1);
    FcvtSD "fcvt.s.d" FpRm fr2(0x20, 1);
    FcvtDS "fcvt.d.s" FpRm fr2(0x21, 0);
    FeqD "feq.d" Fp fr3(0x51, 2);
    FltD "flt.d" Fp fr3(0x51, 1);
    FleD "fle.d" Fp fr3(0x51, 0);
    FclassD "fclass.d" Fp fr23(0x71, 0, 1);
    FcvtWD "fcvt.w.d" FpRm fr2(0x61, 0);
    FcvtWuD "fcvt.wu.d" FpRm fr2(0x61, 1);
    FcvtLD "fcvt.l.d" FpRm fr2(0x61, 2);
    FcvtLuD "fcvt.lu.d" FpRm fr2(0x61, 3);
    FcvtDW "fcvt.d.w" FpRm fr2(0x69, 0);
    FcvtDWu "fcvt.d.wu" FpRm fr2(0x69, 1);
    FcvtDL "fcvt.d.l" FpRm fr2(0x69, 2);
    FcvtDLu "fcvt.d.lu" FpRm fr2(0x69, 3);
    FmvXD "fmv.x.d" Fp fr23(0x71, 0, 0);
    FmvDX "fmv.d.x" Fp fr23(0x79, 0, 0);
}

impl Op {
    /// The table line of this op, or `None` for the two markers.
    pub fn def(self) -> Option<&'static InsnDef> {
        (self as usize).checked_sub(2).map(|i| &TABLE[i])
    }

    /// Assembler mnemonic (`"illegal"` / `"undecoded"` for the markers).
    pub fn name(self) -> &'static str {
        match self {
            Op::Undecoded => "undecoded",
            Op::Illegal => "illegal",
            op => op.def().map_or("?", |d| d.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_op_order() {
        for (i, def) in TABLE.iter().enumerate() {
            assert_eq!(def.op as usize, i + 2, "{} out of order", def.name);
            assert_eq!(def.op.def().unwrap().name, def.name);
        }
    }

    #[test]
    fn fp_instructions_come_last() {
        // exec::execute sends every op >= Flw to the FP path.
        for def in TABLE {
            let is_fp = def.name.starts_with('f') && !def.name.starts_with("fence");
            assert_eq!(def.op as u8 >= Op::Flw as u8, is_fp, "{}", def.name);
        }
    }

    #[test]
    fn no_two_lines_match_the_same_word() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                let common = a.mask & b.mask;
                assert!(
                    a.bits & common != b.bits & common,
                    "{} and {} overlap",
                    a.name,
                    b.name
                );
            }
            assert_eq!(
                a.bits & !a.mask,
                0,
                "{}: match bits outside the mask",
                a.name
            );
        }
    }

    #[test]
    fn known_encodings() {
        // Values from the RISC-V opcode map (MATCH_/MASK_ constants of the spec's listings).
        let find = |name: &str| TABLE.iter().find(|d| d.name == name).unwrap();
        assert_eq!((find("add").mask, find("add").bits), (0xfe00707f, 0x33));
        assert_eq!(
            (find("sub").mask, find("sub").bits),
            (0xfe00707f, 0x40000033)
        );
        assert_eq!(
            (find("srai").mask, find("srai").bits),
            (0xfc00707f, 0x40005013)
        );
        assert_eq!(
            (find("sraiw").mask, find("sraiw").bits),
            (0xfe00707f, 0x4000501b)
        );
        assert_eq!(
            (find("lr.d").mask, find("lr.d").bits),
            (0xf9f0707f, 0x1000302f)
        );
        assert_eq!(
            (find("sc.w").mask, find("sc.w").bits),
            (0xf800707f, 0x1800202f)
        );
        assert_eq!(
            (find("amomaxu.d").mask, find("amomaxu.d").bits),
            (0xf800707f, 0xe000302f)
        );
        assert_eq!(
            (find("mulhsu").mask, find("mulhsu").bits),
            (0xfe00707f, 0x2002033)
        );
        assert_eq!((find("csrrci").mask, find("csrrci").bits), (0x707f, 0x7073));
    }
}
