//! Address translation (Bare, Sv39, Sv48, Sv57) and physical memory protection (PMP).
//!
//! - Translation applies to fetches in S and U mode, and to loads and stores at the
//!   *effective* privilege (MPP when `mstatus.MPRV` is set in M mode), when `satp.MODE` is not
//!   Bare. The result is always that of walking the page table at the time of the access:
//!   the translation cache ([`rivet_machine::tlb`]) is flushed whenever a page-table page is
//!   written or the context changes, so it is invisible (DESIGN §3.5), and `sfence.vma` has
//!   nothing to flush.
//! - The walker sets A (and D, on a store) in the leaf PTE itself when they are clear
//!   (Svadu-style hardware updating), after the permission checks pass.
//! - Reserved PTE bits 63:54 (N, PBMT and the reserved field: no Svnapot, no Svpbmt), W
//!   without R, a non-leaf PTE at level 0, and a misaligned superpage are page faults.
//! - PMP: 16 entries, 4-byte granularity. Every physical access is checked, including the
//!   walker's PTE reads and A/D writes (as S-mode accesses); a failure is an access fault of
//!   the original access type with the original virtual address in `xtval`.

use rivet_machine::csr::*;
use rivet_machine::{Machine, Privilege};

use crate::csr::{PMP_A, PMP_L, SATP_PPN};
use crate::trap::{Exception, cause};

/// The kind of an access (its value indexes the translation cache).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum Access {
    /// Instruction fetch.
    Fetch = 0,
    /// Load (and LR).
    Load = 1,
    /// Store, SC or AMO.
    Store = 2,
}

impl Access {
    fn page_fault(self, vaddr: u64) -> Exception {
        let cause = match self {
            Access::Fetch => cause::INSTRUCTION_PAGE_FAULT,
            Access::Load => cause::LOAD_PAGE_FAULT,
            Access::Store => cause::STORE_PAGE_FAULT,
        };
        Exception { cause, tval: vaddr }
    }

    /// The access fault of this kind at `vaddr`.
    pub fn access_fault(self, vaddr: u64) -> Exception {
        match self {
            Access::Fetch => Exception::fetch_fault(vaddr),
            Access::Load => Exception::load_fault(vaddr),
            Access::Store => Exception::store_fault(vaddr),
        }
    }

    /// The PMP permission bit (R = 1, W = 2, X = 4).
    fn pmp_bit(self) -> u8 {
        match self {
            Access::Fetch => 4,
            Access::Load => 1,
            Access::Store => 2,
        }
    }
}

/// Whether any PMP entry is locked (then M-mode accesses are checked too).
#[inline]
pub fn pmp_locked(m: &Machine) -> bool {
    u128::from_ne_bytes(m.hart.pmpcfg) & u128::from_ne_bytes([PMP_L; 16]) != 0
}

/// Whether loads and stores use physical addresses without any check: M mode without MPRV
/// and no locked PMP entry.
#[inline(always)]
pub fn data_direct(m: &Machine) -> bool {
    m.hart.privilege == Privilege::Machine && m.hart.mstatus & MSTATUS_MPRV == 0 && !pmp_locked(m)
}

/// Whether fetches use physical addresses without any check: M mode and no locked PMP entry.
#[inline]
pub fn fetch_direct(m: &Machine) -> bool {
    m.hart.privilege == Privilege::Machine && !pmp_locked(m)
}

/// Whether the fetch of the parcel at virtual `vaddr`, physical `paddr` (already translated
/// as part of its instruction) passes PMP.
pub fn fetch_allowed(m: &Machine, vaddr: u64, paddr: u64) -> bool {
    m.tlb.lookup(Access::Fetch as usize, vaddr).is_some()
        || pmp_allows(m, paddr, 2, Access::Fetch, m.hart.privilege)
}

