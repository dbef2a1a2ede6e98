//! rivet-fuzz: differential fuzzing of rivet's engines.
//!
//! - [`oracle`]: runs a machine on the interpreter and on the JIT and compares the whole
//!   architectural state (registers, pc, every CSR, counters, privilege, devices, memory via
//!   the Merkle root, break reason), at several chunk boundaries and at the end.
//! - [`generator`]: turns a seed into a self-contained RV64GC test image (random initial state,
//!   random code drawn from the interpreter's instruction table, loops, traps, interrupts).
//! - [`campaign`]: runs many generated cases and writes a reproducer for each divergence.
//! - [`qemu`]: the interpreter against QEMU on random user-level sequences.
//! - [`capstone`]: the decoder against Capstone, word by word.
//!
//! See `docs/fuzzing.md`.

pub mod asm;
pub mod campaign;
pub mod capstone;
pub mod generator;
pub mod oracle;
pub mod paging;
pub mod qemu;
pub mod rng;
