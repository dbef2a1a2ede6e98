//! Lowering of a block to Cranelift IR.
//!
//! Guest registers live in SSA values inside a block: each is loaded from the hart at its
//! first use and stored back at every exit, only if written. The code is linear; branches,
//! jumps and side exits (a trapping access, a helper that asks to return) each leave through
//! their own exit path, which stores the registers written so far, `pc`, and `mcycle` and
//! `minstret` as static constants added to their values at entry.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F32, F64, I32, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, Endianness, Function, InstBuilder, MemFlagsData, SigRef, Signature, Type,
    UserFuncName, Value,
};
use cranelift_codegen::isa::{CallConv, TargetIsa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use rivet_interp::decode::{Insn, Op};
use rivet_machine::csr::MSTATUS_FS;
use rivet_machine::map::RAM_START;
use rivet_machine::tlb::{TAG_VPN_BITS, TLB_ENTRIES};

use crate::context::{
    Field, f_offset, fcsr_offset, mcycle_offset, minstret_offset, mstatus_offset, pc_offset,
    x_offset,
};
use crate::discover::{Kind, helper_registers, kind};
use crate::helpers;
use crate::table::Link;

/// Guest memory accesses: little-endian, never trapping on the host (every host address is
/// checked to lie in RAM first), possibly misaligned.
fn guest_mem() -> MemFlagsData {
    MemFlagsData::new()
        .with_notrap()
        .with_endianness(Endianness::Little)
}

/// Accesses to the context and the hart: aligned, valid.
fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Access kind indices of the translation cache.
const TLB_LOAD: i64 = 1;
const TLB_STORE: i64 = 2;

/// Builds the IR of the block `insns` starting at virtual `pc` into `func`.
///
/// `call_conv` is the host's C calling convention (for helpers); the block itself uses
/// [`block_signature`]. The chaining slots of its exits are returned in `links`.
#[allow(clippy::vec_box)]
pub fn lower(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    isa: &dyn TargetIsa,
    pc: u64,
    insns: &[Insn],
    links: &mut Vec<Box<Link>>,
    counter: Option<u64>,
) {
    let (call_conv, frontend) = (isa.default_call_conv(), isa.frontend_config());
    *func = Function::with_name_signature(UserFuncName::default(), block_signature());
    let b = FunctionBuilder::new(func, fctx);
    let mut l = Lower::new(b, call_conv, pc, insns, counter, isa.has_native_fma());
    l.block(pc, insns);
    links.append(&mut l.links);
    l.b.seal_all_blocks();
    l.b.finalize(frontend);
}

/// The signature of every block: `fn(ctx)`, tail calling convention.
pub fn block_signature() -> Signature {
    let mut sig = Signature::new(CallConv::Tail);
    sig.params.push(AbiParam::new(I64));
    sig
}

struct Lower<'a> {
    b: FunctionBuilder<'a>,
    /// Virtual address of the block's page: exits to fixed pcs inside it can chain.
    page: u64,
    /// Boxed: compiled code holds their addresses.
    #[allow(clippy::vec_box)]
    links: Vec<Box<Link>>,
    sig_block: SigRef,
    ctx: Value,
    hart: Value,
    /// `mcycle` and `minstret` at entry.
    mcycle0: Value,
    minstret0: Value,
    /// Variables holding the guest registers the block uses (all loaded at entry).
    vars: [Option<Variable>; 32],
    /// Registers the block writes anywhere: stored at every exit (their variables always
    /// hold the current values, so storing one not yet written this time is harmless).
    written: u32,
    /// Cycles run by the earlier iterations of a block that loops to its own start.
    delta: Variable,
    /// The block's start pc and the IR block its instructions begin in (a branch back to the
    /// start loops there while the cycle budget lasts).
    start: u64,
    header: Block,
    /// Instructions in the block.
    len: u64,
    sig_load: SigRef,
    sig_store: SigRef,
    sig_exec: SigRef,
    /// Whether the host has fused multiply-add instructions (else FMAs always use helpers).
    fma: bool,
    /// [`Field::DataDirect`], loaded at entry (it cannot change inside a block: whatever
    /// changes privilege or `mstatus` ends the block).
    data_direct: Value,
}

/// The registers `insns` read (inline) and write (inline, or through a helper), as masks.
fn register_use(insns: &[Insn]) -> (u32, u32) {
    let (mut read, mut written) = (0u32, 0u32);
    for insn in insns {
        let bit = |r: u8| 1u32 << (r & 31);
        match kind(insn.op) {
            Kind::Inline | Kind::Control => {
                read |= bit(insn.rs1) | bit(insn.rs2);
                if !matches!(
                    insn.op,
                    Op::Sb
                        | Op::Sh
                        | Op::Sw
                        | Op::Sd
                        | Op::Fence
                        | Op::Beq
                        | Op::Bne
                        | Op::Blt
                        | Op::Bge
                        | Op::Bltu
                        | Op::Bgeu
                ) {
                    written |= bit(insn.rd);
                }
            }
            Kind::Helper => {
                // FP and atomic instructions: their integer operands and result get
                // variables too (FP moves, compares and memory accesses may run inline).
                let (reads, writes_rd) = helper_registers(insn);
                read |= reads;
                if writes_rd {
                    written |= bit(insn.rd);
                }
            }
            Kind::HelperEnd => {}
        }
    }
    (read & !1, written & !1)
}

