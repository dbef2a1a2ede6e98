//! The decoder: a 32-bit word (or a 16-bit compressed parcel, expanded first) to an [`Insn`].

#[allow(unused_imports)]
use crate::prelude::*;

pub mod compressed;
pub mod table;

use once_cell::race::OnceBox;

pub use table::{Format, InsnDef, Op, TABLE};

/// A decoded instruction: what to do and its operands, in 16 bytes.
///
/// Field use by [`Format`]: `imm` holds the sign-extended immediate (or the CSR number for
/// CSR instructions, or the rounding mode of FP instructions); `rs1` holds the 5-bit
/// immediate of `csrr*i`; `rs3` holds the aq/rl bits of AMOs (aq = bit 1, rl = bit 0) or the
/// third source of fused multiply-adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Insn {
    /// The instruction bits as fetched (16-bit parcels zero-extended): `mtval` of an illegal
    /// instruction.
    pub raw: u32,
    /// Immediate, sign-extended, or CSR number.
    pub imm: i32,
    /// What to do.
    pub op: Op,
    /// Destination register.
    pub rd: u8,
    /// First source register.
    pub rs1: u8,
    /// Second source register.
    pub rs2: u8,
    /// Third operand field (aq/rl for AMOs).
    pub rs3: u8,
    /// Length in bytes: 2 (compressed) or 4.
    pub len: u8,
}

impl Insn {
    /// The marker of a decode-cache slot that has not been decoded.
    pub const UNDECODED: Insn = Insn {
        op: Op::Undecoded,
        rd: 0,
        rs1: 0,
        rs2: 0,
        rs3: 0,
        len: 0,
        imm: 0,
        raw: 0,
    };

    fn illegal(raw: u32, len: u8) -> Insn {
        Insn {
            op: Op::Illegal,
            len,
            raw,
            ..Insn::UNDECODED
        }
    }
}

/// Length in bytes of the instruction whose first 16-bit parcel is `parcel`: 2 when its low
/// two bits are not `11`, else 4 (longer encodings are not implemented and decode as
/// illegal 32-bit words).
#[inline]
pub fn insn_len(parcel: u16) -> u8 {
    if parcel & 3 == 3 { 4 } else { 2 }
}

/// Decodes an instruction: `raw` holds a 32-bit word, or a 16-bit parcel in its low half
/// when the low two bits are not `11` (the upper half is then ignored).
pub fn decode(raw: u32) -> Insn {
    if raw & 3 != 3 {
        let parcel = raw as u16;
        return match compressed::expand(parcel) {
            Some(word) => {
                let mut insn = decode32(word);
                insn.len = 2;
                insn.raw = u32::from(parcel);
                insn
            }
            None => Insn::illegal(u32::from(parcel), 2),
        };
    }
    decode32(raw)
}

/// Table indices per major opcode (bits 6:2).
fn buckets() -> &'static [Vec<u8>; 32] {
    // `OnceBox` rather than `std::sync::OnceLock`: it needs no `std` (two threads racing to
    // build it both build the same table; one is kept).
    static BUCKETS: OnceBox<[Vec<u8>; 32]> = OnceBox::new();
    BUCKETS.get_or_init(|| {
        let mut b: [Vec<u8>; 32] = Default::default();
        for (i, def) in TABLE.iter().enumerate() {
            debug_assert_eq!(def.mask & 0x7f, 0x7f);
            b[((def.bits >> 2) & 0x1f) as usize].push(i as u8);
        }
        Box::new(b)
    })
}

