//! Decoder throughput (issue 9): decoding every instruction of the `intmix` workload's
//! code (compressed and 32-bit, as a compiler mixes them), as a buffer of raw words.
//!
//! Run with `cargo bench -p rivet-bench --bench decode`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rivet_interp::decode::{decode, insn_len};

/// The instruction words of the workload's first (code) segment, walked parcel by parcel:
/// a 32-bit word, or a 16-bit parcel in the low half.
fn words() -> Vec<u32> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("workloads/intmix.elf");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let image = rivet_machine::elf::parse(&bytes, &[("ram", 0x8000_0000, 0x1_0000_0000)])
        .expect("parse ELF");
    let code = &bytes[image.segments[0].file_range.clone()];
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 <= code.len() {
        let lo = u16::from_le_bytes([code[i], code[i + 1]]);
        if insn_len(lo) == 4 && i + 4 <= code.len() {
            out.push(u32::from_le_bytes([
                code[i],
                code[i + 1],
                code[i + 2],
                code[i + 3],
            ]));
            i += 4;
        } else {
            out.push(u32::from(lo));
            i += 2;
        }
    }
    out
}

fn decode_throughput(c: &mut Criterion) {
    let words = words();
    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Elements(words.len() as u64));
    g.bench_function("intmix_text", |b| {
        b.iter(|| {
            let mut acc = 0u64;
            for &w in &words {
                let insn = decode(black_box(w));
                acc = acc.wrapping_add(u64::from(insn.len));
            }
            acc
        });
    });
    g.finish();
}

criterion_group!(benches, decode_throughput);
criterion_main!(benches);
