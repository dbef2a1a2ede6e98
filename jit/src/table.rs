//! The block table: compiled blocks by (virtual pc, physical page), hotness counters, and
//! invalidation by physical page.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use std::cell::Cell;

use rivet_interp::decode::Insn;

use crate::compiler::Tier;

/// A compiled block's entry point. Blocks use Cranelift's `tail` calling convention (so they
/// can chain with tail calls); the host calls them through [`crate::compiler::Trampoline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockFn(pub *const u8);

/// A chaining slot of a block exit whose target is a fixed pc in the same virtual page: the
/// successor's entry point (0 until linked) and its length in instructions. Compiled code
/// reads it; the dispatcher fills it. Same-page targets share the block's translation, so a
/// link stays valid as long as the page's blocks live (they are dropped together).
#[repr(C)]
#[derive(Debug, Default)]
pub struct Link {
    /// Entry point of the successor, or 0.
    pub code: std::cell::Cell<u64>,
    /// Its length in instructions.
    pub len: std::cell::Cell<u64>,
    /// The successor's pc.
    pub target: u64,
}

/// A compiled block.
pub struct Block {
    /// The code.
    pub code: BlockFn,
    /// Instructions in the block: the most cycles one run of it can take.
    pub len: u64,
    /// How hard it was compiled.
    pub tier: Tier,
    /// Entries into a [`Tier::Quick`] block, counted by its code (boxed: the code holds its
    /// address).
    pub entries: Box<Cell<u64>>,
    /// Its virtual pc.
    pc: u64,
    /// The instructions, which the code points to (helpers get their address).
    insns: Box<[Insn]>,
    /// The chaining slots, which the code points to (boxed: their addresses must not move).
    #[allow(clippy::vec_box)]
    _links: Vec<Box<Link>>,
}

impl Block {
    /// A block at virtual `pc` running `code`, compiled from `insns`.
    #[allow(clippy::vec_box)]
    pub fn new(
        pc: u64,
        code: BlockFn,
        insns: Box<[Insn]>,
        links: Vec<Box<Link>>,
        tier: Tier,
        entries: Box<Cell<u64>>,
    ) -> Self {
        Block {
            code,
            len: insns.len() as u64,
            tier,
            entries,
            pc,
            insns,
            _links: links,
        }
    }

    /// The instructions it was compiled from.
    pub fn insns(&self) -> &[Insn] {
        &self.insns
    }

    /// Unlinks every chaining slot of this block that leads to `target`.
    fn unlink(&self, target: u64) {
        for l in &self._links {
            if l.target == target {
                l.code.set(0);
            }
        }
    }
}

/// A fast hasher for the table's integer keys (multiply and rotate; keys are not chosen by
/// an adversary who could profit from collisions: a guest can only slow itself down).
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// Slots of the direct-mapped front cache.
const FRONT: usize = 1 << 12;

/// What the table knows about a (pc, page).
pub enum Lookup<'a> {
    /// A compiled block.
    Block(&'a Block),
    /// Not compiled; it has now been seen this many times.
    Cold(u32),
    /// It cannot be compiled (no instruction fits in the page).
    Never,
}

/// The block table.
#[derive(Default)]
pub struct Table {
    blocks: Vec<Option<Block>>,
    free: Vec<u32>,
    index: Map<(u64, u64), u32>,
    by_page: Map<u64, Vec<u32>>,
    /// Sightings of blocks not compiled yet (`u32::MAX`: never compilable).
    hot: Map<(u64, u64), u32>,
    /// The pcs marked never compilable, by page.
    never: Map<u64, Vec<u64>>,
    /// Invalidations per page, to back off from recompiling self-modifying code.
    invalidations: Map<u64, u32>,
    /// `(pc, page, block + 1)`; 0 = empty.
    front: Vec<(u64, u64, u32)>,
    /// Blocks replaced by an optimised version, by page: blocks of the same page may still
    /// run their code (through links made before), so they live as long as the page's blocks.
    retired: Map<u64, Vec<Block>>,
}

impl Table {
    /// An empty table.
    pub fn new() -> Self {
        Table {
            front: vec![(0, 0, 0); FRONT],
            ..Default::default()
        }
    }

    fn slot(pc: u64) -> usize {
        (((pc >> 1) ^ (pc >> 13)) as usize) & (FRONT - 1)
    }