/// Decodes a 32-bit instruction word.
pub fn decode32(word: u32) -> Insn {
    if word & 3 != 3 {
        return Insn::illegal(word, 4);
    }
    let def = buckets()[((word >> 2) & 0x1f) as usize]
        .iter()
        .map(|&i| &TABLE[usize::from(i)])
        .find(|d| word & d.mask == d.bits);
    let Some(def) = def else {
        return Insn::illegal(word, 4);
    };
    let rd = ((word >> 7) & 0x1f) as u8;
    let rs1 = ((word >> 15) & 0x1f) as u8;
    let rs2 = ((word >> 20) & 0x1f) as u8;
    let i_imm = (word as i32) >> 20;
    let mut insn = Insn {
        op: def.op,
        rd: 0,
        rs1: 0,
        rs2: 0,
        rs3: 0,
        len: 4,
        imm: 0,
        raw: word,
    };
    match def.format {
        Format::R => (insn.rd, insn.rs1, insn.rs2) = (rd, rs1, rs2),
        Format::I => (insn.rd, insn.rs1, insn.imm) = (rd, rs1, i_imm),
        Format::Shift => (insn.rd, insn.rs1, insn.imm) = (rd, rs1, ((word >> 20) & 0x3f) as i32),
        Format::S => {
            insn.rs1 = rs1;
            insn.rs2 = rs2;
            insn.imm = ((word as i32) >> 25 << 5) | ((word >> 7) & 0x1f) as i32;
        }
        Format::B => {
            insn.rs1 = rs1;
            insn.rs2 = rs2;
            insn.imm = ((word as i32) >> 31 << 12)
                | (((word >> 7) & 1) << 11) as i32
                | (((word >> 25) & 0x3f) << 5) as i32
                | (((word >> 8) & 0xf) << 1) as i32;
        }
        Format::U => (insn.rd, insn.imm) = (rd, (word & 0xffff_f000) as i32),
        Format::J => {
            insn.rd = rd;
            insn.imm = ((word as i32) >> 31 << 20)
                | (word & 0x000f_f000) as i32
                | (((word >> 20) & 1) << 11) as i32
                | (((word >> 21) & 0x3ff) << 1) as i32;
        }
        Format::Csr | Format::CsrI => {
            (insn.rd, insn.rs1, insn.imm) = (rd, rs1, (word >> 20) as i32);
        }
        Format::Amo => {
            (insn.rd, insn.rs1, insn.rs2) = (rd, rs1, rs2);
            insn.rs3 = ((word >> 25) & 3) as u8;
        }
        Format::Lr => {
            (insn.rd, insn.rs1) = (rd, rs1);
            insn.rs3 = ((word >> 25) & 3) as u8;
        }
        Format::Fence => insn.imm = i_imm,
        Format::FpRm => {
            (insn.rd, insn.rs1, insn.rs2) = (rd, rs1, rs2);
            insn.imm = ((word >> 12) & 7) as i32;
        }
        Format::Fp => (insn.rd, insn.rs1, insn.rs2) = (rd, rs1, rs2),
        Format::Fp4 => {
            (insn.rd, insn.rs1, insn.rs2) = (rd, rs1, rs2);
            insn.rs3 = (word >> 27) as u8;
            insn.imm = ((word >> 12) & 7) as i32;
        }
        Format::None => {}
    }
    insn
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates() {
        // addi a0, a1, -1
        let i = decode(0xfff5_8513);
        assert_eq!((i.op, i.rd, i.rs1, i.imm), (Op::Addi, 10, 11, -1));
        // sd ra, -8(sp) = 0xfe113c23
        let s = decode(0xfe11_3c23);
        assert_eq!((s.op, s.rs1, s.rs2, s.imm), (Op::Sd, 2, 1, -8));
        // beq zero, zero, -4 = 0xfe000ee3
        let b = decode(0xfe00_0ee3);
        assert_eq!((b.op, b.imm), (Op::Beq, -4));
        // jal ra, 2048 = 0x001000ef? imm[11] = 1: 0x0010_00ef encodes +2048.
        let j = decode(0x0010_00ef);
        assert_eq!((j.op, j.rd, j.imm), (Op::Jal, 1, 2048));
        // jal zero, -1048576 = 0x8000006f
        let j = decode(0x8000_006f);
        assert_eq!(j.imm, -(1 << 20));
        // lui a0, 0xfffff
        let u = decode(0xffff_f537);
        assert_eq!((u.op, u.imm), (Op::Lui, -4096));
        // csrrs a0, mstatus, zero
        let c = decode(0x3000_2573);
        assert_eq!((c.op, c.rd, c.rs1, c.imm), (Op::Csrrs, 10, 0, 0x300));
        // csrrwi zero, mscratch (0x340), 31
        let c = decode(0x340f_d073);
        assert_eq!((c.op, c.rs1, c.imm), (Op::Csrrwi, 31, 0x340));
        // srai a0, a0, 63
        let s = decode(0x43f5_5513);
        assert_eq!((s.op, s.imm), (Op::Srai, 63));
    }

    #[test]
    fn reserved_forms_are_illegal() {
        // slliw with shamt[5] set is reserved on RV64.
        assert_eq!(decode(0x0205_151b).op, Op::Illegal);
        // lr.w with rs2 != 0.
        assert_eq!(decode(0x1015_252f).op, Op::Illegal);
        // all ones and all zeros.
        assert_eq!(decode(0xffff_ffff).op, Op::Illegal);
        assert_eq!(decode(0).op, Op::Illegal);
        assert_eq!(decode(0).raw, 0);
        // sfence.vma with a non-zero rd is reserved.
        assert_eq!(decode(0x1200_00f3).op, Op::Illegal);
        assert_eq!(decode(0x1200_0073).op, Op::SfenceVma);
        assert_eq!(decode(0x1020_0073).op, Op::Sret);
        // ecall with a non-zero rd is not ecall.
        assert_eq!(decode(0x0000_00f3).op, Op::Illegal);
    }
}
