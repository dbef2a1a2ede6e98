//! The decoder and disassembler on arbitrary words: never a panic; every decoded instruction
//! is consistent with the instruction table (its bits match its line; a compressed parcel
//! decodes to what its expansion decodes to); and every 32-bit word decodes as Capstone 5
//! decodes it, or as the specification says where Capstone is known to disagree with it
//! (`rivet_fuzz::capstone`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet::interp::Op;
use rivet::interp::decode::{compressed, decode, decode32};
use rivet::interp::disasm::disassemble;
use rivet_fuzz::capstone::{Stats, setup};

thread_local! {
    /// Capstone and its CSR names, built once per process (Capstone is not `Sync`).
    static CAPSTONE: (capstone::Capstone, std::collections::HashMap<String, i64>) = setup();
}

fuzz_target!(|data: &[u8]| {
    for chunk in data.chunks(4) {
        let mut b = [0u8; 4];
        b[..chunk.len()].copy_from_slice(chunk);
        let raw = u32::from_le_bytes(b);
        let insn = decode(raw);
        let text = disassemble(&insn);
        assert!(!text.is_empty());
        if raw & 3 == 3 {
            let mut stats = Stats::default();
            CAPSTONE.with(|(cs, names)| stats.check(cs, names, raw));
            assert!(stats.failures.is_empty(), "{}", stats.failures.join("\n"));
        }
        if insn.op == Op::Illegal {
            continue;
        }
        if raw & 3 == 3 {
            assert_eq!(insn.len, 4);
            let def = insn.op.def().expect("a decoded op has a table line");
            assert_eq!(
                raw & def.mask,
                def.bits,
                "{raw:#010x} decoded as {}",
                def.name
            );
        } else {
            assert_eq!(insn.len, 2);
            let word = compressed::expand(raw as u16).expect("a legal parcel expands");
            let expanded = decode32(word);
            assert_eq!(expanded.op, insn.op, "{:#06x}", raw as u16);
            assert_eq!(
                (expanded.rd, expanded.rs1, expanded.rs2, expanded.imm),
                (insn.rd, insn.rs1, insn.rs2, insn.imm)
            );
        }
    }
});
