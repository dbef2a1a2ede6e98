//! rivet: a deterministic, verifiable RISC-V (RV64) machine emulator.
//!
//! This crate is the library facade: a [`Machine`] bundles the machine state
//! ([`rivet_machine`]) with the engine that runs it ([`rivet_interp`], the reference
//! interpreter). The same machine run to the same cycle reaches the same state on any host.
//!
//! ```
//! let elf = std::fs::read("examples/hello.elf").unwrap();
//! let mut m = rivet::Machine::from_elf(&rivet::Config::default(), &elf).unwrap();
//! // Run until the guest halts (or a billion cycles pass).
//! assert_eq!(m.run(1_000_000_000), rivet::BreakReason::Halted(0));
//! assert_eq!(m.exit_code(), Some(0));
//! ```

pub use rivet_interp as interp;
pub use rivet_interp::BreakReason;
pub use rivet_machine as machine;
pub use rivet_machine::MachineConfig as Config;

use std::path::Path;

pub use rivet_interp::step::{StepError, StepLog, VerifyError, verify_step};
use rivet_interp::{Interpreter, StepInfo};
use rivet_jit::Jit;
pub use rivet_jit::{JitConfig, JitStats};
pub use rivet_machine::merkle::{Hash, Proof, verify_proof};
use rivet_machine::{HartState, MachineError, NoSnapshot, ProofError, StoreError, UnmappedRange};

