//! Instruction encoders (RISC-V unprivileged specification, "Base Instruction Formats" and
//! "Compressed Instruction Formats"): what the generator needs to build prologues, trap
//! handlers, loops and control flow with exact targets.

/// Integer register numbers used by the generated code.
pub mod reg {
    /// Zero.
    pub const ZERO: u8 = 0;
    /// Return address.
    pub const RA: u8 = 1;
    /// Stack pointer: a second pointer into the data area (reserved).
    pub const SP: u8 = 2;
    /// Global pointer: the data area pointer (reserved).
    pub const GP: u8 = 3;
    /// Thread pointer: inner loop counter (reserved).
    pub const TP: u8 = 4;
    /// t0: scratch of the prologue.
    pub const T0: u8 = 5;
    /// t1: scratch of the prologue.
    pub const T1: u8 = 6;
    /// s9: outer loop counter (reserved).
    pub const S9: u8 = 25;
    /// s10: trap handler scratch (reserved).
    pub const S10: u8 = 26;
    /// s11: trap handler scratch (reserved).
    pub const S11: u8 = 27;
}

const fn rd(r: u8) -> u32 {
    (r as u32 & 31) << 7
}
const fn rs1(r: u8) -> u32 {
    (r as u32 & 31) << 15
}
const fn rs2(r: u8) -> u32 {
    (r as u32 & 31) << 20
}

/// R-type.
pub const fn r_type(opcode: u32, d: u8, funct3: u32, s1: u8, s2: u8, funct7: u32) -> u32 {
    funct7 << 25 | rs2(s2) | rs1(s1) | funct3 << 12 | rd(d) | opcode
}

/// I-type (`imm` is 12 bits, signed).
pub const fn i_type(opcode: u32, d: u8, funct3: u32, s1: u8, imm: i32) -> u32 {
    ((imm as u32) & 0xfff) << 20 | rs1(s1) | funct3 << 12 | rd(d) | opcode
}

/// S-type (`imm` is 12 bits, signed).
pub const fn s_type(opcode: u32, funct3: u32, s1: u8, s2: u8, imm: i32) -> u32 {
    let imm = imm as u32;
    ((imm >> 5) & 0x7f) << 25 | rs2(s2) | rs1(s1) | funct3 << 12 | (imm & 0x1f) << 7 | opcode
}

/// B-type: a conditional branch by `offset` bytes (even, within ±4 KiB).
pub const fn b_type(funct3: u32, s1: u8, s2: u8, offset: i32) -> u32 {
    let i = offset as u32;
    ((i >> 12) & 1) << 31
        | ((i >> 5) & 0x3f) << 25
        | rs2(s2)
        | rs1(s1)
        | funct3 << 12
        | ((i >> 1) & 0xf) << 8
        | ((i >> 11) & 1) << 7
        | 0x63
}

/// U-type: `imm20` goes to bits 31:12.
pub const fn u_type(opcode: u32, d: u8, imm20: u32) -> u32 {
    (imm20 & 0xfffff) << 12 | rd(d) | opcode
}

/// `jal rd, offset` (even, within ±1 MiB).
pub const fn jal(d: u8, offset: i32) -> u32 {
    let i = offset as u32;
    ((i >> 20) & 1) << 31
        | ((i >> 1) & 0x3ff) << 21
        | ((i >> 11) & 1) << 20
        | ((i >> 12) & 0xff) << 12
        | rd(d)
        | 0x6f
}

