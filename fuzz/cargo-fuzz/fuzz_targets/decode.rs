//! The decoder and disassembler on arbitrary words: never a panic, and every decoded
//! instruction is consistent with the instruction table (its bits match its line; a
//! compressed parcel decodes to what its expansion decodes to).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet::interp::Op;
use rivet::interp::decode::{compressed, decode, decode32};
use rivet::interp::disasm::disassemble;

fuzz_target!(|data: &[u8]| {
    for chunk in data.chunks(4) {
        let mut b = [0u8; 4];
        b[..chunk.len()].copy_from_slice(chunk);
        let raw = u32::from_le_bytes(b);
        let insn = decode(raw);
        let text = disassemble(&insn);
        assert!(!text.is_empty());
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
