//! Interpreter speed per workload (issue 9): each ELF of `bench/workloads` runs for a fixed
//! budget of 20 M cycles on a fresh machine; the throughput criterion reports, in
//! elements per second, is the interpreter's MIPS (cycles = instructions retired + traps).
//! Loading the ELF is outside the timed part. A JIT engine will get its own group here.
//!
//! Run with `cargo bench -p rivet-bench --bench interp`.

use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rivet_bench::{WORKLOADS, load_workload};
use rivet_interp::{BreakReason, Interpreter};

/// Cycles run per iteration.
const BUDGET: u64 = 20_000_000;

fn interp_mips(c: &mut Criterion) {
    let mut g = c.benchmark_group("interp");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Elements(BUDGET));
    for name in WORKLOADS {
        g.bench_function(name, |b| {
            b.iter_batched(
                || load_workload(name),
                |mut m| {
                    let stop = Interpreter::new().run(&mut m, BUDGET);
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

criterion_group!(benches, interp_mips);
criterion_main!(benches);
