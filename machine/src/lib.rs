//! rivet-machine: the state of a rivet machine — memory map, RAM, devices, hart state, the
//! shadow state layout — and loading of ELF and raw images.
//!
//! This crate never executes instructions: the interpreter (`rivet-interp`) and the JIT do,
//! through the bus methods of [`Machine`].
//!
//! Without its default `std` feature the crate is `no_std` + `alloc`: RAM is a heap block,
//! there are no flash drives (no files), no stored machines and no parallel hashing. The
//! step-log verifier builds that way (docs/step-log.md).

#![cfg_attr(not(feature = "std"), no_std)]

#[macro_use]
extern crate alloc;

pub mod clint;
pub mod collections;
pub mod console;
pub mod csr;
pub mod dtb;
pub mod elf;
pub mod error;
pub mod flash;
pub mod hart;
pub mod htif;
pub mod machine;
pub mod map;
pub mod memory;
pub mod merkle;
pub mod plic;
mod prelude;
pub mod range;
pub mod shadow;
#[cfg(feature = "std")]
pub mod store;
pub mod syscon;
pub mod tlb;
pub mod uart;

pub use error::{ElfError, MachineError};
pub use hart::{HartState, Privilege};
pub use machine::{
    AccessFault, Machine, MachineConfig, NoSnapshot, RestoreError, RunStop, UnmappedRange,
};
pub use merkle::{Hash, Proof, ProofError, verify_proof};
pub use range::{MemoryRange, RangeKind};
#[cfg(feature = "std")]
pub use store::StoreError;

/// Version of the machine's semantics (DESIGN §3.6). Any change that alters the state reached
/// from the same input — and so the roots — bumps it. It is part of the shadow state.
pub const SEMANTICS_VERSION: u64 = 4;
