//! The C extension: each 16-bit instruction expands to the 32-bit instruction it stands for
//! (RISC-V unprivileged specification, chapter "C" Standard Extension, RV64 column).
//!
//! Reserved encodings expand to `None` (illegal instruction). HINTs (for example `c.li` with
//! `rd = x0`, `c.slli` with a zero shift) expand to their 32-bit forms, which have no effect.
//! FP loads and stores (`c.fld`, `c.fsd`, `c.fldsp`, `c.fsdsp`) expand to `fld`/`fsd`, which
//! decode as illegal until the D extension is implemented.

/// Extracts bits `hi..=lo` of `x`.
#[inline]
const fn bits(x: u16, hi: u32, lo: u32) -> u32 {
    ((x as u32) >> lo) & ((1 << (hi - lo + 1)) - 1)
}

/// Sign-extends the low `n` bits of `v`.
#[inline]
const fn sext(v: u32, n: u32) -> i32 {
    ((v << (32 - n)) as i32) >> (32 - n)
}

/// A compressed register field (3 bits) names x8..x15.
#[inline]
const fn creg(v: u32) -> u32 {
    v + 8
}

const fn enc_i(opcode: u32, funct3: u32, rd: u32, rs1: u32, imm: i32) -> u32 {
    ((imm as u32 & 0xfff) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode
}

const fn enc_s(opcode: u32, funct3: u32, rs1: u32, rs2: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    (((imm >> 5) & 0x7f) << 25)
        | (rs2 << 20)
        | (rs1 << 15)
        | (funct3 << 12)
        | ((imm & 0x1f) << 7)
        | opcode
}

const fn enc_r(opcode: u32, funct3: u32, funct7: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
    (funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode
}

const fn enc_b(funct3: u32, rs1: u32, rs2: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    (((imm >> 12) & 1) << 31)
        | (((imm >> 5) & 0x3f) << 25)
        | (rs2 << 20)
        | (rs1 << 15)
        | (funct3 << 12)
        | (((imm >> 1) & 0xf) << 8)
        | (((imm >> 11) & 1) << 7)
        | 0x63
}

const fn enc_j(rd: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    (((imm >> 20) & 1) << 31)
        | (((imm >> 1) & 0x3ff) << 21)
        | (((imm >> 11) & 1) << 20)
        | (((imm >> 12) & 0xff) << 12)
        | (rd << 7)
        | 0x6f
}

const LOAD: u32 = 0x03;
const LOAD_FP: u32 = 0x07;
const OP_IMM: u32 = 0x13;
const OP_IMM_32: u32 = 0x1b;
const STORE: u32 = 0x23;
const STORE_FP: u32 = 0x27;
const OP: u32 = 0x33;
const LUI: u32 = 0x37;
const OP_32: u32 = 0x3b;
const JALR: u32 = 0x67;

/// Expands a 16-bit instruction to its 32-bit equivalent, or `None` if it is reserved.
pub fn expand(c: u16) -> Option<u32> {
    let funct3 = bits(c, 15, 13);
    let rd = bits(c, 11, 7);
    let rs2 = bits(c, 6, 2);
    let rdp = creg(bits(c, 4, 2));
    let rs1p = creg(bits(c, 9, 7));
    // CI-format 6-bit signed immediate: imm[5] = bit 12, imm[4:0] = bits 6:2.
    let ci_imm = sext((bits(c, 12, 12) << 5) | bits(c, 6, 2), 6);
    let shamt = ((bits(c, 12, 12) << 5) | bits(c, 6, 2)) as i32;
    // Offsets of c.lw/c.sw and of c.ld/c.sd/c.fld/c.fsd.
    let w_off = ((bits(c, 12, 10) << 3) | (bits(c, 6, 6) << 2) | (bits(c, 5, 5) << 6)) as i32;
    let d_off = ((bits(c, 12, 10) << 3) | (bits(c, 6, 5) << 6)) as i32;
    // Offsets of c.ldsp/c.fldsp and c.sdsp/c.fsdsp.
    let ldsp_off = ((bits(c, 12, 12) << 5) | (bits(c, 6, 5) << 3) | (bits(c, 4, 2) << 6)) as i32;
    let sdsp_off = ((bits(c, 12, 10) << 3) | (bits(c, 9, 7) << 6)) as i32;
    match (c & 3, funct3) {
        // ---- quadrant 0 ----
        (0, 0) => {
            // c.addi4spn: nzuimm[5:4|9:6|2|3] = bits 12:11 | 10:7 | 6 | 5.
            let imm = (bits(c, 12, 11) << 4)
                | (bits(c, 10, 7) << 6)
                | (bits(c, 6, 6) << 2)
                | (bits(c, 5, 5) << 3);
            (imm != 0).then(|| enc_i(OP_IMM, 0, rdp, 2, imm as i32))
        }
        (0, 1) => Some(enc_i(LOAD_FP, 3, rdp, rs1p, d_off)), // c.fld
        (0, 2) => Some(enc_i(LOAD, 2, rdp, rs1p, w_off)),    // c.lw
        (0, 3) => Some(enc_i(LOAD, 3, rdp, rs1p, d_off)),    // c.ld
        (0, 4) => None,                                      // reserved
        (0, 5) => Some(enc_s(STORE_FP, 3, rs1p, rdp, d_off)), // c.fsd
        (0, 6) => Some(enc_s(STORE, 2, rs1p, rdp, w_off)),   // c.sw
        (0, 7) => Some(enc_s(STORE, 3, rs1p, rdp, d_off)),   // c.sd
        // ---- quadrant 1 ----
        (1, 0) => Some(enc_i(OP_IMM, 0, rd, rd, ci_imm)), // c.addi / c.nop (HINTs included)
        (1, 1) => (rd != 0).then(|| enc_i(OP_IMM_32, 0, rd, rd, ci_imm)), // c.addiw
        (1, 2) => Some(enc_i(OP_IMM, 0, rd, 0, ci_imm)),  // c.li
        (1, 3) if rd == 2 => {
            // c.addi16sp: nzimm[9] = 12, nzimm[4|6|8:7|5] = bits 6 | 5 | 4:3 | 2.
            let imm = sext(
                (bits(c, 12, 12) << 9)
                    | (bits(c, 6, 6) << 4)
                    | (bits(c, 5, 5) << 6)
                    | (bits(c, 4, 3) << 7)
                    | (bits(c, 2, 2) << 5),
                10,
            );
            (imm != 0).then(|| enc_i(OP_IMM, 0, 2, 2, imm))
        }
        (1, 3) => {
            // c.lui: nzimm[17] = bit 12, nzimm[16:12] = bits 6:2.
            (ci_imm != 0).then_some(((ci_imm as u32) << 12) | (rd << 7) | LUI)
        }
        (1, 4) => {
            let shamt_or_imm = match bits(c, 11, 10) {
                0 => return Some(enc_i(OP_IMM, 5, rs1p, rs1p, shamt)), // c.srli
                1 => return Some(enc_i(OP_IMM, 5, rs1p, rs1p, shamt | 0x400)), // c.srai
                2 => return Some(enc_i(OP_IMM, 7, rs1p, rs1p, ci_imm)), // c.andi
                _ => (bits(c, 12, 12), bits(c, 6, 5)),
            };
            let rs2p = rdp;
            match shamt_or_imm {
                (0, 0) => Some(enc_r(OP, 0, 0x20, rs1p, rs1p, rs2p)), // c.sub
                (0, 1) => Some(enc_r(OP, 4, 0, rs1p, rs1p, rs2p)),    // c.xor
                (0, 2) => Some(enc_r(OP, 6, 0, rs1p, rs1p, rs2p)),    // c.or
                (0, 3) => Some(enc_r(OP, 7, 0, rs1p, rs1p, rs2p)),    // c.and
                (1, 0) => Some(enc_r(OP_32, 0, 0x20, rs1p, rs1p, rs2p)), // c.subw
                (1, 1) => Some(enc_r(OP_32, 0, 0, rs1p, rs1p, rs2p)), // c.addw
                _ => None,                                            // reserved
            }
        }
        (1, 5) => Some(enc_j(0, cj_offset(c))), // c.j
        (1, 6) => Some(enc_b(0, rs1p, 0, cb_offset(c))), // c.beqz
        (1, 7) => Some(enc_b(1, rs1p, 0, cb_offset(c))), // c.bnez
        // ---- quadrant 2 ----
        (2, 0) => Some(enc_i(OP_IMM, 1, rd, rd, shamt)), // c.slli (HINTs included)
        (2, 1) => Some(enc_i(LOAD_FP, 3, rd, 2, ldsp_off)), // c.fldsp
        (2, 2) => {
            // c.lwsp: uimm[5] = 12, uimm[4:2] = 6:4, uimm[7:6] = 3:2.
            let off = (bits(c, 12, 12) << 5) | (bits(c, 6, 4) << 2) | (bits(c, 3, 2) << 6);
            (rd != 0).then(|| enc_i(LOAD, 2, rd, 2, off as i32))
        }
        (2, 3) => (rd != 0).then(|| enc_i(LOAD, 3, rd, 2, ldsp_off)), // c.ldsp
        (2, 4) => match (bits(c, 12, 12), rd, rs2) {
            (0, 0, 0) => None,                              // c.jr x0: reserved
            (0, _, 0) => Some(enc_i(JALR, 0, 0, rd, 0)),    // c.jr
            (0, _, _) => Some(enc_r(OP, 0, 0, rd, 0, rs2)), // c.mv
            (1, 0, 0) => Some(0x0010_0073),                 // c.ebreak
            (1, _, 0) => Some(enc_i(JALR, 0, 1, rd, 0)),    // c.jalr
            _ => Some(enc_r(OP, 0, 0, rd, rd, rs2)),        // c.add
        },
        (2, 5) => Some(enc_s(STORE_FP, 3, 2, rs2, sdsp_off)), // c.fsdsp
        (2, 6) => {
            // c.swsp: uimm[5:2] = 12:9, uimm[7:6] = 8:7.
            let off = (bits(c, 12, 9) << 2) | (bits(c, 8, 7) << 6);
            Some(enc_s(STORE, 2, 2, rs2, off as i32))
        }
        (2, 7) => Some(enc_s(STORE, 3, 2, rs2, sdsp_off)), // c.sdsp
        _ => None,                                         // quadrant 3 is not compressed
    }
}

/// Offset of c.j/c.jal: imm[11|4|9:8|10|6|7|3:1|5] = bits 12|11|10:9|8|7|6|5:3|2.
fn cj_offset(c: u16) -> i32 {
    sext(
        (bits(c, 12, 12) << 11)
            | (bits(c, 11, 11) << 4)
            | (bits(c, 10, 9) << 8)
            | (bits(c, 8, 8) << 10)
            | (bits(c, 7, 7) << 6)
            | (bits(c, 6, 6) << 7)
            | (bits(c, 5, 3) << 1)
            | (bits(c, 2, 2) << 5),
        12,
    )
}

/// Offset of c.beqz/c.bnez: imm[8|4:3] = bits 12|11:10, imm[7:6|2:1|5] = bits 6:5|4:3|2.
fn cb_offset(c: u16) -> i32 {
    sext(
        (bits(c, 12, 12) << 8)
            | (bits(c, 11, 10) << 3)
            | (bits(c, 6, 5) << 6)
            | (bits(c, 4, 3) << 1)
            | (bits(c, 2, 2) << 5),
        9,
    )
}
