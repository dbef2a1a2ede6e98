//! Interpreter vs JIT on generated programs: the input's first 8 bytes are the generator
//! seed (libFuzzer explores seeds; the oracle compares the whole state).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet_fuzz::generator::{GenConfig, generate};
use rivet_fuzz::oracle::compare;

fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 8];
    let n = data.len().min(8);
    seed[..n].copy_from_slice(&data[..n]);
    let case = generate(u64::from_le_bytes(seed), &GenConfig { max_mcycle: 50_000 });
    if let Err(d) = compare(&|| case.machine(), &case.plan) {
        panic!("case seed {:#x}: {d}", case.seed);
    }
});
