//! Checking a step log against a root: the replay side of step logs.

#[allow(unused_imports)]
use crate::prelude::*;

use rivet_machine::flash::MAX_DRIVES;
use rivet_machine::map::{self, PAGE_SHIFT};
use rivet_machine::merkle::multiproof::{MultiproofError, multiproof_root};
use rivet_machine::merkle::region::hash_page_contents;
use rivet_machine::merkle::{Hash, MachineHasher};
use rivet_machine::{Machine, MachineConfig, MachineError, RestoreError, shadow};

use super::{StepError, StepLog, step_end};
use crate::{BreakReason, Interpreter};

/// Cycles between checks for an access outside the log during a replay.
const CHECK_EVERY: u64 = 1 << 12;

/// Why a step log does not verify.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The log starts from another root than the one the verifier holds.
    #[error("the log starts from root {logged}, not from {expected}")]
    RootBeforeMismatch {
        /// The root the verifier was given.
        expected: Hash,
        /// The root the log names.
        logged: Hash,
    },
    /// The page list or the sibling list does not make a multiproof.
    #[error("the log's pages and sibling hashes are not a multiproof: {0}")]
    Multiproof(#[from] MultiproofError),
    /// The logged pages (contents before the cycles) and siblings do not give the root before.
    #[error(
        "the logged pages and sibling hashes give root {computed}, not the root before {expected}: a page or a sibling hash is wrong"
    )]
    PagesDoNotProve {
        /// The root before.
        expected: Hash,
        /// What the pages and siblings fold to.
        computed: Hash,
    },
    /// The first page is not the shadow state page.
    #[error("the log does not hold the shadow state page (page 0) first")]
    NoShadowPage,
    /// A logged page is neither the shadow page nor DTB, RAM or a flash drive.
    #[error("logged page at {addr:#x} is not in the shadow page, the DTB, RAM or a flash drive")]
    PageOutsideMemory {
        /// Its physical address.
        addr: u64,
    },
    /// The cycle count is not one a log may hold.
    #[error(transparent)]
    Cycles(StepError),
    /// The machine described by the shadow page cannot be built.
    #[error("the logged shadow page describes no valid machine: {0}")]
    Machine(#[from] MachineError),
    /// The logged shadow page is not a valid state.
    #[error("the logged shadow page is not a valid state: {0}")]
    Shadow(#[from] RestoreError),
    /// The replay accessed a page the log does not hold.
    #[error("the replay accessed page {addr:#x}, which the log does not hold")]
    PageNotInLog {
        /// The page's physical address.
        addr: u64,
    },
    /// The log holds a page the replay never accessed.
    #[error("the log holds page {addr:#x}, which the replay never accessed")]
    PageNotAccessed {
        /// The page's physical address.
        addr: u64,
    },
    /// The replay ends in another state than the log claims.
    #[error("the replay ends at root {computed}, not at the logged root after {logged}")]
    RootAfterMismatch {
        /// The root the replay reached.
        computed: Hash,
        /// The root the log claims.
        logged: Hash,
    },
}

/// Verifies that `log.cycles` cycles from the state with root `root_before` lead to the state
/// with root `log.root_after`, using nothing but the log (see the
/// [module documentation](super)). Returns the root after.
pub fn verify_step(root_before: &Hash, log: &StepLog) -> Result<Hash, VerifyError> {
    if log.root_before != *root_before {
        return Err(VerifyError::RootBeforeMismatch {
            expected: *root_before,
            logged: log.root_before,
        });
    }
    // 1. The pages, as logged, are the state under `root_before`.
    let before: Vec<(u64, Hash)> = log
        .pages
        .iter()
        .map(|p| (p.ppn, hash_page_contents::<MachineHasher>(&p.data[..])))
        .collect();
    let computed = multiproof_root::<MachineHasher>(&before, &log.siblings)?;
    if computed != *root_before {
        return Err(VerifyError::PagesDoNotProve {
            expected: *root_before,
            computed,
        });
    }
    // 2. A machine holding only those pages.
    let shadow_page = match log.pages.first() {
        Some(p) if p.ppn == map::SHADOW_START >> PAGE_SHIFT => &p.data,
        _ => return Err(VerifyError::NoShadowPage),
    };
    let ram_length = u64::from_le_bytes(
        shadow_page[shadow::RAM_LENGTH..shadow::RAM_LENGTH + 8]
            .try_into()
            .expect("8 bytes"),
    );
    // The flash drives, as the shadow page describes them (start, length, read-only).
    let word = |at: usize| {
        u64::from_le_bytes(
            shadow_page[at..at + 8]
                .try_into()
                .expect("8 bytes in the page"),
        )
    };
    let drives: Vec<(u64, u64, bool)> = (0..MAX_DRIVES)
        .map(|i| shadow::FLASH + 24 * i)
        .filter(|&at| word(at + 8) != 0)
        .map(|at| (word(at), word(at + 8), word(at + 16) != 0))
        .collect();
    let in_memory = |addr: u64| {
        (map::DTB_START..map::DTB_START + map::DTB_LENGTH).contains(&addr)
            || (addr >= map::RAM_START && addr - map::RAM_START < ram_length)
            || drives
                .iter()
                .any(|&(start, length, _)| addr >= start && addr - start < length)
    };
    for page in &log.pages[1..] {
        let addr = page.ppn << PAGE_SHIFT;
        if !in_memory(addr) {
            return Err(VerifyError::PageOutsideMemory { addr });
        }
    }
    let mut m = Machine::new(&MachineConfig {
        ram_length,
        ..MachineConfig::default()
    })?;
    if !drives.is_empty() {
        m.attach_anonymous_drives(&drives)?;
    }
    m.restore_shadow(&shadow_page[..])?;
    for page in &log.pages[1..] {
        m.write_memory(page.ppn << PAGE_SHIFT, &page.data[..])
            .expect("page checked to be in the DTB, RAM or a drive");
    }
    // 3. Replay, noting every page accessed.
    //    The replay stops within CHECK_EVERY cycles of its first access to a page the log
    //    does not hold (nothing after it could verify).
    let end = step_end(m.hart.mcycle, log.cycles).map_err(VerifyError::Cycles)?;
    m.start_tracking_within(log.pages.iter().map(|p| p.ppn).collect());
    let mut interp = Interpreter::new();
    loop {
        let chunk_end = end.min(m.hart.mcycle.saturating_add(CHECK_EVERY));
        let reason = loop {
            match interp.run(&mut m, chunk_end) {
                BreakReason::Yielded { .. } => {}
                reason => break reason,
            }
        };
        if let Some(ppn) = m.unexpected_access() {
            return Err(VerifyError::PageNotInLog {
                addr: ppn << PAGE_SHIFT,
            });
        }
        if reason != BreakReason::ReachedTarget || m.hart.mcycle >= end {
            break;
        }
    }
    // Every access stayed inside the log (checked above, as the replay went): every logged
    // page must also have been accessed.
    let touched = m.stop_tracking();
    if let Some(p) = log.pages.iter().find(|p| {
        touched
            .binary_search_by_key(&p.ppn, |&(ppn, _)| ppn)
            .is_err()
    }) {
        return Err(VerifyError::PageNotAccessed {
            addr: p.ppn << PAGE_SHIFT,
        });
    }
    // 4. The pages as the replay left them, with the same siblings (no sibling covers an
    //    accessed page, so none changed), give the root after.
    let shadow_after = shadow::serialize(&m);
    let mut buf = [0u8; map::PAGE_SIZE as usize];
    let after: Vec<(u64, Hash)> = log
        .pages
        .iter()
        .map(|p| {
            let bytes: &[u8] = if p.ppn == 0 {
                &shadow_after
            } else {
                m.read_memory(p.ppn << PAGE_SHIFT, &mut buf)
                    .expect("page checked to be in the DTB, RAM or a drive");
                &buf
            };
            (p.ppn, hash_page_contents::<MachineHasher>(bytes))
        })
        .collect();
    let computed = multiproof_root::<MachineHasher>(&after, &log.siblings)?;
    if computed != log.root_after {
        return Err(VerifyError::RootAfterMismatch {
            computed,
            logged: log.root_after,
        });
    }
    Ok(computed)
}
