//! The semantics of each instruction: the reference the JIT must match bit for bit.

use rivet_machine::csr::*;
use rivet_machine::hart::NO_RESERVATION;
use rivet_machine::{Machine, Privilege};

use crate::csr;
use crate::decode::{Insn, Op};
use crate::fp;
use crate::interrupt;
use crate::mmu::{self, Access};
use crate::trap::{Exception, take_exception};

/// What executing one instruction did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The pc to continue at: the next instruction, a jump target or a trap handler.
    pub next_pc: u64,
    /// Whether it retired (false: it raised an exception, which was taken).
    pub retired: bool,
}

/// Executes `insn`, fetched at `pc`, on `m`: it retires, or raises an exception that is taken
/// at once ([`take_exception`]; the instruction then changed nothing else). The caller stores
/// the returned pc and advances the counters (the clock by one either way, `minstret` when
/// the instruction retired).
#[inline(always)]
pub fn execute(m: &mut Machine, insn: &Insn, pc: u64) -> Outcome {
    // The F and D instructions (the table's last entries) run out of line, so that the
    // integer instructions' results stay in registers.
    if insn.op as u8 >= Op::Flw as u8 {
        return execute_fp(m, insn, pc);
    }
    let result = semantics(m, insn, pc);
    outcome(m, pc, result)
}

/// Retires the instruction at `pc` (`Ok` with the next pc) or takes its exception.
#[inline(always)]
fn outcome(m: &mut Machine, pc: u64, result: Result<u64, Exception>) -> Outcome {
    match result {
        Ok(next_pc) => Outcome {
            next_pc,
            retired: true,
        },
        Err(e) => Outcome {
            next_pc: take_exception(m, pc, e),
            retired: false,
        },
    }
}

/// [`execute`] for the F and D instructions.
#[inline(never)]
fn execute_fp(m: &mut Machine, insn: &Insn, pc: u64) -> Outcome {
    let next = pc.wrapping_add(u64::from(insn.len));
    let result = match insn.op {
        Op::Flw | Op::Fld | Op::Fsw | Op::Fsd => {
            let base = m.hart.x[usize::from(insn.rs1 & 31)];
            fp_load_store(m, insn, base, i64::from(insn.imm) as u64, next)
        }
        _ => fp::execute(m, insn, next),
    };
    outcome(m, pc, result)
}