impl<'a> Lower<'a> {
    fn new(
        mut b: FunctionBuilder<'a>,
        call_conv: CallConv,
        start: u64,
        insns: &[Insn],
        counter: Option<u64>,
        fma: bool,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let ctx = b.block_params(entry)[0];
        let hart = b.ins().load(I64, trusted(), ctx, Field::Hart.offset());
        let mcycle0 = b.ins().load(I64, trusted(), hart, mcycle_offset());
        let minstret0 = b.ins().load(I64, trusted(), hart, minstret_offset());
        let data_direct = b
            .ins()
            .load(I64, trusted(), ctx, Field::DataDirect.offset());
        let (read, written) = register_use(insns);
        let mut vars = [None; 32];
        for r in 1..32u8 {
            if (read | written) & (1 << r) != 0 {
                let var = b.declare_var(I64);
                let v = b.ins().load(I64, trusted(), hart, x_offset(r));
                b.def_var(var, v);
                vars[usize::from(r)] = Some(var);
            }
        }
        let delta = b.declare_var(I64);
        let zero = b.ins().iconst(I64, 0);
        b.def_var(delta, zero);
        let header = b.create_block();
        b.ins().jump(header, &[]);
        b.switch_to_block(header);
        if let Some(addr) = counter {
            // Runs (entries and loops to the start), for finding the blocks worth optimising
            // (host memory, not machine state).
            let a = b.ins().iconst(I64, addr as i64);
            let n = b.ins().load(I64, trusted(), a, 0);
            let n = b.ins().iadd_imm_s(n, 1);
            b.ins().store(trusted(), n, a, 0);
        }
        let sig = |params: &[Type], ret: Option<Type>| {
            let mut s = Signature::new(call_conv);
            s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
            s.returns.extend(ret.map(AbiParam::new));
            s
        };
        let sig_load = b.import_signature(sig(&[I64, I64, I64, I64], Some(I64)));
        let sig_store = b.import_signature(sig(&[I64, I64, I64, I64, I64], None));
        let sig_exec = b.import_signature(sig(&[I64, I64, I64], Some(I64)));
        let sig_block = b.import_signature(block_signature());
        Lower {
            b,
            page: start & !0xfff,
            links: Vec::new(),
            sig_block,
            ctx,
            hart,
            mcycle0,
            minstret0,
            vars,
            written,
            delta,
            start,
            header,
            len: insns.len() as u64,
            sig_load,
            sig_store,
            sig_exec,
            data_direct,
            fma,
        }
    }

    // ----- registers and counters ----------------------------------------------------------

    fn reg(&mut self, r: u8) -> Value {
        match self.vars[usize::from(r & 31)] {
            Some(var) if r & 31 != 0 => self.b.use_var(var),
            _ => self.b.ins().iconst(I64, 0),
        }
    }

    fn set_reg(&mut self, r: u8, v: Value) {
        if r & 31 != 0 {
            let var = self.vars[usize::from(r & 31)].expect("written registers have variables");
            self.b.def_var(var, v);
        }
    }

    /// Stores the written registers (in the current IR block), with `extra` as the value of
    /// its register.
    fn store_regs(&mut self, extra: Option<(u8, Value)>) {
        for r in 1..32u8 {
            if self.written & (1 << r) == 0 {
                continue;
            }
            let v = match extra {
                Some((e, v)) if e & 31 == r => v,
                _ => self.reg(r),
            };
            self.b.ins().store(trusted(), v, self.hart, x_offset(r));
        }
    }

    /// Stores the registers of `mask` (each must have a variable).
    fn store_reg_set(&mut self, mask: u32) {
        for r in 1..32u8 {
            if mask & (1 << r) != 0 {
                let v = self.reg(r);
                self.b.ins().store(trusted(), v, self.hart, x_offset(r));
            }
        }
    }

    /// `mcycle` at entry plus the cycles of earlier iterations.
    fn cycles_before(&mut self) -> Value {
        let d = self.b.use_var(self.delta);
        self.b.ins().iadd(self.mcycle0, d)
    }

    /// Stores `mcycle` and `minstret` as they are after `done` more instructions of this
    /// iteration (each retired; `retired` of them counted in `minstret`).
    fn store_counters(&mut self, cycles: u64, retired: u64) {
        let d = self.b.use_var(self.delta);
        let base = self.b.ins().iadd(self.mcycle0, d);
        let c = self.b.ins().iadd_imm_s(base, cycles as i64);
        self.b.ins().store(trusted(), c, self.hart, mcycle_offset());
        let base = self.b.ins().iadd(self.minstret0, d);
        let r = self.b.ins().iadd_imm_s(base, retired as i64);
        self.b
            .ins()
            .store(trusted(), r, self.hart, minstret_offset());
    }

    /// Leaves the block in the current IR block after `done` retired instructions, at `pc`.
    fn exit(&mut self, pc: Value, done: u64, extra: Option<(u8, Value)>) {
        self.store_regs(extra);
        self.store_counters(done, done);
        self.b.ins().store(trusted(), pc, self.hart, pc_offset());
        self.b.ins().return_(&[]);
    }

