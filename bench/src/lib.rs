//! Benchmarks of rivet live in `benches/` (criterion; run with `cargo bench -p rivet-bench`).