/// The semantics of `insn` at `pc`: the next pc, or the exception raised (then nothing of the
/// machine has changed). The F and D instructions are in [`fp`] (see [`execute`]).
///
/// Writes to `x0` happen and are undone at the end, so every arm can write `rd` freely.
#[inline(always)]
pub fn semantics(m: &mut Machine, insn: &Insn, pc: u64) -> Result<u64, Exception> {
    let next = pc.wrapping_add(u64::from(insn.len));
    // Register fields are 5 bits; the mask lets the compiler drop bounds checks.
    let rd = usize::from(insn.rd & 31);
    let a = m.hart.x[usize::from(insn.rs1 & 31)];
    let b = m.hart.x[usize::from(insn.rs2 & 31)];
    let imm = i64::from(insn.imm) as u64;
    let mut target = next;
    let value: u64 = match insn.op {
        Op::Lui => imm,
        Op::Auipc => pc.wrapping_add(imm),
        Op::Jal => {
            target = pc.wrapping_add(imm);
            next
        }
        Op::Jalr => {
            target = a.wrapping_add(imm) & !1;
            next
        }
        Op::Beq | Op::Bne | Op::Blt | Op::Bge | Op::Bltu | Op::Bgeu => {
            let taken = match insn.op {
                Op::Beq => a == b,
                Op::Bne => a != b,
                Op::Blt => (a as i64) < (b as i64),
                Op::Bge => (a as i64) >= (b as i64),
                Op::Bltu => a < b,
                _ => a >= b,
            };
            return Ok(if taken { pc.wrapping_add(imm) } else { next });
        }
        Op::Lb => load::<1>(m, a.wrapping_add(imm))? as i8 as u64,
        Op::Lh => load::<2>(m, a.wrapping_add(imm))? as i16 as u64,
        Op::Lw => load::<4>(m, a.wrapping_add(imm))? as i32 as u64,
        Op::Ld => load::<8>(m, a.wrapping_add(imm))?,
        Op::Lbu => load::<1>(m, a.wrapping_add(imm))?,
        Op::Lhu => load::<2>(m, a.wrapping_add(imm))?,
        Op::Lwu => load::<4>(m, a.wrapping_add(imm))?,
        Op::Sb => return store::<1>(m, a.wrapping_add(imm), b).map(|()| next),
        Op::Sh => return store::<2>(m, a.wrapping_add(imm), b).map(|()| next),
        Op::Sw => return store::<4>(m, a.wrapping_add(imm), b).map(|()| next),
        Op::Sd => return store::<8>(m, a.wrapping_add(imm), b).map(|()| next),
        Op::Addi => a.wrapping_add(imm),
        Op::Slti => u64::from((a as i64) < (imm as i64)),
        Op::Sltiu => u64::from(a < imm),
        Op::Xori => a ^ imm,
        Op::Ori => a | imm,
        Op::Andi => a & imm,
        Op::Slli => a << (imm & 63),
        Op::Srli => a >> (imm & 63),
        Op::Srai => ((a as i64) >> (imm & 63)) as u64,
        Op::Add => a.wrapping_add(b),
        Op::Sub => a.wrapping_sub(b),
        Op::Sll => a << (b & 63),
        Op::Slt => u64::from((a as i64) < (b as i64)),
        Op::Sltu => u64::from(a < b),
        Op::Xor => a ^ b,
        Op::Srl => a >> (b & 63),
        Op::Sra => ((a as i64) >> (b & 63)) as u64,
        Op::Or => a | b,
        Op::And => a & b,
        Op::Addiw => sext32(a.wrapping_add(imm)),
        Op::Slliw => sext32((a as u32 as u64) << (imm & 31)),
        Op::Srliw => sext32(u64::from((a as u32) >> (imm & 31))),
        Op::Sraiw => ((a as i32) >> (imm & 31)) as i64 as u64,
        Op::Addw => sext32(a.wrapping_add(b)),
        Op::Subw => sext32(a.wrapping_sub(b)),
        Op::Sllw => sext32(u64::from((a as u32) << (b & 31))),
        Op::Srlw => sext32(u64::from((a as u32) >> (b & 31))),
        Op::Sraw => ((a as i32) >> (b & 31)) as i64 as u64,
        // One hart, in order: FENCE has nothing to order. FENCE.I has nothing to do either:
        // decoded-instruction caches are invalidated by stores themselves.
        Op::Fence | Op::FenceI => return Ok(next),
        Op::Ecall => return Err(Exception::ecall(m.hart.privilege)),
        Op::Ebreak => return Err(Exception::breakpoint(pc)),
        Op::Csrrw | Op::Csrrs | Op::Csrrc | Op::Csrrwi | Op::Csrrsi | Op::Csrrci => {
            return exec_csr(m, insn, next);
        }
        Op::Mret => return mret(m, insn),
        Op::Sret => return sret(m, insn),
        Op::Wfi => return wfi(m, insn, next),
        Op::SfenceVma => {
            // No TLB: nothing to flush. Illegal in U mode, and in S mode under TVM.
            let h = &m.hart;
            if h.privilege == Privilege::User
                || (h.privilege == Privilege::Supervisor && h.mstatus & MSTATUS_TVM != 0)
            {
                return Err(Exception::illegal(insn.raw));
            }
            return Ok(next);
        }
        Op::Mul => a.wrapping_mul(b),
        Op::Mulh => ((i128::from(a as i64) * i128::from(b as i64)) >> 64) as u64,
        Op::Mulhsu => ((i128::from(a as i64) * (b as i128)) >> 64) as u64,
        Op::Mulhu => ((u128::from(a) * u128::from(b)) >> 64) as u64,
        Op::Div => {
            let (a, b) = (a as i64, b as i64);
            if b == 0 {
                u64::MAX
            } else {
                a.wrapping_div(b) as u64
            }
        }
        Op::Divu => a.checked_div(b).unwrap_or(u64::MAX),
        Op::Rem => {
            let (a, b) = (a as i64, b as i64);
            if b == 0 {
                a as u64
            } else {
                a.wrapping_rem(b) as u64
            }
        }
        Op::Remu => {
            if b == 0 {
                a
            } else {
                a % b
            }
        }
        Op::Mulw => sext32(a.wrapping_mul(b)),
        Op::Divw => {
            let (a, b) = (a as i32, b as i32);
            if b == 0 {
                u64::MAX
            } else {
                a.wrapping_div(b) as i64 as u64
            }
        }
        Op::Divuw => {
            let (a, b) = (a as u32, b as u32);
            a.checked_div(b).map_or(u64::MAX, |q| sext32(u64::from(q)))
        }
        Op::Remw => {
            let (a, b) = (a as i32, b as i32);
            if b == 0 {
                a as i64 as u64
            } else {
                a.wrapping_rem(b) as i64 as u64
            }
        }
        Op::Remuw => {
            let (a, b) = (a as u32, b as u32);
            if b == 0 {
                sext32(u64::from(a))
            } else {
                sext32(u64::from(a % b))
            }
        }
        Op::LrW => load_reserved::<4>(m, a)? as i32 as u64,
        Op::LrD => load_reserved::<8>(m, a)?,
        Op::ScW => store_conditional::<4>(m, a, b)?,
        Op::ScD => store_conditional::<8>(m, a, b)?,
        Op::AmoswapW
        | Op::AmoaddW
        | Op::AmoxorW
        | Op::AmoandW
        | Op::AmoorW
        | Op::AmominW
        | Op::AmomaxW
        | Op::AmominuW
        | Op::AmomaxuW => amo::<4>(m, insn.op, a, b)? as i32 as u64,
        Op::AmoswapD
        | Op::AmoaddD
        | Op::AmoxorD
        | Op::AmoandD
        | Op::AmoorD
        | Op::AmominD
        | Op::AmomaxD
        | Op::AmominuD
        | Op::AmomaxuD => amo::<8>(m, insn.op, a, b)?,
        // Undecoded and Illegal; the F and D instructions never reach here.
        _ => return Err(Exception::illegal(insn.raw)),
    };
    m.hart.x[rd] = value;
    m.hart.x[0] = 0;
    Ok(target)
}

