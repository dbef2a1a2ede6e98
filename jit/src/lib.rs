//! rivet-jit: a Cranelift JIT that runs guest code many times faster than the interpreter and
//! ends every run in exactly the state the interpreter would reach.
//!
//! # How it stays exact (DESIGN §6)
//! - A block is a run of instructions inside one 4 KiB page ([`discover`]), keyed by its
//!   virtual pc and the physical page it was fetched from; it is entered only when the fetch
//!   translation of its page is cached (or fetches are physical) and when the cycles left
//!   before the run's end and before the next interrupt sampling point (the timer deadline)
//!   cover the whole block. Otherwise the interpreter runs.
//! - Each exit stores pc, `mcycle` and `minstret` as static constants; traps, CSRs, FP, AMOs
//!   and system instructions run the interpreter's own code through [`helpers`].
//! - Whatever makes the interpreter look at the machine between instructions (its attention
//!   flag) makes a block return after that instruction, and the dispatcher attends exactly
//!   where the interpreter would.
//! - Blocks watch their code page: a write to it (guest, walker A/D update, host) drops them
//!   before the next fetch.

pub mod arena;
pub mod compiler;
pub mod context;
pub mod discover;
pub mod helpers;
pub mod lower;
pub mod table;

use std::time::Duration;

use rivet_interp::{BreakReason, INVALIDATE_ALL, Interpreter, StepInfo, mmu};
use rivet_machine::Machine;
use rivet_machine::map::{PAGE_SHIFT, PAGE_SIZE};

use compiler::{Compiled, Compiler, Tier};
use context::JitContext;
use table::{Block, Lookup, Table};

/// Errors setting up or running the compiler. None of them changes results: the engine falls
/// back to the interpreter.
#[derive(Debug, thiserror::Error)]
pub enum JitError {
    /// Cranelift could not be set up for this host.
    #[error("JIT setup: {0}")]
    Setup(String),
    /// Code memory could not be mapped or protected.
    #[error("JIT code memory: {0}")]
    Memory(std::io::Error),
    /// Cranelift rejected a block (a bug: the block runs on the interpreter instead).
    #[error("JIT compile: {0}")]
    Compile(String),
}

/// JIT settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JitConfig {
    /// How many times a block start must be reached before it is compiled (0: compile every
    /// block the first time it is reached).
    pub threshold: u32,
    /// Bytes of executable memory for code; when full, all code is dropped and recompiled.
    pub arena_size: usize,
    /// Runs of a block (entries and loops to its start) after which it is compiled again with
    /// the optimising register allocator (`u64::MAX`: never).
    pub optimize_after: u64,
    /// Guest cycles between two looks for blocks to optimise (at least 1).
    pub optimize_every: u64,
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            threshold: 500,
            arena_size: 64 << 20,
            optimize_after: 20_000,
            optimize_every: 1 << 22,
        }
    }
}

/// What the JIT did (for reports; never part of the machine state).
#[derive(Clone, Copy, Debug, Default)]
pub struct JitStats {
    /// Blocks compiled.
    pub blocks_compiled: u64,
    /// Guest instructions in the blocks compiled.
    pub insns_compiled: u64,
    /// Time spent compiling.
    pub compile_time: Duration,
    /// Cycles run in compiled code.
    pub jit_cycles: u64,
    /// Cycles run by the interpreter (including traps and sleep).
    pub interp_cycles: u64,
    /// Blocks dropped because their code page was written.
    pub blocks_invalidated: u64,
    /// Times the code arena was reset.
    pub arena_resets: u64,
    /// Blocks Cranelift failed to compile (they run on the interpreter).
    pub compile_errors: u64,
    /// Hot blocks compiled again with the optimising register allocator.
    pub blocks_optimized: u64,
}

/// The JIT engine: compiled blocks, with the interpreter for everything else.
pub struct Jit {
    interp: Interpreter,
    config: JitConfig,
    /// `None` when the compiler could not be set up (the interpreter then runs everything).
    compiler: Option<Compiler>,
    setup_error: Option<JitError>,
    table: Table,
    ctx: Box<JitContext>,
    machine_id: u64,
    stats: JitStats,
    /// The `mcycle` of the next look for blocks to optimise.
    sweep_at: u64,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jit")
            .field("config", &self.config)
            .field("compiler", &self.compiler)
            .field("blocks", &self.table.len())
            .field("stats", &self.stats)
            .finish()
    }
}

impl Default for Jit {
    fn default() -> Self {
        Self::new(JitConfig::default())
    }
}

impl Jit {
    /// A JIT with `config`. If the host cannot run compiled code, it still works, on the
    /// interpreter alone (see [`Jit::setup_error`]).
    pub fn new(config: JitConfig) -> Self {
        let mut interp = Interpreter::new();
        interp.log_invalidations();
        let (compiler, setup_error) = match Compiler::new(config.arena_size) {
            Ok(c) => (Some(c), None),
            Err(e) => (None, Some(e)),
        };
        Jit {
            interp,
            config,
            compiler,
            setup_error,
            table: Table::new(),
            ctx: Box::new(JitContext::empty()),
            machine_id: 0,
            stats: JitStats::default(),
            sweep_at: 0,
        }
    }

