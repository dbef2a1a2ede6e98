//! Merkle benchmarks (filled in later).

fn main() {}
