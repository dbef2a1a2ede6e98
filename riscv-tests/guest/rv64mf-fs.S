# rv64mf-fs: mstatus.FS and the rounding-mode field (machine mode).
#   FS = Off: every F/D instruction (arithmetic, fused, loads/stores, moves,
#   compressed c.fld) and every access to fcsr / frm / fflags (also a plain
#   read) is an illegal instruction: mcause 2, mepc = the instruction, mtval =
#   its bits (16 bits for c.fld); FS stays Off.
#   FS = Initial or Clean becomes Dirty when an instruction writes an f
#   register (fmv.w.x, flw, fadd.s) or fcsr state (csrw fflags / frm, an
#   operation that only raises a flag: feq.s of a signalling NaN); it stays
#   as it is for instructions that only read FP state (fmv.x.w, fsw, fclass.s,
#   csrr fcsr). SD (bit 63) reads 1 exactly when FS = Dirty (XS = VS = 0).
#   Raising a flag is a write of fflags, so it makes FS Dirty also for an
#   instruction whose only destination is an x register (feq.s of an sNaN: NV;
#   fcvt.w.s: NV / NX) (privileged spec, "Extension Context Status": FS
#   tracks the whole F state, fcsr included).
#   Rounding mode: rm = 5 and 6 in the instruction are reserved (illegal
#   instruction, mtval = the bits), and rm = DYN (7) is illegal while frm holds
#   5, 6 or 7; a static rm and instructions without a rounding mode (fsgnj.s,
#   fmv.x.w) still execute with frm = 7.
# KNOWN QEMU 7.2 DIFFERENCE: QEMU marks FS Dirty only when an f register or
# fcsr/frm/fflags (through a CSR instruction) is written; flags raised by
# feq/flt/fle, fclass or fcvt to an integer leave FS Clean.
# Build-time define QEMU72 (only for check-qemu.sh's QEMU variant): skip
# checks 42..47.
#include "test.h"
#include "test_macros.h"

#define SET_FS(v)   li t0, MSTATUS_FS; csrc mstatus, t0; li t0, (v) << 13; csrs mstatus, t0
#define GET_FS(reg) csrr reg, mstatus; srli reg, reg, 13; andi reg, reg, 3
#define GET_SD(reg) csrr reg, mstatus; srli reg, reg, 63
#define FS_OFF     0
#define FS_INITIAL 1
#define FS_CLEAN   2
#define FS_DIRTY   3

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL
  la x15, fdat

  #------------------------------------------------------------- FS = Off: illegal
  TEST_CASE(2, x14, FS_OFF, GET_FS(x14))
  SET_FS(FS_OFF)
  EXPECT_TRAP(3);  fadd.s f1, f2, f3;        END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003170d3)
  EXPECT_TRAP(4);  flw f1, 0(x15);           END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x0007a087)
  EXPECT_TRAP(5);  fsd f1, 8(x15);           END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x0017b427)
  EXPECT_TRAP(6);  fmv.x.w x14, f1;          END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xe0008753)
  EXPECT_TRAP(7);  fmv.w.x f1, x0;           END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xf00000d3)
  EXPECT_TRAP(8);  fmadd.d f1, f2, f3, f4;   END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x223170c3)
  EXPECT_TRAP(9);  csrr x14, fcsr;           END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x00302773)
  EXPECT_TRAP(10); csrw frm, x0;             END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x00201073)
  EXPECT_TRAP(11); csrrsi x14, fflags, 0;    END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x00106773)
  la x9, fdat
  EXPECT_TRAP(12); .option push; .option rvc; c.fld f8, 0(x9); .option pop; ALIGN4; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x2080)
  # still Off, rd of the trapping fmv.x.w not written
  TEST_CASE(13, x14, FS_OFF, GET_FS(x14))
  TEST_CASE(14, x14, 0x77, li x14, 0x77; EXPECT_TRAP(14); fmv.x.w x14, f1; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION))

  #------------------------------------------------------------- Initial -> Dirty
  TEST_CASE(20, x14, FS_INITIAL, SET_FS(FS_INITIAL); GET_FS(x14))
  TEST_CASE(21, x14, 0, GET_SD(x14))
  TEST_CASE(22, x14, FS_DIRTY, fmv.w.x f1, x0; GET_FS(x14))
  TEST_CASE(23, x14, 1, GET_SD(x14))
  TEST_CASE(24, x14, FS_INITIAL, SET_FS(FS_INITIAL); csrr x1, fcsr; GET_FS(x14))
  TEST_CASE(25, x14, FS_DIRTY, csrw fflags, x0; GET_FS(x14))
  TEST_CASE(26, x14, FS_DIRTY, SET_FS(FS_INITIAL); flw f2, 0(x15); GET_FS(x14))

  #------------------------------------------------------------- Clean -> Dirty
  SET_FS(FS_DIRTY)
  li x1, 0x3f800000; fmv.w.x f1, x1; fmv.w.x f2, x1; li x1, 0x7f800001; fmv.w.x f5, x1; fscsr x0
  TEST_CASE(30, x14, FS_CLEAN, SET_FS(FS_CLEAN); GET_FS(x14))
  TEST_CASE(31, x14, 0, GET_SD(x14))
  TEST_CASE(32, x14, FS_CLEAN, fmv.x.w x1, f1; GET_FS(x14))
  TEST_CASE(33, x14, FS_CLEAN, fsw f1, 16(x15); GET_FS(x14))
  TEST_CASE(34, x14, FS_CLEAN, fclass.s x1, f1; GET_FS(x14))
  TEST_CASE(35, x14, FS_CLEAN, frcsr x1; frrm x1; frflags x1; GET_FS(x14))
  TEST_CASE(36, x14, 0, GET_SD(x14))
  TEST_CASE(37, x14, FS_DIRTY, fadd.s f3, f1, f2; GET_FS(x14))
  TEST_CASE(38, x14, 1, GET_SD(x14))
  TEST_CASE(39, x14, FS_DIRTY, SET_FS(FS_CLEAN); flw f3, 0(x15); GET_FS(x14))
  TEST_CASE(40, x14, FS_DIRTY, SET_FS(FS_CLEAN); csrwi frm, 0; GET_FS(x14))
  TEST_CASE(41, x14, FS_DIRTY, SET_FS(FS_CLEAN); fmv.w.x f6, x0; GET_FS(x14))