    fn exit_const(&mut self, pc: u64, done: u64, extra: Option<(u8, Value)>) {
        if pc == self.start && done == self.len && extra.is_none() {
            // Back to the start: loop here while the next iteration fits before the limit.
            let before = self.cycles_before();
            let now = self.b.ins().iadd_imm_s(before, done as i64);
            let limit = self.ctx_field(Field::Limit);
            let left = self.b.ins().isub(limit, now);
            let enough =
                self.b
                    .ins()
                    .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, left, self.len as i64);
            let again = self.b.create_block();
            let out = self.b.create_block();
            self.b.ins().brif(enough, again, &[], out, &[]);
            self.b.switch_to_block(again);
            let d = self.b.use_var(self.delta);
            let nd = self.b.ins().iadd_imm_s(d, done as i64);
            self.b.def_var(self.delta, nd);
            self.b.ins().jump(self.header, &[]);
            self.b.switch_to_block(out);
            let pcv = self.b.ins().iconst(I64, pc as i64);
            self.exit(pcv, done, None);
            return;
        }
        let pcv = self.b.ins().iconst(I64, pc as i64);
        if pc & !0xfff != self.page || pc & 1 != 0 {
            self.exit(pcv, done, extra);
            return;
        }
        // Chainable: store the state as for a plain exit, then go straight to the linked
        // successor if it fits before the limit.
        self.store_regs(extra);
        self.store_counters(done, done);
        self.b.ins().store(trusted(), pcv, self.hart, pc_offset());
        let link = Box::new(Link {
            target: pc,
            ..Link::default()
        });
        let link_addr = self.b.ins().iconst(I64, &*link as *const Link as i64);
        self.links.push(link);
        let code = self.b.ins().load(I64, trusted(), link_addr, 0);
        let linked = self.b.create_block();
        let unlinked = self.b.create_block();
        self.b.ins().brif(code, linked, &[], unlinked, &[]);

        self.b.switch_to_block(unlinked);
        self.b
            .ins()
            .store(trusted(), link_addr, self.ctx, Field::Link.offset());
        self.b.ins().return_(&[]);