/// FP loads and stores (illegal while `mstatus.FS` is Off). Out of line: the integer loop
/// stays small.
fn fp_load_store(
    m: &mut Machine,
    insn: &Insn,
    base: u64,
    imm: u64,
    next: u64,
) -> Result<u64, Exception> {
    if !fp::enabled(m) {
        return Err(Exception::illegal(insn.raw));
    }
    let addr = base.wrapping_add(imm);
    match insn.op {
        Op::Flw => {
            let v = fp::nan_box(load::<4>(m, addr)? as u32);
            m.hart.f[usize::from(insn.rd & 31)] = v;
            fp::set_dirty(m);
        }
        Op::Fld => {
            let v = load::<8>(m, addr)?;
            m.hart.f[usize::from(insn.rd & 31)] = v;
            fp::set_dirty(m);
        }
        Op::Fsw => store::<4>(m, addr, m.hart.f[usize::from(insn.rs2 & 31)])?,
        _ => store::<8>(m, addr, m.hart.f[usize::from(insn.rs2 & 31)])?,
    }
    Ok(next)
}

/// Sign-extends the low 32 bits.
#[inline(always)]
fn sext32(v: u64) -> u64 {
    v as i32 as i64 as u64
}

/// Loads `N` bytes from virtual address `addr` as the current privilege and translation
/// mode make data accesses (zero-extended), or the exception the access raises.
#[inline(always)]
pub fn load<const N: usize>(m: &mut Machine, addr: u64) -> Result<u64, Exception> {
    if mmu::data_direct(m) {
        m.load::<N>(addr).map_err(|_| Exception::load_fault(addr))
    } else {
        mmu::load::<N>(m, addr)
    }
}

/// Stores the low `N` bytes of `value` at virtual address `addr` as data accesses are made
/// now, or returns the exception the access raises (then nothing was written).
#[inline(always)]
pub fn store<const N: usize>(m: &mut Machine, addr: u64, value: u64) -> Result<(), Exception> {
    if mmu::data_direct(m) {
        m.store::<N>(addr, value)
            .map_err(|_| Exception::store_fault(addr))
    } else {
        mmu::store::<N>(m, addr, value)
    }
}

/// The physical address of an LR/SC/AMO at `addr` (already checked to be aligned).
fn atomic_address<const N: usize>(
    m: &mut Machine,
    addr: u64,
    access: Access,
) -> Result<u64, Exception> {
    if mmu::data_direct(m) {
        Ok(addr)
    } else {
        mmu::translate(m, addr, N as u64, access)
    }
}

