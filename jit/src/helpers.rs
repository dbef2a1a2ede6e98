//! Functions compiled code calls for what it does not do inline: data accesses that miss the
//! inline fast path, and every instruction that is not lowered (FP, CSRs, AMOs, system).
//!
//! Each runs the interpreter's own code, so the semantics stay in one place. Before a call the
//! block has stored `mcycle`/`minstret` as they are before the instruction (and, for
//! [`exec`], every guest register it had cached). A helper that ends the block sets
//! [`JitContext::exit`] and leaves the hart exactly where the interpreter would be after the
//! instruction: pc, counters, trap state.

use rivet_interp::decode::Insn;
use rivet_interp::exec;
use rivet_interp::trap::{Exception, take_exception};
use rivet_machine::Machine;

use crate::context::JitContext;

/// Load kinds passed to [`load`] (low 2 bits: log2 of the size; bit 2: sign-extend).
pub mod load_kind {
    /// Sign-extend the loaded value.
    pub const SIGNED: u64 = 4;
}

/// The machine of `ctx`.
///
/// # Safety
/// `ctx` must be the live context the running block was called with.
unsafe fn machine<'a>(ctx: *mut JitContext) -> &'a mut Machine {
    // SAFETY: per the contract, `ctx` and its machine are live; compiled code holds no Rust
    // reference into the machine across the call, so this is the only one.
    unsafe { &mut *(*ctx).machine }
}

/// Takes exception `e` of the instruction at `pc` as the interpreter does (one cycle, no
/// retirement) and asks the block to return.
fn trap(ctx: *mut JitContext, m: &mut Machine, pc: u64, e: Exception) {
    m.hart.pc = take_exception(m, pc, e);
    m.hart.mcycle += 1;
    // SAFETY: `ctx` is the live context (see `machine`).
    unsafe { (*ctx).exit = 1 };
}

/// A load the inline path did not serve: `kind` per [`load_kind`]. Returns the value (sign- or
/// zero-extended), or 0 after taking the exception (then [`JitContext::exit`] is set).
///
/// # Safety
/// Called only by compiled code, with its live context.
pub unsafe extern "C" fn load(ctx: *mut JitContext, addr: u64, pc: u64, kind: u64) -> u64 {
    // SAFETY: called by compiled code with its context.
    let m = unsafe { machine(ctx) };
    let result = match kind & 3 {
        0 => exec::load::<1>(m, addr),
        1 => exec::load::<2>(m, addr),
        2 => exec::load::<4>(m, addr),
        _ => exec::load::<8>(m, addr),
    };
    match result {
        Ok(v) if kind & load_kind::SIGNED != 0 => {
            let shift = 64 - (8 << (kind & 3));
            (((v << shift) as i64) >> shift) as u64
        }
        Ok(v) => v,
        Err(e) => {
            trap(ctx, m, pc, e);
            0
        }
    }
}

/// A store the inline path did not serve (`log2_size` 0–3). After taking its exception, or
/// when the store needs the engine's attention (code or page tables overwritten, a device
/// asking for a stop), sets [`JitContext::exit`]; in the second case the store has retired
/// and the block must finish the instruction before returning.
///
/// # Safety
/// Called only by compiled code, with its live context.
pub unsafe extern "C" fn store(
    ctx: *mut JitContext,
    addr: u64,
    value: u64,
    pc: u64,
    log2_size: u64,
) {
    // SAFETY: called by compiled code with its context.
    let m = unsafe { machine(ctx) };
    let result = match log2_size & 3 {
        0 => exec::store::<1>(m, addr, value),
        1 => exec::store::<2>(m, addr, value),
        2 => exec::store::<4>(m, addr, value),
        _ => exec::store::<8>(m, addr, value),
    };
    if let Err(e) = result {
        trap(ctx, m, pc, e);
    }
}

/// Executes one instruction that is not lowered, exactly as the interpreter's step does
/// (counters included), and stores the next pc in the hart. Returns 1 when the block must
/// return: the instruction trapped or jumped, or the machine needs attention.
///
/// # Safety
/// Called only by compiled code, with its live context and a pointer to an instruction the
/// block owns.
pub unsafe extern "C" fn execute(ctx: *mut JitContext, insn: *const Insn, pc: u64) -> u64 {
    // SAFETY: called by compiled code with its context.
    let m = unsafe { machine(ctx) };
    // SAFETY: the block keeps its instructions alive as long as its code.
    let insn = unsafe { &*insn };
    let outcome = exec::execute(m, insn, pc);
    m.hart.minstret = m.hart.minstret.wrapping_add(u64::from(outcome.retired));
    m.hart.mcycle += 1;
    m.hart.pc = outcome.next_pc;
    let sequential = outcome.retired && outcome.next_pc == pc.wrapping_add(u64::from(insn.len));
    u64::from(!sequential || m.needs_attention())
}