    /// Looks up the block at virtual `pc` in physical page `page`, counting a sighting when
    /// there is none.
    #[inline]
    pub fn lookup(&mut self, pc: u64, page: u64) -> Lookup<'_> {
        let slot = Self::slot(pc);
        let (fpc, fpage, fid) = self.front[slot];
        if fid != 0
            && fpc == pc
            && fpage == page
            && let Some(b) = &self.blocks[(fid - 1) as usize]
        {
            return Lookup::Block(b);
        }
        if let Some(&id) = self.index.get(&(pc, page)) {
            self.front[slot] = (pc, page, id + 1);
            return match &self.blocks[id as usize] {
                Some(b) => Lookup::Block(b),
                None => Lookup::Cold(0),
            };
        }
        let count = self.hot.entry((pc, page)).or_insert(0);
        if *count == u32::MAX {
            return Lookup::Never;
        }
        *count += 1;
        Lookup::Cold(*count)
    }

    /// The compiled block at `pc` in physical page `page`, without counting a sighting.
    pub fn get(&self, pc: u64, page: u64) -> Option<&Block> {
        let id = *self.index.get(&(pc, page))?;
        self.blocks[id as usize].as_ref()
    }

    /// How many sightings make (pc, page) hot, for a base threshold.
    pub fn threshold(&self, page: u64, base: u32) -> u32 {
        match self.invalidations.get(&page).copied().unwrap_or(0) {
            0 => base,
            // Doubling from at least 1: threshold 0 backs off too.
            n => base.max(1).saturating_mul(1 << n.min(12)),
        }
    }

    /// Records that (pc, page) cannot be compiled.
    pub fn mark_never(&mut self, pc: u64, page: u64) {
        self.hot.insert((pc, page), u32::MAX);
        self.never.entry(page).or_default().push(pc);
    }

    /// Adds a compiled block.
    pub fn insert(&mut self, pc: u64, page: u64, block: Block) {
        self.hot.remove(&(pc, page));
        let id = match self.free.pop() {
            Some(id) => {
                self.blocks[id as usize] = Some(block);
                id
            }
            None => {
                self.blocks.push(Some(block));
                (self.blocks.len() - 1) as u32
            }
        };
        self.index.insert((pc, page), id);
        self.by_page.entry(page).or_default().push(id);
        self.front[Self::slot(pc)] = (pc, page, id + 1);
    }

    /// Replaces the block at (pc, page) with `block` (its optimised version), and unlinks the
    /// slots of the page's blocks that lead to the old one (the dispatcher links them again,
    /// to the new code).
    pub fn replace(&mut self, pc: u64, page: u64, block: Block) {
        let Some(&id) = self.index.get(&(pc, page)) else {
            return;
        };
        let Some(old) = self.blocks[id as usize].replace(block) else {
            return;
        };
        self.retired.entry(page).or_default().push(old);
        for &other in self
            .by_page
            .get(&page)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if let Some(b) = &self.blocks[other as usize] {
                b.unlink(pc);
            }
        }
    }

    /// The (pc, page) of compiled [`Tier::Quick`] blocks entered at least `entries` times.
    pub fn hot_quick_blocks(&self, entries: u64) -> Vec<(u64, u64)> {
        self.index
            .iter()
            .filter_map(|(&key, &id)| {
                let b = self.blocks[id as usize].as_ref()?;
                (b.tier == Tier::Quick && b.entries.get() >= entries).then_some(key)
            })
            .collect()
    }

    /// Drops every block compiled from physical page `page` (its memory was written).
    /// Returns how many were dropped.
    pub fn invalidate(&mut self, page: u64) -> usize {
        self.retired.remove(&page);
        for pc in self.never.remove(&page).unwrap_or_default() {
            self.hot.remove(&(pc, page));
        }
        let Some(ids) = self.by_page.remove(&page) else {
            return 0;
        };
        *self.invalidations.entry(page).or_insert(0) += 1;
        for &id in &ids {
            if let Some(b) = self.blocks[id as usize].take() {
                self.index.remove(&(b.pc, page));
            }
            self.free.push(id);
        }
        for e in self.front.iter_mut() {
            if e.1 == page {
                *e = (0, 0, 0);
            }
        }
        ids.len()
    }

    /// Drops everything (the code arena is being reset, or the machine changed).
    pub fn clear(&mut self) {
        *self = Table::new();
    }

    /// Number of live blocks.
    pub fn len(&self) -> usize {
        self.blocks.len() - self.free.len()
    }

    /// Whether there are no live blocks.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