/// The reservation word for an `N`-byte LR at the (aligned) `addr`: the address with the
/// size in bit 0 (1 = 8 bytes). The reservation set is exactly the bytes the LR read, so an SC
/// succeeds only at the same address with the same size.
#[inline]
fn reservation_key<const N: usize>(addr: u64) -> u64 {
    addr | u64::from(N == 8)
}

/// LR: naturally aligned RAM only. Misaligned: load address misaligned; not RAM: load
/// access fault. Sets the reservation to the physical address.
fn load_reserved<const N: usize>(m: &mut Machine, addr: u64) -> Result<u64, Exception> {
    if !addr.is_multiple_of(N as u64) {
        return Err(Exception::load_misaligned(addr));
    }
    let pa = atomic_address::<N>(m, addr, Access::Load)?;
    if !m.is_ram(pa, N as u64) {
        return Err(Exception::load_fault(addr));
    }
    let v = m.load::<N>(pa).map_err(|_| Exception::load_fault(addr))?;
    m.hart.reservation = reservation_key::<N>(pa);
    Ok(v)
}

/// SC: alignment and access are checked first (as for any store); then it succeeds (writes,
/// returns 0) only if the reservation is held for this very address and size, and fails (no write,
/// returns 1) otherwise. The reservation is released either way.
fn store_conditional<const N: usize>(
    m: &mut Machine,
    addr: u64,
    value: u64,
) -> Result<u64, Exception> {
    if !addr.is_multiple_of(N as u64) {
        return Err(Exception::store_misaligned(addr));
    }
    let pa = atomic_address::<N>(m, addr, Access::Store)?;
    if !m.is_ram(pa, N as u64) {
        return Err(Exception::store_fault(addr));
    }
    let held = m.hart.reservation == reservation_key::<N>(pa);
    m.hart.reservation = NO_RESERVATION;
    if held {
        m.store::<N>(pa, value)
            .map_err(|_| Exception::store_fault(addr))?;
        Ok(0)
    } else {
        Ok(1)
    }
}

/// AMO: naturally aligned RAM only (misaligned: store/AMO address misaligned; not RAM:
/// store/AMO access fault). Returns the old value (zero-extended for .w; the caller
/// sign-extends).
fn amo<const N: usize>(m: &mut Machine, op: Op, addr: u64, src: u64) -> Result<u64, Exception> {
    if !addr.is_multiple_of(N as u64) {
        return Err(Exception::store_misaligned(addr));
    }
    let pa = atomic_address::<N>(m, addr, Access::Store)?;
    if !m.is_ram(pa, N as u64) {
        return Err(Exception::store_fault(addr));
    }
    let old = m.load::<N>(pa).map_err(|_| Exception::store_fault(addr))?;
    // Compare as N-byte values: sign-extend for the signed forms.
    let (so, ss) = if N == 4 {
        (old as i32 as i64, src as i32 as i64)
    } else {
        (old as i64, src as i64)
    };
    let (uo, us) = if N == 4 {
        (old as u32 as u64, src as u32 as u64)
    } else {
        (old, src)
    };
    let new = match op {
        Op::AmoswapW | Op::AmoswapD => src,
        Op::AmoaddW | Op::AmoaddD => old.wrapping_add(src),
        Op::AmoxorW | Op::AmoxorD => old ^ src,
        Op::AmoandW | Op::AmoandD => old & src,
        Op::AmoorW | Op::AmoorD => old | src,
        Op::AmominW | Op::AmominD => {
            if so <= ss {
                old
            } else {
                src
            }
        }
        Op::AmomaxW | Op::AmomaxD => {
            if so >= ss {
                old
            } else {
                src
            }
        }
        Op::AmominuW | Op::AmominuD => {
            if uo <= us {
                old
            } else {
                src
            }
        }
        _ => {
            if uo >= us {
                old
            } else {
                src
            }
        }
    };
    m.store::<N>(pa, new)
        .map_err(|_| Exception::store_fault(addr))?;
    Ok(old)
}

