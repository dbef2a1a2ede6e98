//! Merkle tree benchmarks (DESIGN §4, issue 6):
//! - the root after writing k random pages of a 1 GiB RAM, k = 1, 100, 10 000;
//! - raw Keccak-256 of one 4 KiB page, and the tree hash of one page (128 leaves + 127
//!   nodes), for comparison;
//! - the root of a fresh 1 GiB machine (sparse: no RAM page is read).
//!
//! Run with `cargo bench -p rivet-bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rivet_machine::merkle::{Keccak256, Pristine, region};
use rivet_machine::{Machine, MachineConfig, map};
use sha3::Digest;

const GIB: u64 = 1 << 30;

fn machine(ram_length: u64) -> Machine {
    Machine::new(&MachineConfig {
        ram_length,
        ..MachineConfig::default()
    })
    .expect("machine")
}

/// xorshift64*: a deterministic page sequence without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn page_hashing(c: &mut Criterion) {
    let page: Vec<u8> = (0..4096u32).map(|i| (i * 31 + 7) as u8).collect();
    let mut g = c.benchmark_group("page");
    g.throughput(Throughput::Bytes(4096));
    g.bench_function("raw_keccak256_4KiB", |b| {
        b.iter(|| sha3::Keccak256::digest(black_box(&page)))
    });
    let pristine = Pristine::new::<Keccak256>();
    g.bench_function("tree_hash_4KiB", |b| {
        b.iter(|| region::page_hash::<Keccak256>(black_box(&page), &pristine))
    });
    g.bench_function("one_permutation_input_64B", |b| {
        b.iter(|| sha3::Keccak256::digest(black_box(&page[..64])))
    });
    g.finish();
}

fn root_after_writes(c: &mut Criterion) {
    let mut g = c.benchmark_group("root_after_k_random_pages_1GiB");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    let mut m = machine(GIB);
    m.root_hash();
    let pages = GIB / map::PAGE_SIZE;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for k in [1u64, 100, 10_000] {
        g.throughput(Throughput::Elements(k));
        g.bench_function(format!("k={k}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    // Fill each page with random words (dense: no pristine shortcut inside it).
                    for _ in 0..k {
                        let page = map::RAM_START + (rng.next() % pages) * map::PAGE_SIZE;
                        for word in 0..512 {
                            m.store::<8>(page + word * 8, rng.next())
                                .expect("RAM store");
                        }
                    }
                    let t = Instant::now();
                    black_box(m.root_hash());
                    total += t.elapsed();
                }
                total
            })
        });
    }
    g.finish();
}

fn fresh_root(c: &mut Criterion) {
    let mut g = c.benchmark_group("fresh_machine");
    g.sample_size(20);
    g.bench_function("root_1GiB", |b| {
        b.iter_batched(
            || machine(GIB),
            |mut m| {
                black_box(m.root_hash());
                m
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, page_hashing, root_after_writes, fresh_root);
criterion_main!(benches);
