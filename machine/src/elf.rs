//! ELF64 RISC-V executable parsing and validation.

#[allow(unused_imports)]
use crate::prelude::*;

use core::ops::Range;

use object::Endianness;
use object::elf::{EM_RISCV, ET_EXEC, FileHeader64, PT_LOAD, SHT_SYMTAB};
use object::read::elf::{FileHeader, ProgramHeader, Sym};

use crate::error::ElfError;

/// One loadable segment, validated against the machine's memory ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Physical load address (`p_paddr`).
    pub paddr: u64,
    /// Bytes of the file to copy there.
    pub file_range: Range<usize>,
    /// Bytes in memory (the rest is zero).
    pub memsz: u64,
}

/// A validated executable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElfImage {
    /// Entry point.
    pub entry: u64,
    /// Loadable segments.
    pub segments: Vec<Segment>,
    /// Address of the `tohost` symbol, if any.
    pub tohost: Option<u64>,
    /// Address of the `fromhost` symbol, if any.
    pub fromhost: Option<u64>,
}

/// Parses `bytes` as a RISC-V ELF64 executable whose segments must each fit inside one of
/// `ranges` (name, start, end) and must not overlap.
pub fn parse(bytes: &[u8], ranges: &[(&'static str, u64, u64)]) -> Result<ElfImage, ElfError> {
    if bytes.len() < 16 || &bytes[..4] != b"\x7fELF" {
        return Err(ElfError::Parse(if bytes.len() < 4 {
            format!("file is only {} bytes long", bytes.len())
        } else {
            "missing ELF magic (\\x7fELF)".into()
        }));
    }
    match bytes[4] {
        1 => return Err(ElfError::WrongClass),
        2 => {}
        c => return Err(ElfError::Parse(format!("unknown ELF class {c}"))),
    }
    if bytes[5] != 1 {
        return Err(ElfError::WrongEndian);
    }
    let header =
        FileHeader64::<Endianness>::parse(bytes).map_err(|e| ElfError::Parse(e.to_string()))?;
    let endian = header
        .endian()
        .map_err(|e| ElfError::Parse(e.to_string()))?;
    let machine = header.e_machine(endian);
    if machine != EM_RISCV {
        return Err(ElfError::WrongMachine(machine.0));
    }
    let kind = header.e_type(endian);
    if kind != ET_EXEC {
        return Err(ElfError::NotExecutable(kind.0));
    }
    let phdrs = header
        .program_headers(endian, bytes)
        .map_err(|e| ElfError::Parse(format!("program headers: {e}")))?;

    let mut segments: Vec<(usize, Segment)> = Vec::new();
    for (index, ph) in phdrs.iter().enumerate() {
        if ph.p_type(endian) != PT_LOAD {
            continue;
        }
        let offset = ph.p_offset(endian);
        let filesz = ph.p_filesz(endian);
        let memsz = ph.p_memsz(endian);
        let paddr = ph.p_paddr(endian);
        if filesz > memsz {
            return Err(ElfError::FileSizeExceedsMemSize {
                index,
                filesz,
                memsz,
            });
        }
        let file_end = offset.checked_add(filesz);
        if file_end.is_none_or(|end| end > bytes.len() as u64) {
            return Err(ElfError::Truncated {
                index,
                offset,
                filesz,
                file_len: bytes.len() as u64,
            });
        }
        if memsz == 0 {
            continue;
        }
        let end = paddr.checked_add(memsz);
        let fits = end.is_some_and(|end| {
            ranges
                .iter()
                .any(|&(_, start, stop)| paddr >= start && end <= stop)
        });
        if !fits {
            let (_, ram_start, ram_end) = ranges
                .iter()
                .copied()
                .find(|r| r.0 == "RAM")
                .unwrap_or(("", 0, 0));
            return Err(ElfError::OutsideMemory {
                index,
                start: paddr,
                end: end.unwrap_or(u64::MAX),
                ram_start,
                ram_end,
            });
        }
        segments.push((
            index,
            Segment {
                paddr,
                file_range: offset as usize..(offset + filesz) as usize,
                memsz,
            },
        ));
    }
    if segments.is_empty() {
        return Err(ElfError::NoSegments);
    }
    segments.sort_by_key(|(_, s)| s.paddr);
    for pair in segments.windows(2) {
        let (a_idx, a) = &pair[0];
        let (b_idx, b) = &pair[1];
        let a_end = a.paddr + a.memsz;
        if b.paddr < a_end {
            return Err(ElfError::Overlap {
                first: *a_idx,
                second: *b_idx,
                start: b.paddr,
                end: a_end.min(b.paddr + b.memsz),
            });
        }
    }
    let entry = header.e_entry(endian);
    if !segments
        .iter()
        .any(|(_, s)| entry >= s.paddr && entry < s.paddr + s.memsz)
    {
        return Err(ElfError::EntryOutside(entry));
    }

    if entry % 2 != 0 {
        return Err(ElfError::EntryOutside(entry));
    }
    let (tohost, fromhost) = find_htif_symbols(header, endian, bytes)?;
    Ok(ElfImage {
        entry,
        segments: segments.into_iter().map(|(_, s)| s).collect(),
        tohost,
        fromhost,
    })
}

/// Finds the `tohost` and `fromhost` symbols in the symbol table, if there is one.
fn find_htif_symbols(
    header: &FileHeader64<Endianness>,
    endian: Endianness,
    bytes: &[u8],
) -> Result<(Option<u64>, Option<u64>), ElfError> {
    // A file without (or with a broken) section table simply has no symbols to offer; only
    // a symbol table that is present but corrupt is an error.
    let Ok(sections) = header.sections(endian, bytes) else {
        return Ok((None, None));
    };
    let symbols = sections
        .symbols(endian, bytes, SHT_SYMTAB)
        .map_err(|e| ElfError::Parse(format!("symbol table: {e}")))?;
    let mut tohost = None;
    let mut fromhost = None;
    for sym in symbols.iter() {
        let Ok(name) = sym.name(endian, symbols.strings()) else {
            continue;
        };
        match name {
            b"tohost" => tohost = Some(sym.st_value(endian)),
            b"fromhost" => fromhost = Some(sym.st_value(endian)),
            _ => {}
        }
    }
    Ok((tohost, fromhost))
}
