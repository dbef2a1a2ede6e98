//! The Merkle tree of the machine state (DESIGN §4).
//!
//! - A binary tree over the 2^64-byte physical address space with 32-byte leaves:
//!   leaf = H(32 bytes), node = H(left ‖ right), H = Keccak-256 behind the [`Hasher`] seam.
//! - The tree is stored from the 4 KiB page level up ([`Tree`]): only nodes that are not
//!   pristine (all-zero) are kept; every other node's hash comes from the [`Pristine`] table.
//!   A page's hash is computed from its bytes ([`region::page_hash`]); an all-zero page is
//!   recognised by a scan and never hashed.
//! - Committed: the shadow state page at 0x0 (serialised from the hart and device state, and
//!   rehashed at every root since it is tiny), the DTB range and RAM. Device windows commit
//!   through the shadow page; their own addresses are pristine. Caches are not committed.
//!
//! ## Dirty tracking
//!
//! The machine keeps, per RAM page, the `ram_watch` flags that every store checks on its fast
//! path. One of them, `WATCH_CLEAN`, is set on every RAM page whose stored hash is up to date.
//! A store to a flagged page leaves the fast path (as for pages holding cached code or HTIF),
//! and the slow path clears `WATCH_CLEAN` and appends the page to the dirty list. So the first
//! write to a page after a root costs one detour; every further write to it takes the plain
//! fast path, and a store to a clean page costs nothing more than before (the same one flag
//! test). Host writes ([`crate::Machine::write_memory`], image loading) mark pages the same way,
//! and DTB pages (written by the host only) too.
//!
//! [`crate::Machine::root_hash`] hashes the dirty pages (in parallel with rayon when there are
//! many), recomputes their ancestors once per level, and sets `WATCH_CLEAN` on them again.
//! RAM starts zero with every page clean and pristine, so a fresh machine's root reads no RAM.
//!
//! The JIT follows the same rule: it installs a write fast path (a write-TLB entry) only for
//! pages without any watch flag, i.e. dirty pages, and sends stores to other pages to the
//! slow path, which marks them dirty. Re-flagging pages clean at a root therefore also has to
//! drop the JIT's write entries for those pages.
//!
//! ## Snapshots
//!
//! The same flag traps the first write to each page after a snapshot (a snapshot first brings
//! the tree up to date, which flags every page clean): the slow path saves the page's bytes
//! before the write lands, so a snapshot copies only the pages written after it.

pub mod hasher;
pub mod multiproof;
pub mod pristine;
pub mod proof;
pub mod region;
pub mod tree;

pub use hasher::{Hash, Hasher, HexError, Keccak256};
pub use pristine::Pristine;
pub use proof::{Proof, ProofError, proof_root, verify_proof, verify_proof_with};
pub use tree::Tree;

/// log2 of the leaf size (32 bytes).
pub const LOG2_LEAF: u32 = 5;
/// log2 of the page size (4 KiB).
pub const LOG2_PAGE: u32 = 12;
/// log2 of the size of the whole tree (the 2^64-byte physical space).
pub const LOG2_ROOT: u32 = 64;

/// The hasher of the machine's tree.
pub type MachineHasher = Keccak256;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_pristine_hashes() {
        let p = Pristine::new::<Keccak256>();
        assert_eq!(
            p.hash(5).to_hex(),
            "290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"
        );
        assert_eq!(
            p.hash(12).to_hex(),
            "292c23a9aa1d8bea7e2435e555a4a60e379a5a35f3f452bae60121073fb6eead"
        );
        assert_eq!(
            p.hash(64).to_hex(),
            "31d0f66ab43019856780cb246cfd37b0c190d17111d5c016f19ba715ee622dc5"
        );
        assert_eq!(
            region::hash_page_contents::<Keccak256>(&[0u8; 4096]),
            p.hash(12)
        );
        assert_eq!(Tree::<Keccak256>::new().root(), p.hash(64));
    }
}
