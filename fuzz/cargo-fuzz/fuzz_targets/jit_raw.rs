//! Interpreter vs JIT on raw bytes as code: the input (up to 4 KiB) is loaded at RAM start
//! and run for a few thousand cycles with traps vectored back to RAM start, at chunk limits
//! taken from the input's length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet::machine::map::RAM_START;
use rivet::{Config, Machine};
use rivet_fuzz::oracle::{RunPlan, compare};

fuzz_target!(|data: &[u8]| {
    let code = &data[..data.len().min(4096)];
    let make = || {
        let mut m = Machine::from_raw_image(
            &Config {
                ram_length: 64 << 10,
                ..Config::default()
            },
            code,
        )
        .expect("4 KiB fits in 64 KiB");
        m.set_csr(0x305, RAM_START).expect("mtvec exists");
        m
    };
    let k = data.len() as u64;
    let plan = RunPlan {
        chunks: vec![1 + k % 7, 10 + k % 53, 100 + k % 301],
        end: 3000,
    };
    if let Err(d) = compare(&make, &plan) {
        panic!("{d}");
    }
});
