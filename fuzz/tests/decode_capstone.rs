//! rivet's decoder against Capstone 5 on fixed-seed words (see `rivet_fuzz::capstone`).

use rivet::interp::decode::{Op, TABLE};
use rivet_fuzz::capstone::{
    CapstoneDisagreement, RM_NAMES, Stats, capstone, capstone_decode, lacking_extension, setup,
};

/// xorshift64 with a fixed seed: deterministic words without extra crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }
}

/// Uniformly random words (with the low bits forced to 11).
#[test]
fn random_words() {
    let (cs, names) = setup();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut stats = Stats::default();
    for _ in 0..400_000 {
        stats.check(&cs, &names, rng.next());
    }
    stats.report("random words");
}

/// Every table entry's match bits with random bits outside its mask: every instruction is
/// checked with many operand values.
#[test]
fn table_entries_with_random_operands() {
    let (cs, names) = setup();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut stats = Stats::default();
    for def in TABLE {
        for _ in 0..3000 {
            stats.check(&cs, &names, def.bits | (rng.next() & !def.mask));
        }
    }
    stats.report("table entries");
    // Every instruction must have been compared with Capstone at least once (the fences
    // only through their canonical words below, since random rd/rs1/fm hit the
    // disagreement classes).
    for def in TABLE {
        if !matches!(def.op, Op::Fence | Op::FenceI) {
            assert!(
                stats.by_op.contains_key(def.name),
                "{} never agreed",
                def.name
            );
        }
    }
}

/// Near misses: a table entry's word with one of its identifying bits (inside the mask, above
/// the two low bits) flipped, to probe the reserved neighbours of every instruction.
#[test]
fn near_misses() {
    let (cs, names) = setup();
    let mut rng = Rng(0xd1b5_4a32_d192_ed03);
    let mut stats = Stats::default();
    for def in TABLE {
        let mask_bits: Vec<u32> = (2..32).filter(|b| def.mask >> b & 1 == 1).collect();
        for _ in 0..1500 {
            let flip = mask_bits[rng.next() as usize % mask_bits.len()];
            stats.check(
                &cs,
                &names,
                (def.bits | (rng.next() & !def.mask)) ^ (1 << flip),
            );
        }
    }
    stats.report("near misses");
}

/// Fixed words: the canonical fences and system instructions, privileged instructions rivet
/// lacks, F/D forms (each operand class, rounding modes, aliases) and Q/Zfh encodings.
#[test]
fn fixed_words() {
    let (cs, names) = setup();
    let mut stats = Stats::default();
    for w in [
        0x0ff0_000f, // fence iorw, iorw
        0x0330_000f, // fence rw, rw
        0x0000_000f, // fence with empty sets
        0x8330_000f, // fence.tso
        0x0100_000f, // pause (fence w, 0)
        0x0000_100f, // fence.i
        0x0000_0073, // ecall
        0x0010_0073, // ebreak
        0x3020_0073, // mret
        0x1050_0073, // wfi
        0x1020_0073, // sret
        0x0020_0073, // uret: no N extension
        0x1200_0073, // sfence.vma zero, zero
        0x7b20_0073, // dret: no debug mode
        0xc000_1073, // unimp = csrrw zero, cycle, zero
        // Capstone prints the RV32 counter-high aliases on RV64 too (found by the cargo-fuzz
        // `decode` target): csrrs t3, cycleh/timeh/instreth, zero.
        0xc800_2e73, // rdcycleh t3
        0xc810_2e73, // rdtimeh t3
        0xc820_2e73, // rdinstreth t3
        0x0000_0013, // nop
        0x0000_8067, // ret
        0xfff5_4513, // not a0, a0
        // ---- F and D ----
        0x0085_2007, // flw ft0, 8(a0)
        0xff85_3007, // fld ft0, -8(a0)
        0x00a5_2427, // fsw fa0, 8(a0)
        0x00a5_3427, // fsd fa0, 8(a0)
        0x0031_00d3, // fadd.s ft1, ft2, ft3, rne
        0x0231_70d3, // fadd.d ft1, ft2, ft3 (dyn)
        0x2021_00d3, // fsgnj.s ft1, ft2, ft2 = fmv.s
        0x2221_10d3, // fsgnjn.d ft1, ft2, ft2 = fneg.d
        0x2221_20d3, // fsgnjx.d ft1, ft2, ft2 = fabs.d
        0xe004_0fd3, // fmv.x.w t6, fs0
        0xf00f_8453, // fmv.w.x fs0, t6
        0xe201_10d3, // fclass.d ra, ft2
        0xa231_20d3, // feq.d ra, ft2, ft3
        0xc001_10d3, // fcvt.w.s ra, ft2, rtz
        0xd221_70d3, // fcvt.d.l ft1, sp (dyn)
        0x4201_00d3, // fcvt.d.s ft1, ft2 (rm = 000, the only one Capstone knows)
        0x4201_70d3, // fcvt.d.s ft1, ft2 with rm = dyn: ExactConversionRm
        0x2031_00c3, // fmadd.s ft1, ft2, ft3, ft4, rne
        0xfbff_ffcf, // fnmadd.d ft11, ft11, ft11, ft11 (dyn)
        0x0031_50d3, // fadd.s with rm = 101: FpReservedRm
        0xfbff_efcf, // fnmadd.d with rm = 110: FpReservedRm
        0x0030_2573, // frcsr a0 (csrrs a0, fcsr, zero)
        0x0025_9573, // fsrm a0, a1
        0x0010_5073, // fsflagsi 0 (csrrwi zero, fflags, 0)
        // ---- Q and Zfh: illegal in rivet, rejected by Capstone 5 ----
        0x0631_70d3, // fadd.q
        0x0431_70d3, // fadd.h
        0x4031_70d3, // fcvt.s.q
        0x4601_70d3, // fcvt.q.s
        0x4611_70d3, // fcvt.q.d
        0xe601_00d3, // fmv.x.q (RV128Q only)
        0xe401_00d3, // fmv.x.h
        0x2631_70c3, // fmadd.q
        0x2431_70c3, // fmadd.h
        0x0085_4007, // flq ft0, 8(a0)
        0x00a5_4427, // fsq fa0, 8(a0)
        0x0085_1007, // flh ft0, 8(a0)
        0x00a5_1427, // fsh fa0, 8(a0)
    ] {
        stats.check(&cs, &names, w);
    }
    stats.report("fixed words");
    assert!(stats.by_op.contains_key("fence") && stats.by_op.contains_key("fence.i"));
    for name in [
        "flw", "fld", "fsw", "fsd", "fadd.s", "fadd.d", "fsgnj.s", "fsgnjn.d", "fsgnjx.d",
        "fmv.x.w", "fmv.w.x", "fclass.d", "feq.d", "fcvt.w.s", "fcvt.d.l", "fcvt.d.s", "fmadd.s",
        "fnmadd.d",
    ] {
        assert!(stats.by_op.contains_key(name), "{name} not agreed");
    }
    assert_eq!(
        stats.spec_classes.get(&CapstoneDisagreement::FpReservedRm),
        Some(&2)
    );
    assert_eq!(
        stats
            .spec_classes
            .get(&CapstoneDisagreement::ExactConversionRm),
        Some(&1)
    );
    // Capstone 5 decodes none of the 13 Q/Zfh words (so each was checked as illegal on both
    // sides); only `uret` is a Capstone-only instruction here (`dret` it rejects).
    assert!(
        stats
            .lacking
            .keys()
            .all(|n| lacking_extension(n) != Some("Q/Zfh")),
        "{:?}",
        stats.lacking
    );
}

