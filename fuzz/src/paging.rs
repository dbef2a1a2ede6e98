//! Random Sv39 and Sv48 page tables for generated cases that run in S or U mode.
//!
//! The tables live in the image at [`PT_BASE`] (up to [`PT_PAGES`] pages) and map, by
//! identity (virtual address = physical address):
//!
//! - the devices: the first two gigabytes (CLINT, UART, PLIC, HTIF, DTB) as two 1 GiB leaves,
//!   read-write, each present in 9 cases of 10;
//! - RAM at `0x8000_0000`: one 1 GiB leaf, one 2 MiB leaf, or 4 KiB pages with per-page
//!   permissions: the code and handler pages read-execute (writable too in self-modifying
//!   cases), the register table read-write, the data pages mostly read-write with some
//!   random permission sets (missing R, W, A or D bits, or X only: faults), the page-table
//!   pages themselves unmapped or read-write;
//! - in some cases an alias of the data area at [`ALIAS_VA`] (4 KiB pages with random
//!   permissions), which `gp` and `sp` then point into, so most loads and stores translate to
//!   another address than their own.
//!
//! Leaves carry U in U-mode cases and not in S-mode ones, except for random data pages
//! (reachable from S mode only with `sstatus.SUM`).

use rivet::machine::map::RAM_START;

use crate::generator::{DATA, DATA_LEN, REGTAB};
use crate::rng::Rng;

/// First page of the page tables.
pub const PT_BASE: u64 = RAM_START + 0x2_8000;
/// Pages reserved for page tables.
pub const PT_PAGES: u64 = 8;
/// Virtual address of the data area's alias.
pub const ALIAS_VA: u64 = 0x20_0000_0000;

/// PTE bits (privileged spec, "Sv32": V R W X U G A D).
const V: u64 = 1;
const R: u64 = 2;
const W: u64 = 4;
const X: u64 = 8;
const U: u64 = 16;
const A: u64 = 64;
const D: u64 = 128;

/// The translation scheme of a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// Three levels, 39-bit virtual addresses.
    Sv39,
    /// Four levels, 48-bit virtual addresses.
    Sv48,
}

/// The page tables of a case.
#[derive(Clone, Debug)]
pub struct Tables {
    /// `satp` selecting them (with a random ASID).
    pub satp: u64,
    /// Other `satp` values random code may switch to: the same tables under another ASID,
    /// and bare (no translation).
    pub other_satp: [u64; 2],
    /// The entries to write: (physical address, PTE).
    pub ptes: Vec<(u64, u64)>,
    /// Whether the data area is also mapped at [`ALIAS_VA`].
    pub alias: bool,
}

/// A leaf or pointer PTE for physical address `pa`.
fn pte(pa: u64, bits: u64) -> u64 {
    (pa >> 12) << 10 | bits
}

/// A random permission set of a data page: mostly R W A D, sometimes something that
/// faults on some accesses.
fn data_bits(r: &mut Rng, user: u64) -> u64 {
    match r.below(20) {
        0 => V | R | A | D | user,         // read-only
        1 => V | R | W | user,             // A and D clear
        2 => V | R | W | A | user,         // D clear
        3 => V | X | A | user,             // execute-only: loads need MXR
        4 => V | R | W | A | D | U ^ user, // the other privilege's page
        5 => V | W | A | D | user,         // W without R: reserved, page fault
        _ => V | R | W | A | D | user,
    }
}

/// Builds random tables for a case in S mode (`user` false) or U mode. `writable_code`:
/// code pages are writable too (self-modifying cases).
pub fn build(r: &mut Rng, scheme: Scheme, user: bool, writable_code: bool) -> Tables {
    let u = if user { U } else { 0 };
    let page = |i: u64| PT_BASE + i * 0x1000;
    let mut ptes = Vec::new();
    // Page 0: the Sv48 root (if any); page 1: the level-2 table (the Sv39 root).
    let l2 = page(1);
    let root = match scheme {
        Scheme::Sv39 => l2,
        Scheme::Sv48 => {
            ptes.push((page(0), pte(l2, V)));
            page(0)
        }
    };
    // Devices: 0..1 GiB and 1..2 GiB.
    for g in 0..2u64 {
        if r.chance(90) {
            ptes.push((l2 + 8 * g, pte(g << 30, V | R | W | A | D | u)));
        }
    }
    // RAM (gigabyte 2).
    let code_bits = V | R | X | A | D | u | if writable_code { W } else { 0 };
    match r.below(10) {
        0..=2 => ptes.push((l2 + 16, pte(RAM_START, code_bits | W))),
        3..=5 => {
            ptes.push((l2 + 16, pte(page(2), V)));
            ptes.push((page(2), pte(RAM_START, code_bits | W)));
        }
        _ => {
            ptes.push((l2 + 16, pte(page(2), V)));
            ptes.push((page(2), pte(page(3), V)));
            let l0 = page(3);
            for i in 0..(0x4_0000 / 0x1000) {
                let pa = RAM_START + i * 0x1000;
                let bits = if pa < REGTAB {
                    code_bits
                } else if pa < DATA {
                    V | R | W | A | D | u
                } else if pa < DATA + DATA_LEN {
                    data_bits(r, u)
                } else if (PT_BASE..PT_BASE + PT_PAGES * 0x1000).contains(&pa) {
                    if r.chance(50) {
                        0
                    } else {
                        V | R | W | A | D | u
                    }
                } else if r.chance(50) {
                    V | R | W | A | D | u
                } else {
                    0
                };
                if bits != 0 {
                    ptes.push((l0 + 8 * i, pte(pa, bits)));
                }
            }
        }
    }
    // The data alias: level-2 index of ALIAS_VA, a level-1 table, a level-0 table.
    let alias = r.chance(50);
    if alias {
        let index = (ALIAS_VA >> 30) & 0x1ff;
        ptes.push((l2 + 8 * index, pte(page(4), V)));
        ptes.push((page(4), pte(page(5), V)));
        for i in 0..DATA_LEN / 0x1000 {
            let bits = data_bits(r, u);
            ptes.push((page(5) + 8 * i, pte(DATA + i * 0x1000, bits)));
        }
    }
    let mode = match scheme {
        Scheme::Sv39 => 8,
        Scheme::Sv48 => 9,
    };
    let asid = r.below(1 << 16);
    let satp = mode << 60 | asid << 44 | (root >> 12);
    Tables {
        satp,
        other_satp: [satp ^ (1 + r.below(0xffff)) << 44, 0],
        ptes,
        alias,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stay_in_the_reserved_pages_and_point_inside_them() {
        for seed in 0..200 {
            let mut r = Rng::new(seed);
            let scheme = if seed % 2 == 0 {
                Scheme::Sv39
            } else {
                Scheme::Sv48
            };
            let t = build(&mut r, scheme, seed % 3 == 0, false);
            let root = (t.satp & ((1 << 44) - 1)) << 12;
            assert_eq!(t.satp >> 60, if scheme == Scheme::Sv39 { 8 } else { 9 });
            assert!(root == PT_BASE || root == PT_BASE + 0x1000);
            for &(at, e) in &t.ptes {
                assert!((PT_BASE..PT_BASE + PT_PAGES * 0x1000).contains(&at));
                assert_eq!(at % 8, 0);
                assert_ne!(e & V, 0);
                if e & (R | W | X) == 0 {
                    // A pointer: to one of the table pages.
                    let next = (e >> 10) << 12;
                    assert!((PT_BASE..PT_BASE + PT_PAGES * 0x1000).contains(&next));
                }
            }
        }
    }
}