    /// Why no code is compiled, if the compiler could not be set up.
    pub fn setup_error(&self) -> Option<&JitError> {
        self.setup_error.as_ref()
    }

    /// The settings.
    pub fn config(&self) -> JitConfig {
        self.config
    }

    /// What the JIT has done so far.
    pub fn stats(&self) -> JitStats {
        self.stats
    }

    /// Drops every compiled block and cache (never changes results).
    pub fn clear_caches(&mut self) {
        self.interp.clear_caches();
        self.table.clear();
        if let Some(c) = &mut self.compiler {
            c.reset();
        }
    }

    /// Runs until the clock reaches `mcycle_end`, or the guest halts or yields: the same
    /// contract, and the same resulting state, as [`Interpreter::run`].
    pub fn run(&mut self, m: &mut Machine, mcycle_end: u64) -> BreakReason {
        if self.machine_id != m.id() {
            // Blocks of another machine: their pages mean nothing here.
            self.clear_caches();
            self.machine_id = m.id();
        }
        m.request_attention();
        loop {
            if m.needs_attention() {
                let stop = self.interp.attend(m, mcycle_end);
                self.sync_invalidations();
                if let Some(stop) = stop {
                    return stop;
                }
            }
            if m.hart.mcycle >= mcycle_end {
                return BreakReason::ReachedTarget;
            }
            if m.hart.sleeping {
                m.request_attention();
                continue;
            }
            if m.hart.mcycle >= self.sweep_at {
                self.sweep_at = m
                    .hart
                    .mcycle
                    .saturating_add(self.config.optimize_every.max(1));
                self.optimize_hot_blocks();
            }
            let deadline = self.interp.timer_deadline();
            let limit = mcycle_end.min(deadline);
            let before = m.hart.mcycle;
            if self.run_compiled(m, limit) {
                self.stats.jit_cycles += m.hart.mcycle - before;
            } else {
                self.interp.run_block(m, limit);
                self.sync_invalidations();
                self.stats.interp_cycles += m.hart.mcycle - before;
            }
            if m.hart.mcycle >= deadline {
                m.request_attention();
            }
        }
    }

    /// Executes one instruction (or takes one trap) on the interpreter: see
    /// [`Interpreter::step`].
    pub fn step(&mut self, m: &mut Machine) -> (StepInfo, Option<BreakReason>) {
        if self.machine_id != m.id() {
            self.clear_caches();
            self.machine_id = m.id();
        }
        let result = self.interp.step(m);
        self.sync_invalidations();
        result
    }

    /// Drops the blocks of the code pages the interpreter saw overwritten.
    fn sync_invalidations(&mut self) {
        let table = &mut self.table;
        let stats = &mut self.stats;
        let mut all = false;
        self.interp.drain_invalidations(|ppn| {
            if ppn == INVALIDATE_ALL {
                all = true;
            } else {
                stats.blocks_invalidated += table.invalidate(ppn << PAGE_SHIFT) as u64;
            }
        });
        if all {
            self.stats.blocks_invalidated += self.table.len() as u64;
            self.table.clear();
            if let Some(c) = &mut self.compiler {
                c.reset();
            }
        }
    }

    /// Runs the compiled block at the pc if there is one (compiling it if it is hot) and it
    /// fits before `limit`. Returns false when the interpreter must run instead.
    fn run_compiled(&mut self, m: &mut Machine, limit: u64) -> bool {
        let pc = m.hart.pc;
        let Some(page) = fetch_page(m, pc) else {
            return false;
        };
        let left = limit - m.hart.mcycle;
        let code = match self.table.lookup(pc, page) {
            Lookup::Block(b) if b.len <= left => b.code,
            Lookup::Block(_) | Lookup::Never => return false,
            Lookup::Cold(seen) => {
                if seen <= self.table.threshold(page, self.config.threshold) {
                    return false;
                }
                match self.compile(m, pc, page) {
                    Some((code, len)) if len <= left => code,
                    _ => return false,
                }
            }
        };
        let Some(compiler) = &self.compiler else {
            return false;
        };
        let trampoline = compiler.trampoline();
        let mp: *mut Machine = m;
        // SAFETY: `mp` comes from the `&mut` we hold, not used again until the call returns.
        unsafe { self.ctx.refresh(mp) };
        self.ctx.limit = limit;
        // SAFETY: `code` is a live block of this machine (blocks are dropped when their page
        // is written or the machine changes), and so is every block it chains to (links stay
        // inside one page); the context was just derived from the machine, which nothing else
        // references during the call.
        unsafe { trampoline.call(&mut *self.ctx, code) };
        if self.ctx.link != 0 && !m.needs_attention() {
            self.link(m);
        }
        true
    }

