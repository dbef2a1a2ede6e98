//! Errors of machine construction and image loading.

#[allow(unused_imports)]
use crate::prelude::*;

use thiserror::Error;

/// Why a machine could not be built or an image could not be loaded.
#[derive(Debug, Error)]
pub enum MachineError {
    /// The RAM length is zero, not a multiple of 4 KiB, or too large.
    #[error("invalid RAM length {length:#x}: {why}")]
    InvalidRamLength {
        /// The length that was asked for.
        length: u64,
        /// What is wrong with it.
        why: &'static str,
    },
    /// The host could not provide memory for a range.
    #[cfg(feature = "std")]
    #[error("cannot map {length:#x} bytes for {range}: {source}")]
    Map {
        /// Name of the memory range.
        range: &'static str,
        /// Its length.
        length: u64,
        /// The host error.
        source: std::io::Error,
    },
    /// The host could not provide memory for a range.
    #[cfg(not(feature = "std"))]
    #[error("cannot allocate {length:#x} bytes for {range}")]
    Map {
        /// Name of the memory range.
        range: &'static str,
        /// Its length.
        length: u64,
    },
    /// A raw image does not fit into RAM.
    #[error("image of {image_len} bytes does not fit in RAM of {ram_len} bytes")]
    ImageTooLarge {
        /// Length of the image.
        image_len: u64,
        /// Length of RAM.
        ram_len: u64,
    },
    /// The device tree could not be written.
    #[error("cannot build the device tree: {0}")]
    Dtb(String),
    /// An ELF file was rejected.
    #[error("bad ELF file")]
    Elf(#[from] ElfError),
    /// A flash drive could not be attached.
    #[error(transparent)]
    Flash(#[from] crate::flash::FlashError),
    /// A boot image (firmware, kernel, initrd) does not fit or overlaps another.
    #[error("{0}")]
    BootImage(String),
}

/// Why an ELF file was rejected.
#[derive(Debug, Error)]
pub enum ElfError {
    /// The bytes are not a parsable ELF file (bad magic, truncated headers, ...).
    #[error("not a valid ELF file: {0}")]
    Parse(String),
    /// The file is ELF, but 32-bit.
    #[error("ELF class is 32-bit; rivet runs 64-bit (ELFCLASS64) RISC-V executables")]
    WrongClass,
    /// The file is big-endian.
    #[error("ELF is big-endian; RISC-V executables are little-endian")]
    WrongEndian,
    /// The file targets another architecture.
    #[error("ELF machine is {0:#x}, not RISC-V (0xf3)")]
    WrongMachine(u16),
    /// Not an executable (e.g. a relocatable object or shared library).
    #[error("ELF type is {0:#x}, not an executable (ET_EXEC)")]
    NotExecutable(u16),
    /// A loadable segment's file bytes lie beyond the end of the file.
    #[error(
        "segment {index} (file offset {offset:#x}, {filesz:#x} bytes) runs past the end of the file ({file_len:#x} bytes): truncated file?"
    )]
    Truncated {
        /// Segment index.
        index: usize,
        /// File offset of the segment.
        offset: u64,
        /// Bytes in the file.
        filesz: u64,
        /// Length of the file.
        file_len: u64,
    },
    /// A segment's file size exceeds its memory size.
    #[error("segment {index}: file size {filesz:#x} exceeds memory size {memsz:#x}")]
    FileSizeExceedsMemSize {
        /// Segment index.
        index: usize,
        /// Bytes in the file.
        filesz: u64,
        /// Bytes in memory.
        memsz: u64,
    },
    /// A segment does not lie inside one writable memory range of the machine.
    #[error(
        "segment {index} [{start:#x}, {end:#x}) is outside every loadable memory range (RAM is [{ram_start:#x}, {ram_end:#x}))"
    )]
    OutsideMemory {
        /// Segment index.
        index: usize,
        /// First address.
        start: u64,
        /// One past the last address.
        end: u64,
        /// RAM start.
        ram_start: u64,
        /// RAM end.
        ram_end: u64,
    },
    /// Two segments overlap.
    #[error("segments {first} and {second} overlap at [{start:#x}, {end:#x})")]
    Overlap {
        /// First segment index.
        first: usize,
        /// Second segment index.
        second: usize,
        /// Start of the overlap.
        start: u64,
        /// End of the overlap.
        end: u64,
    },
    /// The ELF has no loadable segment.
    #[error("ELF has no loadable (PT_LOAD) segment")]
    NoSegments,
    /// The entry point is not inside a loaded segment, or is odd.
    #[error("entry point {0:#x} is odd or not inside any loaded segment")]
    EntryOutside(u64),
    /// The `tohost` symbol is unusable.
    #[error("symbol `tohost` at {addr:#x} is unusable: {why}")]
    BadTohost {
        /// Address of the symbol.
        addr: u64,
        /// What is wrong.
        why: &'static str,
    },
}