#ifndef QEMU72
  # a compare or a conversion to integer writes no f register, but raising a
  # flag writes fflags
  TEST_CASE(42, x14, FS_DIRTY, SET_FS(FS_CLEAN); feq.s x1, f5, f1; GET_FS(x14))
  TEST_CASE(43, x14, FFLAGS_NV, fsflags x14, x0)
  TEST_CASE(44, x14, FS_DIRTY, SET_FS(FS_CLEAN); fcvt.w.s x1, f5, rtz; GET_FS(x14))
  TEST_CASE(45, x14, FFLAGS_NV, fsflags x14, x0)
  TEST_CASE(46, x14, FS_DIRTY, SET_FS(FS_CLEAN); fcvt.w.s x1, f1, rtz; li x1, 0x3fc00000; fmv.w.x f7, x1; SET_FS(FS_CLEAN); fcvt.w.s x1, f7, rtz; GET_FS(x14))
  TEST_CASE(47, x14, FFLAGS_NX, fsflags x14, x0)
#endif

  #------------------------------------------------------------- reserved rounding modes
  SET_FS(FS_DIRTY)
  # fadd.s f1, f2, f3 with rm = 5, 6
  EXPECT_TRAP(50); .word 0x003150d3; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003150d3)
  EXPECT_TRAP(51); .word 0x003160d3; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003160d3)
  # fcvt.w.s x14, f1, rm = 5; fmadd.d f1, f2, f3, f4, rm = 6
  EXPECT_TRAP(52); .word 0xc000d753; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xc000d753)
  EXPECT_TRAP(53); .word 0x223160c3; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x223160c3)
  # DYN with frm = 5, 6, 7
  fsrmi 5
  EXPECT_TRAP(54); fadd.s f1, f2, f3, dyn; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003170d3)
  fsrmi 6
  EXPECT_TRAP(55); fadd.s f1, f2, f3, dyn; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003170d3)
  fsrmi 7
  EXPECT_TRAP(56); fadd.s f1, f2, f3, dyn; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x003170d3)
  EXPECT_TRAP(57); fcvt.w.s x14, f1, dyn;  END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0xc000f753)
  EXPECT_TRAP(58); fmadd.d f1, f2, f3, f4, dyn; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(0x223170c3)
  # the illegal instruction did not write rd
  TEST_CASE(59, x14, 0x3f800000, li x1, 0x3f800000; fmv.w.x f1, x1; EXPECT_TRAP(59); fadd.s f1, f2, f3, dyn; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); fmv.x.w x14, f1)
  # a static rounding mode and instructions without one still work with frm = 7
  TEST_CASE(60, x14, 0x40000000, li x1, 0x3f800000; fmv.w.x f2, x1; fmv.w.x f3, x1; fadd.s f1, f2, f3, rne; fmv.x.w x14, f1)
  TEST_CASE(61, x14, 0xffffffffbf800000, fsgnjn.s f1, f2, f3; fmv.x.w x14, f1)
  TEST_CASE(62, x14, 7, frrm x14)
  fsrmi 0
  TEST_CASE(63, x14, 0x40000000, fadd.s f1, f2, f3, dyn; fmv.x.w x14, f1)

  TEST_PASSFAIL

  MI_TRAP_HANDLER

RVTEST_CODE_END

  .data
  .align 4
fdat:
  .word 0x3f800000
  .word 0
  .dword 0, 0, 0