/// `addi rd, rs1, imm`.
pub const fn addi(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x13, d, 0, s1, imm)
}
/// `addiw rd, rs1, imm`.
pub const fn addiw(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x1b, d, 0, s1, imm)
}
/// `andi rd, rs1, imm`.
pub const fn andi(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x13, d, 7, s1, imm)
}
/// `slli rd, rs1, shamt`.
pub const fn slli(d: u8, s1: u8, shamt: u32) -> u32 {
    i_type(0x13, d, 1, s1, (shamt & 63) as i32)
}
/// `lui rd, imm20`.
pub const fn lui(d: u8, imm20: u32) -> u32 {
    u_type(0x37, d, imm20)
}
/// `auipc rd, imm20`.
pub const fn auipc(d: u8, imm20: u32) -> u32 {
    u_type(0x17, d, imm20)
}
/// `jalr rd, imm(rs1)`.
pub const fn jalr(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x67, d, 0, s1, imm)
}
/// `ld rd, imm(rs1)`.
pub const fn ld(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x03, d, 3, s1, imm)
}
/// `lhu rd, imm(rs1)`.
pub const fn lhu(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x03, d, 5, s1, imm)
}
/// `fld fd, imm(rs1)`.
pub const fn fld(d: u8, s1: u8, imm: i32) -> u32 {
    i_type(0x07, d, 3, s1, imm)
}
/// `sd rs2, imm(rs1)`.
pub const fn sd(s1: u8, s2: u8, imm: i32) -> u32 {
    s_type(0x23, 3, s1, s2, imm)
}
/// `csrrw rd, csr, rs1`.
pub const fn csrrw(d: u8, csr: u16, s1: u8) -> u32 {
    i_type(0x73, d, 1, s1, csr as i32)
}
/// `csrrs rd, csr, rs1`.
pub const fn csrrs(d: u8, csr: u16, s1: u8) -> u32 {
    i_type(0x73, d, 2, s1, csr as i32)
}
/// `csrrc rd, csr, rs1`.
pub const fn csrrc(d: u8, csr: u16, s1: u8) -> u32 {
    i_type(0x73, d, 3, s1, csr as i32)
}
/// `csrrwi rd, csr, uimm`.
pub const fn csrrwi(d: u8, csr: u16, uimm: u8) -> u32 {
    i_type(0x73, d, 5, uimm & 31, csr as i32)
}
/// `csrrsi rd, csr, uimm`.
pub const fn csrrsi(d: u8, csr: u16, uimm: u8) -> u32 {
    i_type(0x73, d, 6, uimm & 31, csr as i32)
}
/// `csrrci rd, csr, uimm`.
pub const fn csrrci(d: u8, csr: u16, uimm: u8) -> u32 {
    i_type(0x73, d, 7, uimm & 31, csr as i32)
}
/// `mret`.
pub const MRET: u32 = 0x3020_0073;
/// `sret`.
pub const SRET: u32 = 0x1020_0073;
/// `sfence.vma zero, zero`.
pub const SFENCE_VMA: u32 = 0x1200_0073;
/// `ecall`.
pub const ECALL: u32 = 0x0000_0073;
/// `ebreak`.
pub const EBREAK: u32 = 0x0010_0073;
/// `wfi`.
pub const WFI: u32 = 0x1050_0073;
/// `fence.i`.
pub const FENCE_I: u32 = 0x0000_100f;
/// `addi x0, x0, 0`.
pub const NOP: u32 = 0x0000_0013;
/// `c.nop`.
pub const C_NOP: u16 = 0x0001;
/// `c.ebreak`.
pub const C_EBREAK: u16 = 0x9002;

/// `c.j offset` (even, within ±2 KiB).
pub const fn c_j(offset: i32) -> u16 {
    let i = offset as u32;
    let bits = ((i >> 11) & 1) << 12
        | ((i >> 4) & 1) << 11
        | ((i >> 8) & 3) << 9
        | ((i >> 10) & 1) << 8
        | ((i >> 6) & 1) << 7
        | ((i >> 7) & 1) << 6
        | ((i >> 1) & 7) << 3
        | ((i >> 5) & 1) << 2;
    (0b101 << 13 | bits | 0b01) as u16
}

/// `c.beqz rs1', offset` (`bnez` = false) / `c.bnez`; `rs1` in x8..x15, offset within ±256.
pub const fn c_bz(bnez: bool, s1: u8, offset: i32) -> u16 {
    let i = offset as u32;
    let funct3 = if bnez { 0b111 } else { 0b110 };
    let bits = ((i >> 8) & 1) << 12
        | ((i >> 3) & 3) << 10
        | ((s1 as u32 - 8) & 7) << 7
        | ((i >> 6) & 3) << 5
        | ((i >> 1) & 3) << 3
        | ((i >> 5) & 1) << 2;
    (funct3 << 13 | bits | 0b01) as u16
}

