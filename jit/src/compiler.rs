//! Compilation of discovered blocks to host code in the arena.

use std::time::{Duration, Instant};

use cranelift_codegen::Context;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use rivet_interp::decode::Insn;

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, UserFuncName};
use cranelift_frontend::FunctionBuilder;

use crate::JitError;
use crate::arena::Arena;
use crate::context::JitContext;
use crate::lower::{block_signature, lower};
use crate::table::{BlockFn, Link};

/// How hard Cranelift works on a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// First compilation of a block: the single-pass register allocator (fast to compile;
    /// the code counts its entries so that hot blocks can be found).
    Quick,
    /// Recompilation of a block that ran often: the backtracking register allocator (slower
    /// to compile, better code).
    Optimized,
}

/// Cranelift and the code arena.
pub struct Compiler {
    /// [`Tier::Quick`] code is compiled for this one.
    isa: OwnedTargetIsa,
    /// [`Tier::Optimized`] code is compiled for this one.
    isa_opt: OwnedTargetIsa,
    ctx: Context,
    fctx: FunctionBuilderContext,
    arena: Arena,
    /// Holds the trampoline (never reset).
    _trampoline_arena: Arena,
    trampoline: Trampoline,
}

/// The host's way into compiled code: `trampoline(ctx, entry)` calls the block at `entry`
/// (which uses the tail calling convention) with the context.
#[derive(Clone, Copy, Debug)]
pub struct Trampoline(unsafe extern "C" fn(*mut JitContext, *const u8));

impl Trampoline {
    /// Runs `block` with `ctx`.
    ///
    /// # Safety
    /// `block` must be live compiled code and `ctx` a context refreshed for its machine.
    pub unsafe fn call(self, ctx: *mut JitContext, block: BlockFn) {
        // SAFETY: per the contract.
        unsafe { (self.0)(ctx, block.0) }
    }
}

impl std::fmt::Debug for Compiler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiler")
            .field("isa", &self.isa.name())
            .field("arena", &self.arena)
            .finish()
    }
}

/// What compiling one block produced.
pub enum Compiled {
    /// The entry point.
    Code(BlockFn),
    /// The arena is full: reset it (and drop every block) and try again.
    ArenaFull,
}

impl Compiler {
    /// A compiler for the host, with an arena of `arena_size` bytes.
    pub fn new(arena_size: usize) -> Result<Self, JitError> {
        let isa = Self::host_isa("single_pass")?;
        let isa_opt = Self::host_isa("backtracking")?;
        Self::with_isas(isa, isa_opt, Context::new(), arena_size)
    }

    /// Cranelift's ISA for the host, with the register allocator `regalloc`.
    fn host_isa(regalloc: &str) -> Result<OwnedTargetIsa, JitError> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| {
            f.set(k, v)
                .map_err(|e| JitError::Setup(format!("setting {k}={v}: {e}")))
        };
        set(&mut flags, "opt_level", "speed")?;
        // Tail calls (block chaining) need frame pointers in Cranelift's x86-64 backend.
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "regalloc_algorithm", regalloc)?;
        set(
            &mut flags,
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        )?;
        let isa_builder = cranelift_native::builder()
            .map_err(|e| JitError::Setup(format!("host not supported by Cranelift: {e}")))?;
        isa_builder
            .finish(settings::Flags::new(flags))
            .map_err(|e| JitError::Setup(format!("host ISA: {e}")))
    }

    /// Builds the trampoline and the compiler around the two host ISAs.
    fn with_isas(
        isa: OwnedTargetIsa,
        isa_opt: OwnedTargetIsa,
        mut ctx: Context,
        arena_size: usize,
    ) -> Result<Self, JitError> {
        let mut fctx = FunctionBuilderContext::new();
        let mut trampoline_arena = Arena::new(4096)?;
        let trampoline = {
            let host = isa.default_call_conv();
            let mut sig = Signature::new(host);
            sig.params.push(AbiParam::new(I64));
            sig.params.push(AbiParam::new(I64));
            ctx.func = Function::with_name_signature(UserFuncName::default(), sig);
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let (jctx, code) = (b.block_params(entry)[0], b.block_params(entry)[1]);
            let sig_block = b.import_signature(block_signature());
            b.ins().call_indirect(sig_block, code, &[jctx]);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(isa.frontend_config());
            let code = ctx
                .compile(&*isa, &mut ControlPlane::default())
                .map_err(|e| JitError::Setup(format!("trampoline: {:?}", e.inner)))?;
            let ptr = trampoline_arena
                .push(code.code_buffer())?
                .ok_or_else(|| JitError::Setup("trampoline does not fit".into()))?;
            // SAFETY: the arena holds the function just compiled for the host's C calling
            // convention with parameters (ctx, entry) and no results.
            Trampoline(unsafe {
                std::mem::transmute::<*const u8, unsafe extern "C" fn(*mut JitContext, *const u8)>(
                    ptr,
                )
            })
        };
        ctx.clear();
        Ok(Compiler {
            isa,
            isa_opt,
            ctx,
            fctx,
            arena: Arena::new(arena_size)?,
            _trampoline_arena: trampoline_arena,
            trampoline,
        })
    }

    /// The way into compiled code.
    pub fn trampoline(&self) -> Trampoline {
        self.trampoline
    }

    /// Forgets all compiled code. Every [`BlockFn`] handed out before is dangling after this.
    pub fn reset(&mut self) {
        self.arena.reset();
    }

    /// Bytes of code in the arena.
    pub fn code_bytes(&self) -> usize {
        self.arena.used()
    }

    /// Compiles the block `insns` at virtual `pc`. `insns` must stay where it is as long as
    /// the code lives (the code holds pointers to its elements).
    /// Its chaining slots are appended to `links`.
    /// `counter`, for [`Tier::Quick`]: the address of a `u64` the code increments at each entry.
    #[allow(clippy::vec_box)]
    pub fn compile(
        &mut self,
        pc: u64,
        insns: &[Insn],
        links: &mut Vec<Box<Link>>,
        tier: Tier,
        counter: Option<u64>,
    ) -> Result<(Compiled, Duration), JitError> {
        let isa = match tier {
            Tier::Quick => &self.isa,
            Tier::Optimized => &self.isa_opt,
        };
        let start = Instant::now();
        self.ctx.clear();
        let mut func = Function::new();
        lower(&mut func, &mut self.fctx, &**isa, pc, insns, links, counter);
        self.ctx.func = func;
        let code = self
            .ctx
            .compile(&**isa, &mut ControlPlane::default())
            .map_err(|e| JitError::Compile(format!("{:?}", e.inner)))?;
        let bytes = code.code_buffer();
        let compiled = match self.arena.push(bytes)? {
            Some(ptr) => Compiled::Code(BlockFn(ptr)),
            None => Compiled::ArenaFull,
        };
        Ok((compiled, start.elapsed()))
    }
}