/// CSR instructions: check access (illegal instruction if denied), read unless `csrrw` has
/// `rd = x0`, write unless `csrrs`/`csrrc` have `rs1 = x0` or the `i` forms a zero immediate.
fn exec_csr(m: &mut Machine, insn: &Insn, next: u64) -> Result<u64, Exception> {
    let csr = insn.imm as u16;
    let src = match insn.op {
        Op::Csrrw | Op::Csrrs | Op::Csrrc => m.hart.x[usize::from(insn.rs1)],
        _ => u64::from(insn.rs1),
    };
    let writes = match insn.op {
        Op::Csrrw | Op::Csrrwi => true,
        _ => insn.rs1 != 0,
    };
    if !csr::accessible(m, csr, writes) {
        return Err(Exception::illegal(insn.raw));
    }
    // csrrw/csrrwi with rd = x0 do not read the CSR (no read side effects).
    let reads = insn.rd != 0 || !matches!(insn.op, Op::Csrrw | Op::Csrrwi);
    let old = if reads {
        csr::read(m, csr).unwrap_or(0)
    } else {
        0
    };
    if writes {
        let new = match insn.op {
            Op::Csrrw | Op::Csrrwi => src,
            Op::Csrrs | Op::Csrrsi => old | src,
            _ => old & !src,
        };
        csr::write(m, csr, new);
        // Interrupt enables, pending bits, privilege-related fields or PMP may have changed.
        m.request_attention();
    }
    m.hart.x[usize::from(insn.rd)] = old;
    m.hart.x[0] = 0;
    Ok(next)
}

/// MRET (M mode only): pc = `mepc`; privilege = MPP; MIE = MPIE; MPIE = 1; MPP = U; MPRV
/// cleared when the new privilege is not M.
fn mret(m: &mut Machine, insn: &Insn) -> Result<u64, Exception> {
    let h = &mut m.hart;
    if h.privilege != Privilege::Machine {
        return Err(Exception::illegal(insn.raw));
    }
    let mpp = (h.mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT;
    let target = Privilege::from_bits(mpp).unwrap_or(Privilege::User);
    let mpie = h.mstatus & MSTATUS_MPIE != 0;
    h.mstatus &= !(MSTATUS_MIE | MSTATUS_MPP);
    if mpie {
        h.mstatus |= MSTATUS_MIE;
    }
    h.mstatus |= MSTATUS_MPIE;
    if target != Privilege::Machine {
        h.mstatus &= !MSTATUS_MPRV;
    }
    h.privilege = target;
    let pc = h.mepc;
    m.request_attention();
    Ok(pc)
}

/// SRET (S or M mode; illegal in S under TSR): pc = `sepc`; privilege = SPP; SIE = SPIE;
/// SPIE = 1; SPP = U; MPRV cleared.
fn sret(m: &mut Machine, insn: &Insn) -> Result<u64, Exception> {
    let h = &mut m.hart;
    let allowed = match h.privilege {
        Privilege::User => false,
        Privilege::Supervisor => h.mstatus & MSTATUS_TSR == 0,
        Privilege::Machine => true,
    };
    if !allowed {
        return Err(Exception::illegal(insn.raw));
    }
    let target = if h.mstatus & MSTATUS_SPP != 0 {
        Privilege::Supervisor
    } else {
        Privilege::User
    };
    let spie = h.mstatus & MSTATUS_SPIE != 0;
    h.mstatus &= !(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV);
    if spie {
        h.mstatus |= MSTATUS_SIE;
    }
    h.mstatus |= MSTATUS_SPIE;
    h.privilege = target;
    let pc = h.sepc;
    m.request_attention();
    Ok(pc)
}

/// WFI: illegal in U mode, and in S mode under TW. It retires; unless an interrupt is
/// pending and enabled in `mie` (whatever the global enables), the hart then sleeps: no
/// instruction executes until one is, and the clock runs on (see [`crate::interrupt`]). An
/// interrupt that wakes it is taken with `xepc` = the instruction after the WFI.
fn wfi(m: &mut Machine, insn: &Insn, next: u64) -> Result<u64, Exception> {
    let h = &m.hart;
    let allowed = match h.privilege {
        Privilege::User => false,
        Privilege::Supervisor => h.mstatus & MSTATUS_TW == 0,
        Privilege::Machine => true,
    };
    if !allowed {
        return Err(Exception::illegal(insn.raw));
    }
    if interrupt::wfi_would_wait(m) {
        m.hart.sleeping = true;
        m.request_attention();
    }
    Ok(next)
}