/// The privilege a data access is made with.
fn effective_privilege(m: &Machine, access: Access) -> Privilege {
    let h = &m.hart;
    if access != Access::Fetch && h.privilege == Privilege::Machine && h.mstatus & MSTATUS_MPRV != 0
    {
        Privilege::from_bits((h.mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT)
            .unwrap_or(Privilege::Machine)
    } else {
        h.privilege
    }
}

/// The address range `[lo, hi)` entry `i` matches, if it is not OFF.
fn pmp_range(m: &Machine, i: usize) -> Option<(u128, u128)> {
    let cfg = m.hart.pmpcfg[i];
    let addr = u128::from(m.hart.pmpaddr[i]);
    match (cfg & PMP_A) >> 3 {
        0 => None,
        1 => {
            let lo = if i == 0 {
                0
            } else {
                u128::from(m.hart.pmpaddr[i - 1]) << 2
            };
            // An empty or inverted range matches no address.
            (lo < addr << 2).then_some((lo, addr << 2))
        }
        2 => Some((addr << 2, (addr << 2) + 4)),
        _ => {
            let ones = (!addr).trailing_zeros();
            let lo = (addr & !((1u128 << ones) - 1)) << 2;
            Some((lo, lo + (1u128 << (ones + 3))))
        }
    }
}

/// PMP check of a `size`-byte physical access (privileged specification, "Physical Memory
/// Protection"): the lowest-numbered entry matching any byte decides; it must match all of
/// them. M mode passes unmatched accesses and matched unlocked ones; S and U fail unmatched
/// ones (entries are implemented).
pub fn pmp_allows(
    m: &Machine,
    paddr: u64,
    size: u64,
    access: Access,
    privilege: Privilege,
) -> bool {
    let start = u128::from(paddr);
    let end = start + u128::from(size);
    for i in 0..16 {
        let Some((lo, hi)) = pmp_range(m, i) else {
            continue;
        };
        if end <= lo || start >= hi {
            continue;
        }
        if start < lo || end > hi {
            return false;
        }
        let cfg = m.hart.pmpcfg[i];
        if privilege == Privilege::Machine && cfg & PMP_L == 0 {
            return true;
        }
        return cfg & access.pmp_bit() != 0;
    }
    privilege == Privilege::Machine
}

/// Translates the virtual address of a `size`-byte access (inside one page) to a physical
/// address, checking page permissions and PMP.
pub fn translate(m: &mut Machine, vaddr: u64, size: u64, access: Access) -> Result<u64, Exception> {
    translate_with(m, vaddr, size, access, true)
}

/// [`translate`], or (with `commit` false) only check that it would succeed: no A/D update, no
/// cache entry.
fn translate_with(
    m: &mut Machine,
    vaddr: u64,
    size: u64,
    access: Access,
    commit: bool,
) -> Result<u64, Exception> {
    let kind = access as usize;
    if let Some(paddr) = m.tlb.lookup(kind, vaddr) {
        return Ok(paddr);
    }
    let privilege = effective_privilege(m, access);
    let mode = m.hart.satp >> 60;
    let paddr = if privilege == Privilege::Machine || mode == satp_mode::BARE {
        vaddr
    } else {
        walk(m, vaddr, access, privilege, mode, commit)?
    };
    if !pmp_allows(m, paddr, size, access, privilege) {
        return Err(access.access_fault(vaddr));
    }
    // Cache the page only if any access of this kind anywhere in it would get the same
    // answer without further checks: all RAM, and one PMP verdict for the whole page.
    let page = paddr & !0xfff;
    if commit && m.is_ram(page, 0x1000) && pmp_allows(m, page, 0x1000, access, privilege) {
        m.tlb.insert(kind, vaddr, paddr);
    }
    Ok(paddr)
}

const PTE_V: u64 = 1;
const PTE_R: u64 = 2;
const PTE_W: u64 = 4;
const PTE_X: u64 = 8;
const PTE_U: u64 = 16;
const PTE_A: u64 = 64;
const PTE_D: u64 = 128;

/// The page-table walk of the privileged specification ("Virtual Address Translation
/// Process"), for Sv39/Sv48/Sv57.
fn walk(
    m: &mut Machine,
    vaddr: u64,
    access: Access,
    privilege: Privilege,
    mode: u64,
    commit: bool,
) -> Result<u64, Exception> {
    let levels: u32 = match mode {
        satp_mode::SV39 => 3,
        satp_mode::SV48 => 4,
        _ => 5,
    };
    let va_bits = 12 + 9 * levels;
    let upper = (vaddr as i64) >> (va_bits - 1);
    if upper != 0 && upper != -1 {
        return Err(access.page_fault(vaddr));
    }
    let mstatus = m.hart.mstatus;
    let mut table = (m.hart.satp & SATP_PPN) << 12;
    for level in (0..levels).rev() {
        let vpn = (vaddr >> (12 + 9 * level)) & 0x1ff;
        let pte_addr = table.wrapping_add(vpn * 8);
        // Page tables live in RAM: PTE reads and A/D writes elsewhere (devices, the DTB) are
        // access faults, so a walk never has device side effects.
        if !m.is_ram(pte_addr, 8)
            || !pmp_allows(m, pte_addr, 8, Access::Load, Privilege::Supervisor)
        {
            return Err(access.access_fault(vaddr));
        }
        let pte = m
            .load::<8>(pte_addr)
            .map_err(|_| access.access_fault(vaddr))?;
        // A later write to this PTE must drop translations made from it.
        m.watch_pt_page(pte_addr);
        if pte & PTE_V == 0 || (pte & PTE_R == 0 && pte & PTE_W != 0) || pte >> 54 != 0 {
            return Err(access.page_fault(vaddr));
        }
        let ppn = (pte >> 10) & SATP_PPN;
        if pte & (PTE_R | PTE_X) == 0 {
            if level == 0 {
                return Err(access.page_fault(vaddr));
            }
            table = ppn << 12;
            continue;
        }
        // A leaf: permissions.
        let user_page = pte & PTE_U != 0;
        let privilege_ok = match privilege {
            Privilege::User => user_page,
            Privilege::Supervisor => {
                !user_page || (access != Access::Fetch && mstatus & MSTATUS_SUM != 0)
            }
            Privilege::Machine => true,
        };
        let kind_ok = match access {
            Access::Fetch => pte & PTE_X != 0,
            Access::Load => pte & PTE_R != 0 || (mstatus & MSTATUS_MXR != 0 && pte & PTE_X != 0),
            Access::Store => pte & PTE_W != 0,
        };
        if !privilege_ok || !kind_ok {
            return Err(access.page_fault(vaddr));
        }
        let low_mask = (1u64 << (9 * level)) - 1;
        if ppn & low_mask != 0 {
            return Err(access.page_fault(vaddr));
        }
        let needed = PTE_A | if access == Access::Store { PTE_D } else { 0 };
        if pte & needed != needed {
            if !pmp_allows(m, pte_addr, 8, Access::Store, Privilege::Supervisor) {
                return Err(access.access_fault(vaddr));
            }
            if commit {
                m.store::<8>(pte_addr, pte | needed)
                    .map_err(|_| access.access_fault(vaddr))?;
            }
        }
        let offset_mask = (1u64 << (12 + 9 * level)) - 1;
        return Ok(((ppn << 12) & !offset_mask) | (vaddr & offset_mask));
    }
    unreachable!("the loop returns at level 0")
}

/// The two parts `(vaddr, len)` of an `N`-byte access at `vaddr` that crosses a page.
fn parts<const N: usize>(vaddr: u64) -> [(u64, u64); 2] {
    let first = 0x1000 - (vaddr & 0xfff);
    [
        (vaddr, first),
        (vaddr.wrapping_add(first), N as u64 - first),
    ]
}

/// Translates both parts of a page-crossing access: first checks that both would succeed,
/// then commits both (A/D updates), so a fault in the second part leaves no trace of the
/// first. Returns their physical addresses.
fn translate_parts<const N: usize>(
    m: &mut Machine,
    vaddr: u64,
    access: Access,
) -> Result<[(u64, u64, u64); 2], Exception> {
    let [(va1, n1), (va2, n2)] = parts::<N>(vaddr);
    translate_with(m, va1, n1, access, false)?;
    translate_with(m, va2, n2, access, false)?;
    let pa1 = translate(m, va1, n1, access)?;
    let pa2 = translate(m, va2, n2, access)?;
    Ok([(va1, pa1, n1), (va2, pa2, n2)])
}

/// Loads `N` bytes from virtual address `vaddr` (the checked path). An access that crosses a
/// page is translated part by part; if the parts are physically contiguous it must lie in one
/// memory range, as any access; otherwise each part must be RAM. A fault's `xtval` is the
/// virtual address of the part that faulted.
pub fn load<const N: usize>(m: &mut Machine, vaddr: u64) -> Result<u64, Exception> {
    if !page_crossing::<N>(vaddr) {
        let pa = translate(m, vaddr, N as u64, Access::Load)?;
        return m.load::<N>(pa).map_err(|_| Exception::load_fault(vaddr));
    }
    let parts = translate_parts::<N>(m, vaddr, Access::Load)?;
    let [(_, pa1, n1), (_, pa2, _)] = parts;
    if pa2 == pa1.wrapping_add(n1) {
        return m.load::<N>(pa1).map_err(|_| Exception::load_fault(vaddr));
    }
    let mut bytes = [0u8; 8];
    let mut at = 0;
    for (va, pa, n) in parts {
        if !m.is_ram(pa, n) {
            return Err(Exception::load_fault(va));
        }
        for i in 0..n {
            bytes[at] = m.load::<1>(pa + i).map_err(|_| Exception::load_fault(va))? as u8;
            at += 1;
        }
    }
    Ok(u64::from_le_bytes(bytes))
}

/// Stores `N` bytes at virtual address `vaddr` (the checked path), with the rules of [`load`];
/// a page-crossing store is translated and checked in full before any byte is written.
pub fn store<const N: usize>(m: &mut Machine, vaddr: u64, value: u64) -> Result<(), Exception> {
    if !page_crossing::<N>(vaddr) {
        let pa = translate(m, vaddr, N as u64, Access::Store)?;
        return m
            .store::<N>(pa, value)
            .map_err(|_| Exception::store_fault(vaddr));
    }
    let parts = translate_parts::<N>(m, vaddr, Access::Store)?;
    let [(_, pa1, n1), (_, pa2, _)] = parts;
    if pa2 == pa1.wrapping_add(n1) {
        return m
            .store::<N>(pa1, value)
            .map_err(|_| Exception::store_fault(vaddr));
    }
    for (va, pa, n) in parts {
        if !m.is_ram(pa, n) {
            return Err(Exception::store_fault(va));
        }
    }
    let mut shift = 0;
    for (va, pa, n) in parts {
        for i in 0..n {
            m.store::<1>(pa + i, value >> shift)
                .map_err(|_| Exception::store_fault(va))?;
            shift += 8;
        }
    }
    Ok(())
}

/// Whether an `N`-byte access at `vaddr` spans two pages.
#[inline]
fn page_crossing<const N: usize>(vaddr: u64) -> bool {
    (vaddr & 0xfff) + N as u64 > 0x1000
}