        self.b.switch_to_block(linked);
        let len = self.b.ins().load(I64, trusted(), link_addr, 8);
        let before = self.cycles_before();
        let now = self.b.ins().iadd_imm_s(before, done as i64);
        let limit = self.ctx_field(Field::Limit);
        // The block fitted, so now <= limit.
        let left = self.b.ins().isub(limit, now);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, len, left);
        let go = self.b.create_block();
        let stop = self.b.create_block();
        self.b.ins().brif(fits, go, &[], stop, &[]);
        self.b.switch_to_block(stop);
        self.b.ins().return_(&[]);
        self.b.switch_to_block(go);
        self.b
            .ins()
            .return_call_indirect(self.sig_block, code, &[self.ctx]);
    }

    /// Returns at once: a helper has left the hart complete (registers were stored before
    /// the call, or the helper trapped before the instruction changed any).
    fn exit_after_helper(&mut self) {
        self.store_regs(None);
        self.b.ins().return_(&[]);
    }

    /// Branches to a new cold block where `emit` leaves the block when `cond` is non-zero,
    /// and continues in a new block otherwise.
    fn side_exit_if(&mut self, cond: Value, emit: impl FnOnce(&mut Self)) {
        let exit = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(exit);
        self.b.ins().brif(cond, exit, &[], cont, &[]);
        self.b.switch_to_block(exit);
        emit(self);
        self.b.switch_to_block(cont);
    }

    fn ctx_field(&mut self, f: Field) -> Value {
        self.b.ins().load(I64, trusted(), self.ctx, f.offset())
    }

    fn helper_addr(&mut self, f: usize) -> Value {
        self.b.ins().iconst(I64, f as i64)
    }

    // ----- the block -----------------------------------------------------------------------

    fn block(&mut self, start: u64, insns: &[Insn]) {
        let mut pc = start;
        for (i, insn) in insns.iter().enumerate() {
            let i = i as u64;
            let next = pc.wrapping_add(u64::from(insn.len));
            match kind(insn.op) {
                Kind::Inline => self.inline(insn, pc, next, i),
                Kind::Control => {
                    self.control(insn, pc, next, i);
                    return;
                }
                Kind::Helper | Kind::HelperEnd => {
                    if kind(insn.op) == Kind::HelperEnd || !self.fp_inline(insn, pc, i) {
                        self.helper(insn, pc, i);
                    }
                    if kind(insn.op) == Kind::HelperEnd {
                        // The helper stored the next pc and the counters.
                        self.b.ins().return_(&[]);
                        return;
                    }
                }
            }
            pc = next;
        }
        let n = insns.len() as u64;
        self.exit_const(pc, n, None);
    }

    /// An instruction run by [`helpers::execute`]. The hart must hold the registers it reads
    /// before the call; it may write its `rd` in the hart.
    fn helper(&mut self, insn: &Insn, pc: u64, i: u64) {
        let ends = kind(insn.op) == Kind::HelperEnd;
        let (reads, writes_rd) = helper_registers(insn);
        let rd_bit = if writes_rd { 1u32 << (insn.rd & 31) } else { 0 };
        if ends {
            self.store_regs(None);
        } else {
            // What it reads, and its rd (so that the hart's rd is right whether the helper
            // writes it or traps).
            self.store_reg_set((reads | rd_bit) & self.written);
        }
        self.store_counters(i, i);
        let f = self.helper_addr(helpers::execute as *const () as usize);
        let insn_ptr = self.b.ins().iconst(I64, insn as *const Insn as i64);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        let call = self
            .b
            .ins()
            .call_indirect(self.sig_exec, f, &[self.ctx, insn_ptr, pcv]);
        let stop = self.b.inst_results(call)[0];
        if ends {
            // The caller returns: the helper stored pc and the counters.
            return;
        }
        let others = self.written & !rd_bit & !((reads | rd_bit) & self.written);
        self.side_exit_if(stop, |l| {
            // Registers not stored before the call; the hart holds the rest.
            l.store_reg_set(others);
            l.b.ins().return_(&[]);
        });
        if writes_rd && let Some(var) = self.vars[usize::from(insn.rd & 31)] {
            let v = self
                .b
                .ins()
                .load(I64, trusted(), self.hart, x_offset(insn.rd));
            self.b.def_var(var, v);
        }
    }

    fn control(&mut self, insn: &Insn, pc: u64, next: u64, i: u64) {
        let imm = i64::from(insn.imm);
        let done = i + 1;
        match insn.op {
            Op::Jal => {
                let link = self.b.ins().iconst(I64, next as i64);
                self.set_reg(insn.rd, link);
                self.exit_const(pc.wrapping_add(imm as u64), done, None);
            }
            Op::Jalr => {
                let a = self.reg(insn.rs1);
                let t = self.b.ins().iadd_imm_s(a, imm);
                let t = self.b.ins().band_imm_s(t, !1i64);
                let link = self.b.ins().iconst(I64, next as i64);
                self.set_reg(insn.rd, link);
                self.exit(t, done, None);
            }
            _ => {
                let a = self.reg(insn.rs1);
                let b = self.reg(insn.rs2);
                let cc = match insn.op {
                    Op::Beq => IntCC::Equal,
                    Op::Bne => IntCC::NotEqual,
                    Op::Blt => IntCC::SignedLessThan,
                    Op::Bge => IntCC::SignedGreaterThanOrEqual,
                    Op::Bltu => IntCC::UnsignedLessThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                let cond = self.b.ins().icmp(cc, a, b);
                let taken = self.b.create_block();
                let fall = self.b.create_block();
                self.b.ins().brif(cond, taken, &[], fall, &[]);
                self.b.switch_to_block(taken);
                self.exit_const(pc.wrapping_add(imm as u64), done, None);
                self.b.switch_to_block(fall);
                self.exit_const(next, done, None);
            }
        }
    }

    fn inline(&mut self, insn: &Insn, pc: u64, next: u64, i: u64) {
        use Op::*;
        let imm = i64::from(insn.imm);
        let rd = insn.rd;
        let v = match insn.op {
            Lui => self.b.ins().iconst(I64, imm),
            Auipc => self.b.ins().iconst(I64, pc.wrapping_add(imm as u64) as i64),
            Fence => return,
            Lb | Lh | Lw | Ld | Lbu | Lhu | Lwu => {
                self.load(insn, pc, next, i);
                return;
            }
            Sb | Sh | Sw | Sd => {
                self.store(insn, pc, next, i);
                return;
            }
            Addi | Slti | Sltiu | Xori | Ori | Andi | Slli | Srli | Srai | Addiw | Slliw
            | Srliw | Sraiw => {
                let a = self.reg(insn.rs1);
                self.alu_imm(insn.op, a, imm)
            }
            _ => {
                let a = self.reg(insn.rs1);
                let b = self.reg(insn.rs2);
                self.alu(insn.op, a, b)
            }
        };
        self.set_reg(rd, v);
    }

    fn bool64(&mut self, cond: Value) -> Value {
        self.b.ins().uextend(I64, cond)
    }

    fn sext32(&mut self, v: Value) -> Value {
        let w = self.b.ins().ireduce(I32, v);
        self.b.ins().sextend(I64, w)
    }

    fn alu_imm(&mut self, op: Op, a: Value, imm: i64) -> Value {
        use Op::*;
        match op {
            Addi => self.b.ins().iadd_imm_s(a, imm),
            Slti => {
                let c = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, imm);
                self.bool64(c)
            }
            Sltiu => {
                let c = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, a, imm);
                self.bool64(c)
            }
            Xori => self.b.ins().bxor_imm_s(a, imm),
            Ori => self.b.ins().bor_imm_s(a, imm),
            Andi => self.b.ins().band_imm_s(a, imm),
            Slli => self.b.ins().ishl_imm_s(a, imm & 63),
            Srli => self.b.ins().ushr_imm_s(a, imm & 63),
            Srai => self.b.ins().sshr_imm_s(a, imm & 63),
            Addiw => {
                let s = self.b.ins().iadd_imm_s(a, imm);
                self.sext32(s)
            }
            Slliw => {
                let w = self.b.ins().ireduce(I32, a);
                let s = self.b.ins().ishl_imm_s(w, imm & 31);
                self.b.ins().sextend(I64, s)
            }
            Srliw => {
                let w = self.b.ins().ireduce(I32, a);
                let s = self.b.ins().ushr_imm_s(w, imm & 31);
                self.b.ins().sextend(I64, s)
            }
            _ => {
                let w = self.b.ins().ireduce(I32, a);
                let s = self.b.ins().sshr_imm_s(w, imm & 31);
                self.b.ins().sextend(I64, s)
            }
        }
    }

    fn alu(&mut self, op: Op, a: Value, b: Value) -> Value {
        use Op::*;
        match op {
            Add => self.b.ins().iadd(a, b),
            Sub => self.b.ins().isub(a, b),
            Sll => self.b.ins().ishl(a, b),
            Srl => self.b.ins().ushr(a, b),
            Sra => self.b.ins().sshr(a, b),
            Slt => {
                let c = self.b.ins().icmp(IntCC::SignedLessThan, a, b);
                self.bool64(c)
            }
            Sltu => {
                let c = self.b.ins().icmp(IntCC::UnsignedLessThan, a, b);
                self.bool64(c)
            }
            Xor => self.b.ins().bxor(a, b),
            Or => self.b.ins().bor(a, b),
            And => self.b.ins().band(a, b),
            Addw => {
                let s = self.b.ins().iadd(a, b);
                self.sext32(s)
            }
            Subw => {
                let s = self.b.ins().isub(a, b);
                self.sext32(s)
            }
            Sllw | Srlw | Sraw => {
                let w = self.b.ins().ireduce(I32, a);
                let n = self.b.ins().band_imm_s(b, 31);
                let s = match op {
                    Sllw => self.b.ins().ishl(w, n),
                    Srlw => self.b.ins().ushr(w, n),
                    _ => self.b.ins().sshr(w, n),
                };
                self.b.ins().sextend(I64, s)
            }
            Mul => self.b.ins().imul(a, b),
            Mulh => self.b.ins().smulhi(a, b),
            Mulhu => self.b.ins().umulhi(a, b),
            Mulhsu => {
                // a signed, b unsigned: umulhi(a, b) - (a < 0 ? b : 0).
                let hi = self.b.ins().umulhi(a, b);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a, 0);
                let zero = self.b.ins().iconst(I64, 0);
                let corr = self.b.ins().select(neg, b, zero);
                self.b.ins().isub(hi, corr)
            }
            Mulw => {
                let p = self.b.ins().imul(a, b);
                self.sext32(p)
            }
            Div | Rem | Divu | Remu => self.div(op, a, b, I64),
            _ => {
                let a32 = self.b.ins().ireduce(I32, a);
                let b32 = self.b.ins().ireduce(I32, b);
                let r = self.div(op, a32, b32, I32);
                self.b.ins().sextend(I64, r)
            }
        }
    }

    /// Division and remainder with RISC-V's results for a zero divisor (quotient all ones,
    /// remainder the dividend) and for signed overflow (quotient the dividend, remainder 0),
    /// on `ty`-wide values.
    fn div(&mut self, op: Op, a: Value, b: Value, ty: Type) -> Value {
        use Op::*;
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        let one = self.b.ins().iconst(ty, 1);
        let signed = matches!(op, Div | Rem | Divw | Remw);
        let bad = if signed {
            let min = if ty == I32 {
                i64::from(i32::MIN)
            } else {
                i64::MIN
            };
            let a_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, min);
            let b_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
            let ovf = self.b.ins().band(a_min, b_m1);
            self.b.ins().bor(zero, ovf)
        } else {
            zero
        };
        let safe = self.b.ins().select(bad, one, b);
        match op {
            Div | Divw => {
                let q = self.b.ins().sdiv(a, safe);
                let m1 = self.b.ins().iconst(ty, -1);
                self.b.ins().select(zero, m1, q)
            }
            Divu | Divuw => {
                let q = self.b.ins().udiv(a, safe);
                let m1 = self.b.ins().iconst(ty, -1);
                self.b.ins().select(zero, m1, q)
            }
            Rem | Remw => {
                let r = self.b.ins().srem(a, safe);
                self.b.ins().select(zero, a, r)
            }
            _ => {
                let r = self.b.ins().urem(a, safe);
                self.b.ins().select(zero, a, r)
            }
        }
    }

    // ----- memory --------------------------------------------------------------------------

    /// The host address of the `size`-byte access at virtual `addr`, in a new block where
    /// the inline path goes on; every case the inline path cannot serve branches to `slow`.
    /// Stores also require the watch bytes of the page to be zero.
    fn host_address(&mut self, addr: Value, size: u64, store: bool, slow: Block) -> Value {
        let direct_block = self.b.create_block();
        let tlb_block = self.b.create_block();
        let ram_block = self.b.create_block();
        let paddr = self.b.append_block_param(ram_block, I64);
        self.b
            .ins()
            .brif(self.data_direct, direct_block, &[], tlb_block, &[]);

        // Physical addressing: the address itself. A store must not cross a page (its two
        // watch bytes would both need checking).
        self.b.switch_to_block(direct_block);
        if store && size > 1 {
            let in_page = self.b.ins().band_imm_s(addr, 0xfff);
            let ok = self.b.ins().icmp_imm_s(
                IntCC::UnsignedLessThanOrEqual,
                in_page,
                (0x1000 - size) as i64,
            );
            self.b.ins().brif(ok, ram_block, &[addr.into()], slow, &[]);
        } else {
            self.b.ins().jump(ram_block, &[addr.into()]);
        }

        // Translated: a hit in the translation cache, inside one page.
        self.b.switch_to_block(tlb_block);
        let kind = if store { TLB_STORE } else { TLB_LOAD };
        let vpn = self.b.ins().ushr_imm_s(addr, 12);
        let index = self.b.ins().band_imm_s(vpn, (TLB_ENTRIES - 1) as i64);
        let byte_index = self.b.ins().ishl_imm_s(index, 4);
        let entries = self.ctx_field(Field::TlbEntries);
        let entry = self.b.ins().iadd(entries, byte_index);
        let kind_offset = (kind * TLB_ENTRIES as i64 * 16) as i32;
        let tag = self.b.ins().load(I64, trusted(), entry, kind_offset);
        let gen_ptr = self.ctx_field(Field::TlbGeneration);
        let generation = self.b.ins().load(I64, trusted(), gen_ptr, 0);
        let gen_shifted = self.b.ins().ishl_imm_s(generation, i64::from(TAG_VPN_BITS));
        let want = self.b.ins().bor(gen_shifted, vpn);
        let hit = self.b.ins().icmp(IntCC::Equal, tag, want);
        let hit = if size > 1 {
            let in_page = self.b.ins().band_imm_s(addr, 0xfff);
            let fits = self.b.ins().icmp_imm_s(
                IntCC::UnsignedLessThanOrEqual,
                in_page,
                (0x1000 - size) as i64,
            );
            self.b.ins().band(hit, fits)
        } else {
            hit
        };
        let tlb_hit = self.b.create_block();
        self.b.ins().brif(hit, tlb_hit, &[], slow, &[]);
        self.b.switch_to_block(tlb_hit);
        let base = self.b.ins().load(I64, trusted(), entry, kind_offset + 8);
        let low = self.b.ins().band_imm_s(addr, 0xfff);
        let pa = self.b.ins().bor(base, low);
        self.b.ins().jump(ram_block, &[pa.into()]);

        // RAM check (and the watch byte for stores).
        self.b.switch_to_block(ram_block);
        let off = self.b.ins().iadd_imm_s(paddr, -(RAM_START as i64));
        let length = self.ctx_field(Field::RamLength);
        let limit = self.b.ins().iadd_imm_s(length, -(size as i64));
        let in_ram = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, off, limit);
        let access = self.b.create_block();
        if store {
            let check_watch = self.b.create_block();
            self.b.ins().brif(in_ram, check_watch, &[], slow, &[]);
            self.b.switch_to_block(check_watch);
            let watch = self.ctx_field(Field::Watch);
            let page = self.b.ins().ushr_imm_s(off, 12);
            let at = self.b.ins().iadd(watch, page);
            let flags = self.b.ins().uload8(I32, trusted(), at, 0);
            self.b.ins().brif(flags, slow, &[], access, &[]);
        } else {
            self.b.ins().brif(in_ram, access, &[], slow, &[]);
        }
        self.b.switch_to_block(access);
        let ram = self.ctx_field(Field::Ram);
        self.b.ins().iadd(ram, off)
    }

    fn attention_set(&mut self) -> Value {
        let p = self.ctx_field(Field::Attention);
        self.b.ins().uload8(I32, trusted(), p, 0)
    }

    fn load(&mut self, insn: &Insn, pc: u64, next: u64, i: u64) {
        let (log2, signed) = match insn.op {
            Op::Lb => (0, true),
            Op::Lh => (1, true),
            Op::Lw => (2, true),
            Op::Ld => (3, false),
            Op::Lbu => (0, false),
            Op::Lhu => (1, false),
            _ => (2, false),
        };
        let size = 1u64 << log2;
        let base = self.reg(insn.rs1);
        let addr = self.b.ins().iadd_imm_s(base, i64::from(insn.imm));
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let value = self.b.append_block_param(done, I64);
        self.b.set_cold_block(slow);

        let host = self.host_address(addr, size, false, slow);
        let mem = guest_mem();
        let v = match (size, signed) {
            (1, true) => self.b.ins().sload8(I64, mem, host, 0),
            (1, false) => self.b.ins().uload8(I64, mem, host, 0),
            (2, true) => self.b.ins().sload16(I64, mem, host, 0),
            (2, false) => self.b.ins().uload16(I64, mem, host, 0),
            (4, true) => self.b.ins().sload32(mem, host, 0),
            (4, false) => self.b.ins().uload32(mem, host, 0),
            _ => self.b.ins().load(I64, mem, host, 0),
        };
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(slow);
        self.store_counters(i, i);
        let f = self.helper_addr(helpers::load as *const () as usize);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        let k = log2
            | if signed {
                helpers::load_kind::SIGNED
            } else {
                0
            };
        let kv = self.b.ins().iconst(I64, k as i64);
        let call = self
            .b
            .ins()
            .call_indirect(self.sig_load, f, &[self.ctx, addr, pcv, kv]);
        let v = self.b.inst_results(call)[0];
        let exit = self.ctx_field(Field::Exit);
        self.side_exit_if(exit, |l| l.exit_after_helper());
        let att = self.attention_set();
        let rd = insn.rd;
        self.side_exit_if(att, |l| l.exit_const(next, i + 1, Some((rd, v))));
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(done);
        self.set_reg(insn.rd, value);
    }

    fn store(&mut self, insn: &Insn, pc: u64, next: u64, i: u64) {
        let log2 = match insn.op {
            Op::Sb => 0,
            Op::Sh => 1,
            Op::Sw => 2,
            _ => 3,
        };
        let size = 1u64 << log2;
        let base = self.reg(insn.rs1);
        let value = self.reg(insn.rs2);
        let addr = self.b.ins().iadd_imm_s(base, i64::from(insn.imm));
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(slow);

        let host = self.host_address(addr, size, true, slow);
        let mem = guest_mem();
        match size {
            1 => self.b.ins().istore8(mem, value, host, 0),
            2 => self.b.ins().istore16(mem, value, host, 0),
            4 => self.b.ins().istore32(mem, value, host, 0),
            _ => self.b.ins().store(mem, value, host, 0),
        };
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(slow);
        self.store_counters(i, i);
        let f = self.helper_addr(helpers::store as *const () as usize);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        let kv = self.b.ins().iconst(I64, log2);
        self.b
            .ins()
            .call_indirect(self.sig_store, f, &[self.ctx, addr, value, pcv, kv]);
        let exit = self.ctx_field(Field::Exit);
        self.side_exit_if(exit, |l| l.exit_after_helper());
        let att = self.attention_set();
        self.side_exit_if(att, |l| l.exit_const(next, i + 1, None));
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
    }

    // ----- F and D on the host FPU, where it provably gives SoftFloat's bits -------------------
    //
    // The interpreter (SoftFloat) defines every FP result. An FP instruction runs inline only
    // when the host's IEEE 754 arithmetic must give the same result bits and the same fflags
    // and `mstatus`, checked at run time; otherwise it calls the interpreter's helper:
    // - `mstatus.FS` is Dirty already (so nothing about FS or SD changes);
    // - for rounded arithmetic: the rounding mode is RNE (the host's), and `fflags.NX` is
    //   already set (the host does not tell whether a result was inexact; NX is sticky);
    // - every operand is a finite normal number (not zero, subnormal, infinite or NaN; singles
    //   properly NaN-boxed), positive for square roots;
    // - the result is normal with a biased exponent of at least 2.
    // Then no other flag can arise: NV needs a NaN, an infinity or a zero operand (0 × ∞,
    // ∞ − ∞, 0/0, √−x), DZ a zero divisor, OF an infinite result, and UF a result below
    // 2^emin after rounding with unbounded exponent (exponent ≥ 2 keeps it clear of that
    // boundary). Correctly rounded host operations (SSE `add/sub/mul/div/sqrt`, FMA3) agree
    // with SoftFloat on such inputs bit for bit.

    /// Loads FP register `r` (its 64 bits).
    fn freg(&mut self, r: u8) -> Value {
        self.b.ins().load(I64, trusted(), self.hart, f_offset(r))
    }

    fn set_freg(&mut self, r: u8, v: Value) {
        self.b.ins().store(trusted(), v, self.hart, f_offset(r));
    }

    /// `mstatus.FS` is Dirty.
    fn fs_dirty(&mut self) -> Value {
        let mstatus = self
            .b
            .ins()
            .load(I64, trusted(), self.hart, mstatus_offset());
        let fs = self.b.ins().band_imm_s(mstatus, MSTATUS_FS as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, fs, MSTATUS_FS as i64)
    }

    /// The biased exponent field of `bits` (an `I64` holding a double, or a single in its low
    /// 32 bits) lies in `lo..=max - 1`, where `max` is the all-ones exponent.
    fn exponent_in(&mut self, bits: Value, double: bool, lo: i64) -> Value {
        let (shift, mask) = if double { (52, 0x7ff) } else { (23, 0xff) };
        let e = self.b.ins().ushr_imm_s(bits, shift);
        let e = self.b.ins().band_imm_s(e, mask);
        let e = self.b.ins().iadd_imm_s(e, -lo);
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, e, mask - lo)
    }

    /// An FP operand as a host float, and whether it is a finite normal number (for a single,
    /// also properly NaN-boxed).
    fn fp_operand(&mut self, r: u8, double: bool) -> (Value, Value) {
        let bits = self.freg(r);
        if double {
            let ok = self.exponent_in(bits, true, 1);
            let v = self.b.ins().bitcast(F64, MemFlagsData::new(), bits);
            (v, ok)
        } else {
            let hi = self.b.ins().ushr_imm_s(bits, 32);
            let boxed = self.b.ins().icmp_imm_s(IntCC::Equal, hi, 0xffff_ffff);
            let normal = self.exponent_in(bits, false, 1);
            let ok = self.b.ins().band(boxed, normal);
            let low = self.b.ins().ireduce(I32, bits);
            let v = self.b.ins().bitcast(F32, MemFlagsData::new(), low);
            (v, ok)
        }
    }

    /// Tries to lower `insn` (run by a helper otherwise) with a host fast path and the helper
    /// as its slow path. Returns false, having emitted nothing, for instructions it does not
    /// handle.
    fn fp_inline(&mut self, insn: &Insn, pc: u64, i: u64) -> bool {
        use Op::*;
        let rounded = matches!(
            insn.op,
            FaddS | FsubS | FmulS | FdivS | FsqrtS | FaddD | FsubD | FmulD | FdivD | FsqrtD
        );
        let fused = matches!(
            insn.op,
            FmaddS | FmsubS | FnmsubS | FnmaddS | FmaddD | FmsubD | FnmsubD | FnmaddD
        );
        let handled = rounded
            || (fused && self.fma)
            || matches!(
                insn.op,
                Flw | Fld
                    | Fsw
                    | Fsd
                    | FsgnjD
                    | FsgnjnD
                    | FsgnjxD
                    | FmvXD
                    | FmvDX
                    | FeqD
                    | FltD
                    | FleD
            );
        // Static rounding modes other than RNE (0) and DYN (7) always take the helper.
        if !handled || ((rounded || fused) && insn.imm != 0 && insn.imm != 7) {
            return false;
        }
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(slow);
        let mut ok = self.fs_dirty();

        match insn.op {
            Flw | Fld | Fsw | Fsd => {
                let cont = self.b.create_block();
                self.b.ins().brif(ok, cont, &[], slow, &[]);
                self.b.switch_to_block(cont);
                let store = matches!(insn.op, Fsw | Fsd);
                let size = if matches!(insn.op, Flw | Fsw) { 4 } else { 8 };
                let base = self.reg(insn.rs1);
                let addr = self.b.ins().iadd_imm_s(base, i64::from(insn.imm));
                let host = self.host_address(addr, size, store, slow);
                match (store, size) {
                    (false, 4) => {
                        let w = self.b.ins().uload32(guest_mem(), host, 0);
                        let v = self.b.ins().bor_imm_s(w, 0xffff_ffff_0000_0000_u64 as i64);
                        self.set_freg(insn.rd, v);
                    }
                    (false, _) => {
                        let v = self.b.ins().load(I64, guest_mem(), host, 0);
                        self.set_freg(insn.rd, v);
                    }
                    (true, 4) => {
                        let v = self.freg(insn.rs2);
                        self.b.ins().istore32(guest_mem(), v, host, 0);
                    }
                    (true, _) => {
                        let v = self.freg(insn.rs2);
                        self.b.ins().store(guest_mem(), v, host, 0);
                    }
                }
                self.b.ins().jump(done, &[]);
            }
            FsgnjD | FsgnjnD | FsgnjxD | FmvDX => {
                let v = match insn.op {
                    FmvDX => self.reg(insn.rs1),
                    _ => {
                        let a = self.freg(insn.rs1);
                        let b = self.freg(insn.rs2);
                        let sign = self.b.ins().iconst(I64, i64::MIN);
                        let magnitude = self.b.ins().band_imm_s(a, i64::MAX);
                        match insn.op {
                            FsgnjD => {
                                let s = self.b.ins().band(b, sign);
                                self.b.ins().bor(magnitude, s)
                            }
                            FsgnjnD => {
                                let nb = self.b.ins().bnot(b);
                                let s = self.b.ins().band(nb, sign);
                                self.b.ins().bor(magnitude, s)
                            }
                            _ => {
                                let s = self.b.ins().band(b, sign);
                                self.b.ins().bxor(a, s)
                            }
                        }
                    }
                };
                let fast = self.b.create_block();
                self.b.ins().brif(ok, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                self.set_freg(insn.rd, v);
                self.b.ins().jump(done, &[]);
            }
            FmvXD | FeqD | FltD | FleD => {
                let v = if insn.op == FmvXD {
                    self.freg(insn.rs1)
                } else {
                    // No flags for ordered operands: neither may be a NaN (nor, for
                    // simplicity, an infinity).
                    let a_bits = self.freg(insn.rs1);
                    let b_bits = self.freg(insn.rs2);
                    let a_ok = self.exponent_in(a_bits, true, 0);
                    let b_ok = self.exponent_in(b_bits, true, 0);
                    ok = self.b.ins().band(ok, a_ok);
                    ok = self.b.ins().band(ok, b_ok);
                    let a = self.b.ins().bitcast(F64, MemFlagsData::new(), a_bits);
                    let b = self.b.ins().bitcast(F64, MemFlagsData::new(), b_bits);
                    let cc = match insn.op {
                        FeqD => FloatCC::Equal,
                        FltD => FloatCC::LessThan,
                        _ => FloatCC::LessThanOrEqual,
                    };
                    let c = self.b.ins().fcmp(cc, a, b);
                    self.b.ins().uextend(I64, c)
                };
                let fast = self.b.create_block();
                self.b.ins().brif(ok, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                self.set_reg(insn.rd, v);
                self.b.ins().jump(done, &[]);
            }
            _ => {
                let double = matches!(
                    insn.op,
                    FaddD | FsubD | FmulD | FdivD | FsqrtD | FmaddD | FmsubD | FnmsubD | FnmaddD
                );
                // RNE (static, or dynamic with frm = RNE) and NX already raised.
                let fcsr = self.b.ins().load(I64, trusted(), self.hart, fcsr_offset());
                let mask = if insn.imm == 7 { 0xe1 } else { 0x01 };
                let bits = self.b.ins().band_imm_s(fcsr, mask);
                let rm_nx = self.b.ins().icmp_imm_s(IntCC::Equal, bits, 1);
                ok = self.b.ins().band(ok, rm_nx);
                let (a, a_ok) = self.fp_operand(insn.rs1, double);
                ok = self.b.ins().band(ok, a_ok);
                let r = if matches!(insn.op, FsqrtS | FsqrtD) {
                    let zero = if double {
                        self.b.ins().f64const(0.0)
                    } else {
                        self.b.ins().f32const(0.0)
                    };
                    let positive = self.b.ins().fcmp(FloatCC::GreaterThan, a, zero);
                    ok = self.b.ins().band(ok, positive);
                    self.b.ins().sqrt(a)
                } else {
                    let (b, b_ok) = self.fp_operand(insn.rs2, double);
                    ok = self.b.ins().band(ok, b_ok);
                    match insn.op {
                        FaddS | FaddD => self.b.ins().fadd(a, b),
                        FsubS | FsubD => self.b.ins().fsub(a, b),
                        FmulS | FmulD => self.b.ins().fmul(a, b),
                        FdivS | FdivD => self.b.ins().fdiv(a, b),
                        _ => {
                            let (c, c_ok) = self.fp_operand(insn.rs3, double);
                            ok = self.b.ins().band(ok, c_ok);
                            // fmsub: a·b − c; fnmsub: −(a·b) + c; fnmadd: −(a·b) − c (RNE
                            // is symmetric, so negating an operand is exact).
                            let (a, c) = match insn.op {
                                FmaddS | FmaddD => (a, c),
                                FmsubS | FmsubD => (a, self.b.ins().fneg(c)),
                                FnmsubS | FnmsubD => (self.b.ins().fneg(a), c),
                                _ => (self.b.ins().fneg(a), self.b.ins().fneg(c)),
                            };
                            self.b.ins().fma(a, b, c)
                        }
                    }
                };
                let bits = if double {
                    self.b.ins().bitcast(I64, MemFlagsData::new(), r)
                } else {
                    let w = self.b.ins().bitcast(I32, MemFlagsData::new(), r);
                    let w = self.b.ins().uextend(I64, w);
                    self.b.ins().bor_imm_s(w, 0xffff_ffff_0000_0000_u64 as i64)
                };
                let r_ok = self.exponent_in(bits, double, 2);
                ok = self.b.ins().band(ok, r_ok);
                let fast = self.b.create_block();
                self.b.ins().brif(ok, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                self.set_freg(insn.rd, bits);
                self.b.ins().jump(done, &[]);
            }
        }

        self.b.switch_to_block(slow);
        self.helper(insn, pc, i);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        true
    }
}
