//! The JIT's host-FPU fast path for F and D against the interpreter (SoftFloat): thousands of
//! generated cases — operands from every class (normal, near the underflow and overflow
//! boundaries, zeros, subnormals, infinities, NaNs, unboxed singles, small integers), rounding
//! modes RNE and others, `fflags.NX` set or clear, `mstatus.FS` Dirty or Initial — each
//! storing its result bits and `fflags` to memory. The JIT compiles every block on first reach;
//! both engines must end with the same memory, registers and root, and the first differing
//! case is named.

use rivet_interp::Interpreter;
use rivet_jit::{Jit, JitConfig};
use rivet_machine::Machine;
use rivet_machine::MachineConfig;

const CODE: u64 = 0x8000_0000;
const DATA: u64 = 0x8040_0000;
const RESULTS: u64 = 0x8080_0000;

// Registers.
const T0: u32 = 5;
const T1: u32 = 6;
const T2: u32 = 7;
const A0: u32 = 10;
const A1: u32 = 11;

// Encodings from the unprivileged spec's base and F/D instruction formats.
fn i_type(imm: i32, rs1: u32, f3: u32, rd: u32, opc: u32) -> u32 {
    ((imm as u32 & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc
}
fn s_type(imm: i32, rs2: u32, rs1: u32, f3: u32, opc: u32) -> u32 {
    let imm = imm as u32 & 0xfff;
    ((imm >> 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | opc
}
fn fld(rd: u32, imm: i32, rs1: u32) -> u32 {
    i_type(imm, rs1, 3, rd, 0x07)
}
fn fsd(rs2: u32, imm: i32, rs1: u32) -> u32 {
    s_type(imm, rs2, rs1, 3, 0x27)
}
fn sd(rs2: u32, imm: i32, rs1: u32) -> u32 {
    s_type(imm, rs2, rs1, 3, 0x23)
}
fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(imm, rs1, 0, rd, 0x13)
}
fn fp_r(funct7: u32, rs2: u32, rs1: u32, rm: u32, rd: u32) -> u32 {
    (funct7 << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | 0x53
}
fn fp_r4(opc: u32, fmt: u32, rs3: u32, rs2: u32, rs1: u32, rm: u32, rd: u32) -> u32 {
    (rs3 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | opc
}
fn csrrs(rd: u32, csr: u32, rs1: u32) -> u32 {
    (csr << 20) | (rs1 << 15) | (2 << 12) | (rd << 7) | 0x73
}
fn csrrc(rd: u32, csr: u32, rs1: u32) -> u32 {
    (csr << 20) | (rs1 << 15) | (3 << 12) | (rd << 7) | 0x73
}
fn csrrwi(rd: u32, csr: u32, uimm: u32) -> u32 {
    (csr << 20) | (uimm << 15) | (5 << 12) | (rd << 7) | 0x73
}
fn lui(rd: u32, imm20: u32) -> u32 {
    (imm20 << 12) | (rd << 7) | 0x37
}

const FFLAGS: u32 = 0x001;
const FRM: u32 = 0x002;
const MSTATUS: u32 = 0x300;

/// xorshift64*: a fixed, reproducible stream.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A double operand from one of the classes that matter to the fast path's guards.
fn double(r: &mut Rng) -> u64 {
    let sign = (r.next() & 1) << 63;
    let mant = r.next() & ((1 << 52) - 1);
    let exp = match r.below(8) {
        0 => r.below(0x7fe) + 1,       // any normal
        1 => r.below(40) + 1,          // tiny: results underflow
        2 => 0x7fe - r.below(40),      // huge: results overflow
        3 => 0x3ff - 512 + r.below(4), // products land near the bottom of the range
        4 => {
            return sign
                | match r.below(8) {
                    0 => 0,                            // zero
                    1 => 0x7ff << 52,                  // infinity
                    2 => 0x7ff8_0000_0000_0000,        // quiet NaN
                    3 => 0x7ff0_0000_0000_0001,        // signalling NaN
                    4 => mant.max(1),                  // subnormal
                    5 => 1 << 52,                      // smallest normal
                    6 => 0x7fef_ffff_ffff_ffff,        // largest finite
                    _ => 0x0020_0000_0000_0000 | mant, // exponent 2
                };
        }
        5 => {
            // A small integer: exact sums and products.
            return (r.below(64) as f64 - 32.0).to_bits();
        }
        _ => 0x3ff - 30 + r.below(60), // the common case
    };
    sign | (exp << 52) | mant
}

/// A single operand, NaN-boxed (or, rarely, not).
fn single(r: &mut Rng) -> u64 {
    let sign = ((r.next() & 1) as u32) << 31;
    let mant = (r.next() as u32) & ((1 << 23) - 1);
    let bits = match r.below(9) {
        0 => sign | ((r.below(0xfe) as u32 + 1) << 23) | mant,
        1 => sign | ((r.below(20) as u32 + 1) << 23) | mant,
        2 => sign | ((0xfe - r.below(20) as u32) << 23) | mant,
        3 => sign | ((0x7f - 64 + r.below(4) as u32) << 23) | mant,
        4 => {
            sign | match r.below(6) {
                0 => 0,
                1 => 0x7f80_0000,
                2 => 0x7fc0_0000,
                3 => 0x7f80_0001,
                4 => mant.max(1),
                _ => 1 << 23,
            }
        }
        5 => (r.below(64) as f32 - 32.0).to_bits(),
        6 => return r.next(), // not NaN-boxed: reads as the canonical NaN
        _ => sign | ((0x7f - 20 + r.below(40) as u32) << 23) | mant,
    };
    0xffff_ffff_0000_0000 | u64::from(bits)
}

/// Builds the program and its operands: `cases` cases, then `j .`.
fn program(seed: u64, cases: usize) -> (Vec<u32>, Vec<u64>) {
    let mut r = Rng(seed | 1);
    let mut code = vec![
        // a0 = DATA, a1 = RESULTS (lui sign-extends bit 31: clear the upper half).
        lui(A0, (DATA >> 12) as u32),
        i_type(32, A0, 1, A0, 0x13), // slli a0, a0, 32
        i_type(32, A0, 5, A0, 0x13), // srli a0, a0, 32
        lui(A1, (RESULTS >> 12) as u32),
        i_type(32, A1, 1, A1, 0x13),
        i_type(32, A1, 5, A1, 0x13),
        csrrwi(0, FFLAGS, 1),
    ];
    let mut data = Vec::new();
    for _ in 0..cases {
        let dbl = r.below(2) == 0;
        let fmt = u32::from(dbl);
        for _ in 0..3 {
            data.push(if dbl { double(&mut r) } else { single(&mut r) });
        }
        // Rounding: mostly DYN with frm = RNE or static RNE; sometimes another mode.
        let rm = match r.below(8) {
            0..=3 => 7,
            4 | 5 => 0,
            _ => r.below(5) as u32,
        };
        if r.below(8) == 0 {
            code.push(csrrwi(0, FRM, r.below(5) as u32));
        } else if r.below(4) == 0 {
            code.push(csrrwi(0, FRM, 0));
        }
        if r.below(16) == 0 {
            // FS = Initial: the instruction must make it Dirty.
            code.push(lui(T2, 4));
            code.push(csrrc(0, MSTATUS, T2));
        }
        code.extend([fld(1, 0, A0), fld(2, 8, A0), fld(3, 16, A0)]);
        let op = match r.below(16) {
            0 => fp_r(fmt, 2, 1, rm, 4),                         // fadd
            1 => fp_r(0x04 | fmt, 2, 1, rm, 4),                  // fsub
            2 | 3 => fp_r(0x08 | fmt, 2, 1, rm, 4),              // fmul
            4 => fp_r(0x0c | fmt, 2, 1, rm, 4),                  // fdiv
            5 => fp_r(0x2c | fmt, 0, 1, rm, 4),                  // fsqrt
            6 | 7 => fp_r4(0x43, fmt, 3, 2, 1, rm, 4),           // fmadd
            8 => fp_r4(0x47, fmt, 3, 2, 1, rm, 4),               // fmsub
            9 => fp_r4(0x4b, fmt, 3, 2, 1, rm, 4),               // fnmsub
            10 => fp_r4(0x4f, fmt, 3, 2, 1, rm, 4),              // fnmadd
            11 => fp_r(0x10 | fmt, 2, 1, r.below(3) as u32, 4),  // fsgnj[n,x]
            12 => fp_r(0x50 | fmt, 2, 1, r.below(3) as u32, T1), // fle, flt, feq -> t1
            13 => fp_r(0x71, 0, 1, 0, T1),                       // fmv.x.d -> t1
            14 => fp_r(0x79, 0, A0, 0, 4),                       // fmv.d.x f4, a0
            _ => fp_r(0x08 | fmt, 1, 1, rm, 4),                  // fmul by itself
        };
        code.push(op);
        code.extend([
            fsd(4, 0, A1),
            sd(T1, 8, A1),
            csrrs(T0, FFLAGS, 0),
            sd(T0, 16, A1),
            csrrs(T0, MSTATUS, 0),
            sd(T0, 24, A1),
            // Flags back to NX only (mostly) or none: both guards of the fast path.
            csrrwi(0, FFLAGS, u32::from(r.below(8) != 0)),
            addi(A0, A0, 24),
            addi(A1, A1, 32),
        ]);
        // Keep f4 and t1 from carrying one case's result into the next.
        code.push(fp_r(0x79, 0, 0, 0, 4)); // fmv.d.x f4, zero
        code.push(addi(T1, 0, 0));
        // `j .+4`: a control transfer, so that both engines return to their dispatch loops
        // (the JIT looks up a compiled block at each one).
        code.push(0x0040_006f);
    }
    code.push(0x0000_006f); // j .
    (code, data)
}

fn machine(code: &[u32], data: &[u64]) -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 16 << 20,
        ..MachineConfig::default()
    })
    .expect("machine");
    let bytes: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.write_memory(CODE, &bytes).expect("code");
    let bytes: Vec<u8> = data.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.write_memory(DATA, &bytes).expect("data");
    m.hart.pc = CODE;
    m.hart.mstatus |= 3 << 13; // FS = Dirty
    m
}

fn results(m: &Machine, cases: usize) -> Vec<[u64; 4]> {
    let mut buf = vec![0u8; cases * 32];
    m.read_memory(RESULTS, &mut buf).expect("results");
    buf.chunks(32)
        .map(|c| {
            std::array::from_fn(|i| u64::from_le_bytes(c[i * 8..i * 8 + 8].try_into().unwrap()))
        })
        .collect()
}

#[test]
fn fp_fast_path_matches_softfloat() {
    let cases = 2000;
    for seed in [1u64, 0x5eed, 0xdead_beef] {
        let (code, data) = program(seed, cases);
        let budget = code.len() as u64 + 1000;
        let mut want = machine(&code, &data);
        let want_stop = Interpreter::new().run(&mut want, budget);
        // Every case ran without a trap, to the final `j .`.
        assert_eq!(
            want.hart.pc,
            CODE + 4 * (code.len() as u64 - 1),
            "seed {seed:#x}"
        );
        let mut got = machine(&code, &data);
        let mut jit = Jit::new(JitConfig {
            threshold: 0,
            ..JitConfig::default()
        });
        let got_stop = jit.run(&mut got, budget);
        assert!(jit.stats().jit_cycles > budget / 2, "{:?}", jit.stats());
        let (w, g) = (results(&want, cases), results(&got, cases));
        if let Some(i) = (0..cases).find(|&i| w[i] != g[i]) {
            panic!(
                "seed {seed:#x}, case {i}: operands {:#018x?}; interpreter [f4, t1, fflags, \
                 mstatus] = {:#x?}, JIT = {:#x?}",
                &data[i * 3..i * 3 + 3],
                w[i],
                g[i]
            );
        }
        assert_eq!(got_stop, want_stop, "seed {seed:#x}");
        assert_eq!(got.hart.f, want.hart.f, "seed {seed:#x}");
        assert_eq!(got.hart.fcsr, want.hart.fcsr, "seed {seed:#x}");
        assert_eq!(got.hart.mcycle, want.hart.mcycle, "seed {seed:#x}");
        assert_eq!(got.root_hash(), want.root_hash(), "seed {seed:#x}");
    }
}
