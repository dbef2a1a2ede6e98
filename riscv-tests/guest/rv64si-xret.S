# rv64si-xret: mret/sret state changes and the mstatus fields that go with them.
#   mret (priv. spec 3.3.2): pc = mepc, privilege = MPP, MIE = MPIE,
#   MPIE = 1, MPP = U (the least-privileged supported mode), and MPRV = 0
#   when the new mode is not M (MPRV is kept by an mret to M).
#   sret: privilege = SPP, SIE = SPIE, SPIE = 1, SPP = U, MPRV = 0 (the new
#   mode is never M); sret is legal in M (MPRV cleared too); illegal in U,
#   and in S when mstatus.TSR = 1 (TSR does not affect M). mret is illegal
#   in S and U. Illegal xRET: mtval = the instruction bits.
#   mstatus: UXL = SXL = 2 (64-bit); MPP is WARL (writing 2, reserved,
#   leaves a legal value); sstatus shows SIE/SPIE/SPP/SUM/MXR/UXL only,
#   and writing all ones to it changes neither MIE, MPIE nor MPP.
# KNOWN QEMU DIFFERENCE (check 6): QEMU 7.2 stores MPP = 2 as written
#   (spec 3.1.6.1: "xPP fields are WARL fields that can hold only privilege
#   mode x and any implemented privilege mode lower than x").
# KNOWN QEMU DIFFERENCE (checks 12, 13, 22: the MPRV part): QEMU 7.2 does
#   not clear MPRV on an mret/sret to S or U (spec 3.1.6.3: "An MRET or
#   SRET instruction that changes the privilege mode to a mode less
#   privileged than M also sets MPRV=0").
#   misa: MXL = 2 and A, C, I, M, S, U set.
#include "test.h"
#include "test_macros.h"

#define XRET_BITS (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)
#ifndef QEMU72
#define MPRV_CLEARED MSTATUS_MPRV
#else
#define MPRV_CLEARED 0   /* QEMU 7.2 keeps MPRV on mret/sret to S/U */
#endif
#define XRET_BITS_LOW (XRET_BITS & ~MSTATUS_MPRV | MPRV_CLEARED)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  SI_INSTALL
  li s7, 0

  #------------------------------------------------------------- misa, UXL/SXL, MPP WARL
  TEST_CASE(2, x14, 2, csrr x14, misa; srli x14, x14, 62)
  TEST_CASE(3, x14, 0x141105, csrr x14, misa; li x7, 0x141105; and x14, x14, x7)
  TEST_CASE(4, x14, 0xa, csrr x14, mstatus; srli x14, x14, 32; andi x14, x14, 0xf)
  TEST_CASE(5, x14, 0x2, csrr x14, sstatus; srli x14, x14, 32; andi x14, x14, 0xf)
#ifndef QEMU72
  # MPP = 2 (reserved) reads back as a legal mode (0, 1 or 3)
  li TESTNUM, 6
  li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, 2 << 11; csrs mstatus, t0
  csrr x14, mstatus; srli x14, x14, 11; andi x14, x14, 3; li x7, 2; beq x14, x7, fail
#endif
  # sstatus: no M fields; writing all ones leaves MIE/MPIE/MPP alone
  li TESTNUM, 7
  li t0, MSTATUS_MPP; csrs mstatus, t0
  li t0, MSTATUS_MIE | MSTATUS_MPIE; csrc mstatus, t0
  csrr x14, sstatus; CHECK_FIELD(x14, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR, 0)
  li TESTNUM, 8
  li t0, -1; csrw sstatus, t0
  csrr x14, mstatus; CHECK_FIELD(x14, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR, MSTATUS_MPP)
  CHECK_FIELD(x14, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR)
  li TESTNUM, 9
  csrw sstatus, zero
  csrr x14, mstatus; CHECK_FIELD(x14, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_MPP, MSTATUS_MPP)

  #------------------------------------------------------------- mret to M
  # MPIE = 1, MIE = 0, MPP = M -> MIE = 1, MPIE = 1, MPP = U (mie = 0: no interrupt)
  li TESTNUM, 10
  li t0, MSTATUS_MPIE | MSTATUS_MPP; csrs mstatus, t0
  la t0, 1f; csrw mepc, t0; mret; j fail
1: csrr x14, mstatus; CHECK_FIELD(x14, XRET_BITS, MSTATUS_MIE | MSTATUS_MPIE)
  # MPIE = 0 -> MIE = 0, MPIE = 1; MPRV kept (the new mode is M)
  li TESTNUM, 11
  li t0, MSTATUS_MPIE | MSTATUS_MIE; csrc mstatus, t0
  li t0, MSTATUS_MPP | MSTATUS_MPRV; csrs mstatus, t0
  la t0, 1f; csrw mepc, t0; mret; j fail