/// Errors of the library facade.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Building the machine or loading an image failed.
    #[error(transparent)]
    Machine(#[from] MachineError),
    /// A host memory access named addresses outside every memory range.
    #[error(transparent)]
    Unmapped(#[from] UnmappedRange),
    /// The CSR number is not implemented.
    #[error("CSR {0:#x} is not implemented")]
    NoSuchCsr(u16),
    /// A proof was asked for a range that is not an aligned 2^k range (5 ≤ k ≤ 64).
    #[error(transparent)]
    Proof(#[from] ProofError),
    /// Storing or loading a snapshot failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// There is no in-memory snapshot to roll back to.
    #[error(transparent)]
    NoSnapshot(#[from] NoSnapshot),
    /// A step log cannot be recorded.
    #[error(transparent)]
    Step(#[from] StepError),
}

/// Which engine runs the machine. Both give identical results; the JIT is faster.
#[derive(Clone, Copy, Debug)]
pub enum Engine {
    /// The reference interpreter.
    Interpreter,
    /// Compiled hot blocks (Cranelift), the interpreter for the rest.
    Jit(JitConfig),
}

impl Default for Engine {
    fn default() -> Self {
        Engine::Jit(JitConfig::default())
    }
}

/// A rivet machine with its engine.
pub struct Machine {
    state: rivet_machine::Machine,
    engine: Engine,
    interp: Interpreter,
    /// Made when the JIT is first used, kept (with its compiled code) across engine switches.
    jit: Option<Box<Jit>>,
}

impl std::fmt::Debug for Machine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Machine")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl Machine {
    /// A machine in its reset state (pc at RAM start, RAM zero).
    pub fn new(config: &Config) -> Result<Self, Error> {
        Ok(Self::with_state(rivet_machine::Machine::new(config)?))
    }

    fn with_state(state: rivet_machine::Machine) -> Self {
        Machine {
            state,
            engine: Engine::default(),
            interp: Interpreter::new(),
            jit: None,
        }
    }

    /// The JIT in `slot`, made on first use with `config`.
    fn jit(slot: &mut Option<Box<Jit>>, config: JitConfig) -> &mut Jit {
        if slot.as_ref().is_none_or(|j| j.config() != config) {
            *slot = Some(Box::new(Jit::new(config)));
        }
        slot.as_mut().expect("just made")
    }

    /// A machine with an ELF executable loaded (pc at its entry point).
    pub fn from_elf(config: &Config, elf: &[u8]) -> Result<Self, Error> {
        let mut m = Self::new(config)?;
        m.state.load_elf(elf)?;
        Ok(m)
    }

    /// A machine with a raw image loaded at RAM start (pc at RAM start).
    pub fn from_raw_image(config: &Config, image: &[u8]) -> Result<Self, Error> {
        let mut m = Self::new(config)?;
        m.state.load_raw_image(image)?;
        Ok(m)
    }

    /// A machine booting Linux: firmware (e.g. OpenSBI `fw_jump`) at RAM start, the kernel at
    /// RAM start + 2 MiB and the initrd at the top of RAM (see
    /// [`rivet_machine::Machine::load_linux`]).
    pub fn from_linux(
        config: &Config,
        bios: &[u8],
        kernel: &[u8],
        initrd: Option<&[u8]>,
    ) -> Result<Self, Error> {
        let mut m = Self::new(config)?;
        m.state.load_linux(bios, kernel, initrd)?;
        Ok(m)
    }

    /// Sends the guest console to `console`.
    pub fn set_console(&mut self, console: Box<dyn std::io::Write + Send>) {
        self.state.set_console(console);
    }

    /// Flushes the console.
    pub fn flush_console(&mut self) -> std::io::Result<()> {
        self.state.flush_console()
    }

    /// Runs until the clock (`mcycle`) reaches `mcycle_end` (absolute), or the guest halts or
    /// yields.
    pub fn run(&mut self, mcycle_end: u64) -> BreakReason {
        match self.engine {
            Engine::Interpreter => self.interp.run(&mut self.state, mcycle_end),
            Engine::Jit(config) => {
                Self::jit(&mut self.jit, config).run(&mut self.state, mcycle_end)
            }
        }
    }

    /// Runs `cycles` cycles (on the interpreter, whatever the engine) and returns the step
    /// log of what they did, which [`verify_step`] checks against the root before without a
    /// machine (see `docs/step-log.md`). The machine ends where `run(mcycle + cycles)` would
    /// take it, with yields to the host resumed.
    pub fn log_step(&mut self, cycles: u64) -> Result<StepLog, Error> {
        Ok(rivet_interp::step::record(&mut self.state, cycles)?)
    }

    /// Executes one instruction (or takes one trap), on the interpreter.
    pub fn step(&mut self) -> (StepInfo, Option<BreakReason>) {
        match self.engine {
            Engine::Interpreter => self.interp.step(&mut self.state),
            Engine::Jit(config) => Self::jit(&mut self.jit, config).step(&mut self.state),
        }
    }

    /// Switches to `engine` (the default is the JIT with its default settings). The state is
    /// untouched: runs may switch engines at any point and end in the same state. A JIT with
    /// the same settings keeps its compiled code across switches.
    pub fn set_engine(&mut self, engine: Engine) {
        self.engine = engine;
    }

    /// The engine that runs the machine.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// What the JIT has done, when it has been used.
    pub fn jit_stats(&self) -> Option<JitStats> {
        self.jit.as_ref().map(|j| j.stats())
    }

    /// The hart's state.
    pub fn hart(&self) -> &HartState {
        &self.state.hart
    }

    /// The hart's state, to change it.
    pub fn hart_mut(&mut self) -> &mut HartState {
        &mut self.state.hart
    }

    /// The machine clock.
    pub fn mcycle(&self) -> u64 {
        self.state.hart.mcycle
    }

    /// The exit code, once the guest has halted.
    pub fn exit_code(&self) -> Option<u64> {
        self.state.halted()
    }

    /// Reads a CSR as M-mode software would (no privilege check), or `None` if the CSR is not
    /// implemented.
    pub fn csr(&self, csr: u16) -> Option<u64> {
        rivet_interp::csr::read(&self.state, csr)
    }

    /// Writes a CSR as M-mode software would: WARL fields are legalised, read-only CSRs and
    /// fields keep their values. Fails if the CSR is not implemented.
    pub fn set_csr(&mut self, csr: u16, value: u64) -> Result<(), Error> {
        if rivet_interp::csr::read(&self.state, csr).is_none() {
            return Err(Error::NoSuchCsr(csr));
        }
        rivet_interp::csr::write(&mut self.state, csr, value);
        self.state.request_attention();
        Ok(())
    }

    /// Reads physical memory.
    pub fn read_memory(&self, paddr: u64, buf: &mut [u8]) -> Result<(), Error> {
        Ok(self.state.read_memory(paddr, buf)?)
    }

    /// Writes physical memory (cached code is invalidated).
    pub fn write_memory(&mut self, paddr: u64, data: &[u8]) -> Result<(), Error> {
        Ok(self.state.write_memory(paddr, data)?)
    }

    /// The machine state.
    pub fn state(&self) -> &rivet_machine::Machine {
        &self.state
    }

    /// The shadow state page: every register, CSR and device register, serialised.
    pub fn shadow_page(&self) -> [u8; rivet_machine::shadow::SIZE] {
        rivet_machine::shadow::serialize(&self.state)
    }

    /// The device tree blob in the DTB range (its length from its header).
    pub fn dtb(&self) -> Result<Vec<u8>, Error> {
        let base = rivet_machine::map::DTB_START;
        let mut header = [0u8; 8];
        self.read_memory(base, &mut header)?;
        let size = u32::from_be_bytes(header[4..8].try_into().expect("4 bytes"));
        let size = u64::from(size).min(rivet_machine::map::DTB_LENGTH) as usize;
        let mut blob = vec![0u8; size];
        self.read_memory(base, &mut blob)?;
        Ok(blob)
    }

    /// The Merkle root of the whole machine state (DESIGN §4): rehashes only the pages
    /// written since the last root.
    pub fn root_hash(&mut self) -> Hash {
        self.state.root_hash()
    }

    /// A Merkle proof of the aligned 2^`log2_size` bytes at `address` under the current root.
    /// Check it with [`verify_proof`].
    pub fn proof(&mut self, address: u64, log2_size: u32) -> Result<Proof, Error> {
        Ok(self.state.proof(address, log2_size)?)
    }

    /// Takes an in-memory snapshot (replacing any earlier one) and returns its root. Pages are
    /// copied only when first written afterwards.
    pub fn snapshot(&mut self) -> Hash {
        self.state.snapshot()
    }

    /// Returns to the last snapshot (which stays, for further rollbacks) and returns its root.
    pub fn rollback(&mut self) -> Result<Hash, Error> {
        let root = self.state.rollback()?;
        self.clear_caches();
        Ok(root)
    }

    /// Stores the whole state in directory `dir` (atomically replacing an earlier snapshot
    /// there) and returns the root. Format: `docs/merkle.md`.
    pub fn store(&mut self, dir: &Path) -> Result<Hash, Error> {
        Ok(self.state.store_to(dir)?)
    }

    /// Loads a machine stored with [`Machine::store`], checking every range and the root.
    pub fn load(dir: &Path) -> Result<Self, Error> {
        Ok(Self::with_state(rivet_machine::Machine::load_from(dir)?))
    }

    /// The machine state, to change it directly (memory, devices). Prefer the methods above.
    pub fn state_mut(&mut self) -> &mut rivet_machine::Machine {
        &mut self.state
    }

    /// Drops every engine cache (never changes results).
    pub fn clear_caches(&mut self) {
        self.interp.clear_caches();
        if let Some(j) = &mut self.jit {
            j.clear_caches();
        }
        self.state.tlb.flush();
    }
}
