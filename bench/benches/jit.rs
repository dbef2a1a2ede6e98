//! JIT speed per workload and compile latency (issue 7, issue 9).
//!
//! - `jit/<workload>`: each ELF of `bench/workloads` for a fixed budget of cycles on a fresh
//!   machine and a fresh JIT (default threshold), so compile time is included; throughput in
//!   elements per second is the JIT engine's MIPS (cycles = instructions retired + traps).
//! - `jit_compile/<workload>`: compiling every block of the first 200 k cycles (threshold 0)
//!   with the run itself; divide by the blocks compiled (printed once) for the latency per
//!   block.
//!
//! Run with `cargo bench -p rivet-bench --bench jit`; `bench/compare.sh` prints the same
//! MIPS side by side with the interpreter, QEMU and native code.

use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rivet_bench::{WORKLOADS, load_workload};
use rivet_interp::BreakReason;
use rivet_jit::{Jit, JitConfig};

/// Cycles run per iteration.
const BUDGET: u64 = 100_000_000;

fn jit_mips(c: &mut Criterion) {
    let mut g = c.benchmark_group("jit");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Elements(BUDGET));
    for name in WORKLOADS {
        g.bench_function(name, |b| {
            b.iter_batched(
                || (load_workload(name), Jit::new(JitConfig::default())),
                |(mut m, mut jit)| {
                    let stop = jit.run(&mut m, BUDGET);
                    assert!(
                        matches!(stop, BreakReason::ReachedTarget),
                        "{name}: {stop:?}"
                    );
                    m
                },
                BatchSize::PerIteration,
            );
        });
    }
    g.finish();
}

fn jit_compile(c: &mut Criterion) {
    let mut g = c.benchmark_group("jit_compile");
    g.sample_size(10);
    let eager = JitConfig {
        threshold: 0,
        ..JitConfig::default()
    };
    for name in WORKLOADS {
        let mut m = load_workload(name);
        let mut jit = Jit::new(eager);
        jit.run(&mut m, 200_000);
        let s = jit.stats();
        println!(
            "{name}: {} blocks, {} instructions compiled in {:?} ({:?} per block, {:?} per instruction)",
            s.blocks_compiled,
            s.insns_compiled,
            s.compile_time,
            s.compile_time / s.blocks_compiled.max(1) as u32,
            s.compile_time / s.insns_compiled.max(1) as u32,
        );
        g.bench_function(name, |b| {
            b.iter_batched(
                || (load_workload(name), Jit::new(eager)),
                |(mut m, mut jit)| {
                    jit.run(&mut m, 200_000);
                    m
                },
                BatchSize::PerIteration,
            );
        });
    }
    g.finish();
}

criterion_group!(benches, jit_mips, jit_compile);
criterion_main!(benches);
