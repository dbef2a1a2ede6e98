//! The binary format of step logs, version 1 (`docs/step-log.md`).
//!
//! All integers are little-endian.
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 8 | magic `RIVETSTP` |
//! | 8 | 4 | format version (1) |
//! | 12 | 4 | reserved, zero |
//! | 16 | 8 | cycles |
//! | 24 | 32 | root before |
//! | 56 | 32 | root after |
//! | 88 | 4 | page count P (1 ≤ P ≤ [`MAX_PAGES`]) |
//! | 92 | 4 | sibling count S (S ≤ 52 · P) |
//! | 96 | 8 · P | page numbers (address >> 12), strictly increasing, the first 0 (shadow page) |
//! | 96 + 8P | 4096 · P | page contents before the cycles, in the same order |
//! | … | 32 · S | sibling hashes |
//!
//! The file ends right after the last sibling hash. Decoding checks every field before it
//! allocates anything, and allocates no more than the input's own size.

#[allow(unused_imports)]
use crate::prelude::*;

use rivet_machine::map::PAGE_SIZE;
use rivet_machine::merkle::Hash;
use rivet_machine::merkle::multiproof::{MultiproofError, check_pages};

use super::{LoggedPage, StepLog};

/// The first 8 bytes of every step log.
pub const MAGIC: [u8; 8] = *b"RIVETSTP";
/// The format version this code writes and reads.
pub const VERSION: u32 = 1;
/// Size of the fixed header in bytes.
pub const HEADER_LEN: usize = 96;
/// The most pages one log may hold (1 GiB of page contents).
pub const MAX_PAGES: u32 = 1 << 18;
/// Levels between a page and the root: at most this many siblings per page.
const LEVELS: u64 = 52;
const PAGE: usize = PAGE_SIZE as usize;

/// Why bytes are not a step log.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The input ends before the header does, or before what the header announces.
    #[error("truncated step log: {needed} bytes needed, {found} present")]
    Truncated {
        /// Bytes the header (or the announced contents) need.
        needed: u64,
        /// Bytes present.
        found: u64,
    },
    /// The input goes on after the last sibling hash.
    #[error("step log has {extra} bytes after its last sibling hash")]
    TrailingBytes {
        /// Bytes too many.
        extra: u64,
    },
    /// The first 8 bytes are not the magic.
    #[error("not a step log (no `RIVETSTP` magic)")]
    BadMagic,
    /// A version this code does not read.
    #[error(
        "step log format version {found} is not supported (this build reads version {VERSION})"
    )]
    UnsupportedVersion {
        /// The version in the file.
        found: u32,
    },
    /// The reserved header word is not zero.
    #[error("step log header: reserved word is {0:#x}, must be 0")]
    Reserved(u32),
    /// The page count is zero or above [`MAX_PAGES`].
    #[error("step log announces {count} pages; a log holds 1 to {MAX_PAGES}")]
    PageCount {
        /// The announced count.
        count: u32,
    },
    /// More siblings than the pages could ever need.
    #[error("step log announces {count} sibling hashes; {pages} pages need at most {max}")]
    SiblingCount {
        /// The announced count.
        count: u32,
        /// The page count.
        pages: u32,
        /// 52 per page.
        max: u64,
    },
    /// Page numbers out of order or out of range.
    #[error("step log page list: {0}")]
    Pages(MultiproofError),
    /// The first page is not the shadow state page.
    #[error("step log does not start with the shadow state page (page 0); first page is {0:#x}")]
    NoShadowPage(u64),
}

fn u32_at(bytes: &[u8], off: usize) -> u32 {
    u32::from_le_bytes(bytes[off..off + 4].try_into().expect("4 bytes"))
}

fn u64_at(bytes: &[u8], off: usize) -> u64 {
    u64::from_le_bytes(bytes[off..off + 8].try_into().expect("8 bytes"))
}

fn hash_at(bytes: &[u8], off: usize) -> Hash {
    Hash(bytes[off..off + 32].try_into().expect("32 bytes"))
}

/// Encodes a log (see the [module documentation](self)).
pub fn encode(log: &StepLog) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(HEADER_LEN + log.pages.len() * (8 + PAGE) + log.siblings.len() * 32);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&log.cycles.to_le_bytes());
    out.extend_from_slice(&log.root_before.0);
    out.extend_from_slice(&log.root_after.0);
    let count = |n: usize| u32::try_from(n).expect("counts bounded by the format");
    out.extend_from_slice(&count(log.pages.len()).to_le_bytes());
    out.extend_from_slice(&count(log.siblings.len()).to_le_bytes());
    for page in &log.pages {
        out.extend_from_slice(&page.ppn.to_le_bytes());
    }
    for page in &log.pages {
        out.extend_from_slice(&page.data[..]);
    }
    for sibling in &log.siblings {
        out.extend_from_slice(&sibling.0);
    }
    out
}

/// Decodes and validates a log's structure (not its hashes: that is
/// [`super::verify_step`]'s job).
pub fn decode(bytes: &[u8]) -> Result<StepLog, FormatError> {
    let found = bytes.len() as u64;
    if bytes.len() < HEADER_LEN {
        if bytes.len() >= 8 && bytes[..8] != MAGIC {
            return Err(FormatError::BadMagic);
        }
        return Err(FormatError::Truncated {
            needed: HEADER_LEN as u64,
            found,
        });
    }
    if bytes[..8] != MAGIC {
        return Err(FormatError::BadMagic);
    }
    let version = u32_at(bytes, 8);
    if version != VERSION {
        return Err(FormatError::UnsupportedVersion { found: version });
    }
    let reserved = u32_at(bytes, 12);
    if reserved != 0 {
        return Err(FormatError::Reserved(reserved));
    }
    let cycles = u64_at(bytes, 16);
    let root_before = hash_at(bytes, 24);
    let root_after = hash_at(bytes, 56);
    let pages = u32_at(bytes, 88);
    let siblings = u32_at(bytes, 92);
    if pages == 0 || pages > MAX_PAGES {
        return Err(FormatError::PageCount { count: pages });
    }
    let max = LEVELS * u64::from(pages);
    if u64::from(siblings) > max {
        return Err(FormatError::SiblingCount {
            count: siblings,
            pages,
            max,
        });
    }
    // Bounded by the checks above: no overflow.
    let needed =
        HEADER_LEN as u64 + u64::from(pages) * (8 + PAGE as u64) + u64::from(siblings) * 32;
    if found < needed {
        return Err(FormatError::Truncated { needed, found });
    }
    if found > needed {
        return Err(FormatError::TrailingBytes {
            extra: found - needed,
        });
    }
    let pages = pages as usize;
    let ppn_at = |i: usize| u64_at(bytes, HEADER_LEN + 8 * i);
    check_pages((0..pages).map(ppn_at)).map_err(FormatError::Pages)?;
    if ppn_at(0) != 0 {
        return Err(FormatError::NoShadowPage(ppn_at(0)));
    }
    let data_start = HEADER_LEN + 8 * pages;
    let logged = (0..pages)
        .map(|i| {
            let off = data_start + PAGE * i;
            LoggedPage {
                ppn: ppn_at(i),
                data: Box::new(bytes[off..off + PAGE].try_into().expect("one page")),
            }
        })
        .collect();
    let sib_start = data_start + PAGE * pages;
    let siblings = (0..siblings as usize)
        .map(|i| hash_at(bytes, sib_start + 32 * i))
        .collect();
    Ok(StepLog {
        cycles,
        root_before,
        root_after,
        pages: logged,
        siblings,
    })
}