1: csrr x14, mstatus; CHECK_FIELD(x14, XRET_BITS, MSTATUS_MPIE | MSTATUS_MPRV)
  li t0, MSTATUS_MPRV; csrc mstatus, t0

  #------------------------------------------------------------- mret to S / U clears MPRV
  li t0, MSTATUS_MPRV | MSTATUS_MPIE; csrs mstatus, t0
  GO_MODE(12, PRV_S); 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  # at the ecall: MPP = S, MPIE = MIE in S = 1 (from MPIE), MPRV = 0
  CHECK_FIELD(s2, XRET_BITS_LOW, MSTATUS_MPIE | (PRV_S << 11))
  li t0, MSTATUS_MPRV; csrs mstatus, t0
  li t0, MSTATUS_MPIE; csrc mstatus, t0
  GO_MODE(13, PRV_U); 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  CHECK_FIELD(s2, XRET_BITS_LOW, 0)
  li t0, MSTATUS_MPRV; csrc mstatus, t0

  #------------------------------------------------------------- sret from S
  # to U: SPP = 0, SPIE = 1, SIE = 0 -> SIE = 1, SPIE = 1, SPP = 0; U's ecall -> cause 8
  li t0, MSTATUS_SPP | MSTATUS_SIE; csrc mstatus, t0
  li t0, MSTATUS_SPIE; csrs mstatus, t0
  GO_MODE(20, PRV_S); la t0, 88f; csrw sepc, t0; sret; j fail; 88: ecall; END_TRAP(CAUSE_USER_ECALL)
  CHECK_FIELD(s2, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_MPP, MSTATUS_SIE | MSTATUS_SPIE)
  # to S: SPP = 1, SPIE = 0, SIE = 1 -> SIE = 0, SPIE = 1, SPP = 0 (read in S)
  li t0, MSTATUS_SPP | MSTATUS_SIE; csrs mstatus, t0
  li t0, MSTATUS_SPIE; csrc mstatus, t0
  GO_MODE(21, PRV_S); la t0, 1f; csrw sepc, t0; sret; j fail; 1: csrr x14, sstatus; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  CHECK_FIELD(x14, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP, MSTATUS_SPIE)

  #------------------------------------------------------------- sret in M
  # SPP = U: goes to U, clears MPRV (set with MPP = M, so M's accesses are
  # not translated meanwhile)
  li TESTNUM, 22
  li t0, MSTATUS_SPP; csrc mstatus, t0
  li t0, MSTATUS_MPRV | MSTATUS_MPP; csrs mstatus, t0
  la s8, 89f; li s9, -1; li s10, -1
  la t0, 88f; csrw sepc, t0; sret; j fail
88: ecall
  j fail
89: li x7, CAUSE_USER_ECALL; bne s9, x7, fail
  la x7, 88b; bne s10, x7, fail
  CHECK_FIELD(s2, MPRV_CLEARED | MSTATUS_MPP, 0)
  li t0, MSTATUS_MPRV; csrc mstatus, t0
  # SPP = S: goes to S
  li TESTNUM, 23
  li t0, MSTATUS_SPP; csrs mstatus, t0
  la s8, 89f; li s9, -1; li s10, -1
  la t0, 88f; csrw sepc, t0; sret; j fail
88: ecall
  j fail
89: li x7, CAUSE_SUPERVISOR_ECALL; bne s9, x7, fail
  # TSR does not affect sret in M
  li TESTNUM, 24
  li t0, MSTATUS_TSR; csrs mstatus, t0
  li t0, MSTATUS_SPP; csrs mstatus, t0
  la s8, 89f; li s9, -1; li s10, -1
  la t0, 88f; csrw sepc, t0; sret; j fail
88: ecall
  j fail
89: li x7, CAUSE_SUPERVISOR_ECALL; bne s9, x7, fail

  #------------------------------------------------------------- illegal xRETs
  # TSR = 1 (still set): sret in S is illegal
  GO_MODE(30, PRV_S); 88: sret; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_SRET)
  li t0, MSTATUS_TSR; csrc mstatus, t0
  GO_MODE(31, PRV_U); 88: sret; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_SRET)
  GO_MODE(32, PRV_S); 88: mret; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_MRET)
  GO_MODE(33, PRV_U); 88: mret; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(INSN_MRET)
  # with TSR = 0, sret in S works (returns to S at sepc)
  li t0, MSTATUS_SPP; csrs mstatus, t0
  GO_MODE(34, PRV_S); la t0, 88f; csrw sepc, t0; li t0, MSTATUS_SPP; csrs sstatus, t0; sret; j fail; 88: ecall; END_TRAP(CAUSE_SUPERVISOR_ECALL)
  # the TSR/TW/TVM bits read back
  TEST_CASE(35, x14, MSTATUS_TSR | MSTATUS_TW | MSTATUS_TVM, li t0, MSTATUS_TSR | MSTATUS_TW | MSTATUS_TVM; csrs mstatus, t0; csrr x14, mstatus; csrc mstatus, t0; and x14, x14, t0)

  TEST_PASSFAIL

  MS_TRAP_HANDLER
  SI_TRAP_HANDLER

RVTEST_CODE_END