/// How Capstone prints rounding modes (the operand parsing relies on it): a last operand
/// `rne`/`rtz`/`rdn`/`rup`/`rmm` for rm = 0..4, nothing for DYN (111), and the reserved
/// values 101/110 are rejected. The exact conversions (`fcvt.d.s`, `fcvt.d.w`, `fcvt.d.wu`)
/// have no rm operand and only rm = 000 decodes.
#[test]
fn capstone_rounding_modes() {
    let (cs, _) = setup();
    let text = |w: u32| capstone_decode(&cs, w).map(|c| format!("{} {}", c.mnemonic, c.ops));
    let fadd_s = 0x0031_00d3; // fadd.s ft1, ft2, ft3 with rm = 0
    let fmadd_d = 0x2231_00c3; // fmadd.d ft1, ft2, ft3, ft4 with rm = 0
    for rm in 0..8u32 {
        let suffix = match rm {
            0..=4 => format!(", {}", RM_NAMES[rm as usize].0),
            7 => String::new(),
            _ => {
                assert_eq!(text(fadd_s | rm << 12), None, "rm {rm}");
                assert_eq!(text(fmadd_d | rm << 12), None, "rm {rm}");
                continue;
            }
        };
        assert_eq!(
            text(fadd_s | rm << 12),
            Some(format!("fadd.s ft1, ft2, ft3{suffix}"))
        );
        assert_eq!(
            text(fmadd_d | rm << 12),
            Some(format!("fmadd.d ft1, ft2, ft3, ft4{suffix}"))
        );
        // fcvt.d.s ft1, ft2 / fcvt.d.w ft1, sp / fcvt.d.wu ft1, sp
        for (w, want) in [
            (0x4201_00d3, "fcvt.d.s ft1, ft2"),
            (0xd201_00d3, "fcvt.d.w ft1, sp"),
            (0xd211_00d3, "fcvt.d.wu ft1, sp"),
        ] {
            let got = text(w | rm << 12);
            if rm == 0 {
                assert_eq!(got.as_deref(), Some(want));
            } else {
                assert_eq!(got, None, "{want} with rm {rm}");
            }
        }
    }
}

/// Capstone prints pc-relative offsets for branches and jumps (not target addresses), which
/// the operand comparison relies on.
#[test]
fn capstone_prints_relative_offsets() {
    let cs = capstone();
    for (w, want) in [
        (0xfe00_0ee3u32, "zero, -4"), // beq zero, zero, -4 (printed as beqz)
        (0x0010_00ef, "0x800"),       // jal ra, 2048
        (0x8000_006f, "-0x100000"),   // j -1048576
    ] {
        for addr in [0, 0x1000, 0x8000_0000] {
            let insns = cs.disasm_count(&w.to_le_bytes(), addr, 1).unwrap();
            assert_eq!(insns.iter().next().unwrap().op_str(), Some(want), "{w:#x}");
        }
    }
}