/// Instructions that load the 64-bit `value` into `d` (lui/addiw, then shifts and addis).
pub fn li(d: u8, value: u64) -> Vec<u32> {
    let v = value as i64;
    if (-2048..2048).contains(&v) {
        return vec![addi(d, 0, v as i32)];
    }
    if i64::from(v as i32) == v {
        let hi = ((v + 0x800) >> 12) as u32;
        let lo = (v - (i64::from(hi as i32) << 12)) as i32;
        let mut out = vec![lui(d, hi)];
        if lo != 0 {
            out.push(addiw(d, d, lo));
        }
        return out;
    }
    let lo = (v << 52) >> 52;
    let hi = (v.wrapping_sub(lo)) >> 12;
    let mut out = li(d, hi as u64);
    out.push(slli(d, d, 12));
    if lo != 0 {
        out.push(addi(d, d, lo as i32));
    }
    out
}

/// Splits a pc-relative `offset` into the `auipc` immediate and the 12-bit low part.
pub fn hi_lo(offset: i64) -> (u32, i32) {
    let hi = ((offset + 0x800) >> 12) as u32 & 0xfffff;
    let lo = (offset - (((offset + 0x800) >> 12) << 12)) as i32;
    (hi, lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_encodings() {
        // Words as assembled by GNU as (riscv64-unknown-elf-as) for the same instructions.
        assert_eq!(addi(5, 0, -1), 0xfff0_0293); // li t0, -1
        assert_eq!(ld(1, 3, 8), 0x0081_b083); // ld ra, 8(gp)
        assert_eq!(sd(26, 27, 0), 0x01bd_3023); // sd s11, 0(s10)
        assert_eq!(b_type(1, 4, 0, -4), 0xfe02_1ee3); // bnez tp, -4
        assert_eq!(jal(0, 2048), 0x0010_006f); // j +2048
        assert_eq!(csrrw(0, 0x305, 5), 0x3052_9073); // csrw mtvec, t0
        assert_eq!(lui(5, 0x2004), 0x0200_42b7); // lui t0, 0x2004
        assert_eq!(c_j(-2), 0xbffd); // c.j -2
        assert_eq!(c_bz(true, 8, 6), 0xe019); // c.bnez s0, 6
    }

    /// Evaluates a lui/addi(w)/slli sequence as the ISA defines them.
    fn eval(words: &[u32]) -> u64 {
        let mut x = 0u64;
        for &w in words {
            let imm12 = ((w as i32) >> 20) as i64 as u64;
            match (w & 0x7f, (w >> 12) & 7) {
                (0x37, _) => x = i64::from((w & 0xffff_f000) as i32) as u64,
                (0x13, 0) => {
                    let src = if (w >> 15) & 31 == 0 { 0 } else { x };
                    x = src.wrapping_add(imm12)
                }
                (0x1b, 0) => x = i64::from(x.wrapping_add(imm12) as i32) as u64,
                (0x13, 1) => x <<= (w >> 20) & 63,
                _ => panic!("unexpected word {w:#x}"),
            }
        }
        x
    }

    #[test]
    fn li_loads_every_kind_of_value() {
        let mut r = crate::rng::Rng::new(1);
        let mut values = vec![
            0,
            1,
            u64::MAX,
            0x7ff,
            0x800,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            0xffff_ffff_8000_0000,
            0x8000_0000_0000_0000,
            0x7fff_ffff_ffff_ffff,
            0x0200_4000,
        ];
        values.extend((0..2000).map(|_| r.next_u64() >> r.below(64)));
        for v in values {
            let words = li(5, v);
            assert!(words.len() <= 8, "{v:#x}: {} words", words.len());
            assert_eq!(eval(&words), v, "li {v:#x}");
        }
    }

    #[test]
    fn hi_lo_recombines() {
        for off in [
            -4096i64, -2049, -2048, -1, 0, 1, 2047, 2048, 0x12345, -0x12345,
        ] {
            let (hi, lo) = hi_lo(off);
            let hi = i64::from(((hi << 12) as i32) as i64 as i32);
            assert_eq!(hi + i64::from(lo), off);
            assert!((-2048..2048).contains(&lo));
        }
    }
}