    /// Fills the chaining slot the last block left through, if its successor is compiled.
    fn link(&mut self, m: &Machine) {
        let pc = m.hart.pc;
        // SAFETY: `ctx.link` was set by a block that is still live (nothing was invalidated
        // since it returned: no attention) to the address of one of its own links.
        let link = unsafe { &*(self.ctx.link as *const table::Link) };
        debug_assert_eq!(link.target, pc);
        let Some(page) = fetch_page(m, pc) else {
            return;
        };
        if let Some(b) = self.table.get(pc, page) {
            link.len.set(b.len);
            link.code.set(b.code.0 as u64);
        }
    }

    /// Compiles the block at `pc` (physical page `page`) and adds it to the table.
    fn compile(&mut self, m: &mut Machine, pc: u64, page: u64) -> Option<(table::BlockFn, u64)> {
        self.compiler.as_ref()?;
        let insns: Box<[_]> = discover::discover(m, pc, page).into_boxed_slice();
        if insns.is_empty() || not_worth_compiling(&insns) {
            self.table.mark_never(pc, page);
            return None;
        }
        match self.build(pc, insns, Tier::Quick) {
            Some(block) => {
                m.watch_code_page(page);
                let out = (block.code, block.len);
                self.table.insert(pc, page, block);
                Some(out)
            }
            None => {
                self.table.mark_never(pc, page);
                None
            }
        }
    }

    /// Compiles `insns` (the block at `pc`) at `tier`, resetting the arena (and dropping every
    /// block) when it is full. `None` when Cranelift fails.
    fn build(
        &mut self,
        pc: u64,
        insns: Box<[rivet_interp::decode::Insn]>,
        tier: Tier,
    ) -> Option<Block> {
        let compiler = self.compiler.as_mut()?;
        let entries = Box::new(std::cell::Cell::new(0u64));
        let counter = (tier == Tier::Quick).then_some(entries.as_ptr() as u64);
        let mut links = Vec::new();
        let mut result = compiler.compile(pc, &insns, &mut links, tier, counter);
        if let Ok((Compiled::ArenaFull, _)) = result {
            self.table.clear();
            compiler.reset();
            self.stats.arena_resets += 1;
            links.clear();
            result = compiler.compile(pc, &insns, &mut links, tier, counter);
        }
        match result {
            Ok((Compiled::Code(code), time)) => {
                if tier == Tier::Quick {
                    self.stats.blocks_compiled += 1;
                    self.stats.insns_compiled += insns.len() as u64;
                } else {
                    self.stats.blocks_optimized += 1;
                }
                self.stats.compile_time += time;
                Some(Block::new(pc, code, insns, links, tier, entries))
            }
            Ok((Compiled::ArenaFull, _)) | Err(_) => {
                self.stats.compile_errors += 1;
                None
            }
        }
    }

    /// Compiles again, optimised, the quick blocks that have run often.
    fn optimize_hot_blocks(&mut self) {
        if self.config.optimize_after == u64::MAX {
            return;
        }
        for (pc, page) in self.table.hot_quick_blocks(self.config.optimize_after) {
            let Some(insns) = self
                .table
                .get(pc, page)
                .map(|b| Box::<[_]>::from(b.insns()))
            else {
                // Dropped by an arena reset during this sweep.
                continue;
            };
            let resets = self.stats.arena_resets;
            let Some(block) = self.build(pc, insns, Tier::Optimized) else {
                // Cranelift failed (counted): try again only after as many entries more.
                if let Some(b) = self.table.get(pc, page) {
                    b.entries.set(0);
                }
                return;
            };
            if self.stats.arena_resets != resets {
                // The arena was reset: every block is gone, the new one with them.
                return;
            }
            self.table.replace(pc, page, block);
        }
    }
}

/// Whether a block would run slower compiled than interpreted: a short block that ends in
/// an instruction the interpreter executes anyway (a CSR access, `ecall`, `mret`, ...) costs a
/// dispatch, a block entry and a helper call for very little compiled work.
fn not_worth_compiling(insns: &[rivet_interp::decode::Insn]) -> bool {
    let ends_in_helper = insns
        .last()
        .is_some_and(|i| discover::kind(i.op) == discover::Kind::HelperEnd);
    ends_in_helper && insns.len() <= SHORT_HELPER_BLOCK
}

/// Blocks of at most this many instructions that end in a helper stay on the interpreter.
const SHORT_HELPER_BLOCK: usize = 3;

/// The physical page the instruction at virtual `pc` is fetched from, when fetching it needs
/// no walk and no check beyond what a whole-page cache entry proves: physical fetches from
/// RAM, or a cached translation (which is only made for all-RAM pages with one PMP verdict).
fn fetch_page(m: &Machine, pc: u64) -> Option<u64> {
    if pc & 1 != 0 {
        return None;
    }
    if mmu::fetch_direct(m) {
        let page = pc & !(PAGE_SIZE - 1);
        return m.is_ram(page, PAGE_SIZE).then_some(page);
    }
    m.tlb
        .lookup(mmu::Access::Fetch as usize, pc)
        .map(|pa| pa & !(PAGE_SIZE - 1))
}
