# rv64uf-move: fmv.x.w, fmv.w.x, fsgnj.s / fsgnjn.s / fsgnjx.s, and the
# fcsr / frm / fflags CSRs.
#   fmv.x.w copies bits 31:0 and sign-extends bit 31 (also of a register that
#   is not NaN-boxed: it is a transfer, not an operation); fmv.w.x takes the
#   low 32 bits of rs1 and NaN-boxes them (upper 32 bits of f[rd] all ones);
#   NaN payloads move unchanged and no flags are raised.
#   fsgnj/fsgnjn/fsgnjx: the sign of rs2 / its inverse / the xor of both
#   signs with the rest of rs1, NaNs (also signalling) not canonicalized, no
#   flags; the pseudo-ops fmv.s / fneg.s / fabs.s (rs1 = rs2); an input that is
#   not NaN-boxed reads as the canonical NaN 0x7fc00000 (sign 0), so e.g.
#   fsgnj.s of an unboxed rs1 with a negative rs2 = 0xffffffffffc00000.
#   fcsr = frm << 5 | fflags: csrrw swap semantics of fscsr / fsrm / fsflags
#   (rd = the old value), frcsr / frrm / frflags, the immediate forms
#   fsrmi / fsflagsi, csrrs / csrrc on fflags, fflags and frm writes keep only
#   5 / 3 bits, frm values 5..7 can be written and read back, flags accrue
#   (a new exception ORs into fflags).
# Register contents are read with fmv.x.d (D) where the upper bits matter.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmv.x.w / fmv.w.x
  TEST_CASE(2, x14, 0xffffffff80000000, li x1, 0x80000000; fmv.w.x f1, x1; fmv.x.w x14, f1)
  TEST_CASE(3, x14, 0x000000007fffffff, li x1, 0x7fffffff; fmv.w.x f1, x1; fmv.x.w x14, f1)
  TEST_CASE(4, x14, 0xffffffffbf800000, li x1, 0x12345678bf800000; fmv.w.x f1, x1; fmv.x.w x14, f1)
  TEST_CASE(5, x14, 0x0000000000000000, fmv.w.x f1, x0; fmv.x.w x14, f1)
  # fmv.w.x boxes: upper 32 bits all ones, whatever the upper bits of rs1
  TEST_CASE(6, x14, 0xffffffff12345678, li x1, 0x0000000012345678; fmv.w.x f2, x1; fmv.x.d x14, f2)
  TEST_CASE(7, x14, 0xffffffff87654321, li x1, 0x0123456787654321; fmv.w.x f2, x1; fmv.x.d x14, f2)
  TEST_CASE(8, x14, 0xffffffff00000000, li x1, 0x1111111100000000; fmv.w.x f2, x1; fmv.x.d x14, f2)
  # fmv.x.w of a register that is not NaN-boxed: its low 32 bits, sign-extended
  TEST_CASE(9, x14, 0xffffffff9abcdef0, li x1, 0x123456789abcdef0; fmv.d.x f3, x1; fmv.x.w x14, f3)
  TEST_CASE(10, x14, 0x000000003f800000, li x1, 0x000000003f800000; fmv.d.x f3, x1; fmv.x.w x14, f3)
  # NaNs move unchanged, without flags
  TEST_CASE(11, x14, 0x000000007f800001, fsflags x0; li x1, 0x7f800001; fmv.w.x f4, x1; fmv.x.w x14, f4)
  TEST_CASE(12, x14, 0xffffffffffbfffff, li x1, 0xffbfffff; fmv.w.x f4, x1; fmv.x.w x14, f4)
  TEST_CASE(13, x14, 0, frflags x14)
  # x0 / f0
  TEST_CASE(14, x14, 0, li x1, 0x3f800000; fmv.w.x f0, x1; li x14, 5; fmv.x.w x0, f0; mv x14, x0)
  TEST_CASE(15, x14, 0x3f800000, fmv.x.w x14, f0)

  #------------------------------------------------------------- fsgnj.s
  TEST_FP_OP2N_S(20, fsgnj.s, 0, 0x40a00000, 0x40a00000, 0x3f800000)   # ( 5,  1) ->  5
  TEST_FP_OP2N_S(21, fsgnj.s, 0, 0xc0a00000, 0x40a00000, 0xbf800000)   # ( 5, -1) -> -5
  TEST_FP_OP2N_S(22, fsgnj.s, 0, 0x40a00000, 0xc0a00000, 0x3f800000)   # (-5,  1) ->  5
  TEST_FP_OP2N_S(23, fsgnj.s, 0, 0xc0a00000, 0xc0a00000, 0xbf800000)   # (-5, -1) -> -5
  TEST_FP_OP2N_S(24, fsgnj.s, 0, 0x80000000, 0x00000000, 0xffc00000)   # (+0, -qNaN) -> -0
  TEST_FP_OP2N_S(25, fsgnj.s, 0, 0xff800001, 0x7f800001, 0x80000000)   # (sNaN, -0): sign only, no NV
  TEST_FP_OP2N_S(26, fsgnj.s, 0, 0x7fc12345, 0xffc12345, 0x7f800000)   # payload kept

  #------------------------------------------------------------- fsgnjn.s
  TEST_FP_OP2N_S(30, fsgnjn.s, 0, 0xc0a00000, 0x40a00000, 0x3f800000)  # ( 5,  1) -> -5
  TEST_FP_OP2N_S(31, fsgnjn.s, 0, 0x40a00000, 0x40a00000, 0xbf800000)  # ( 5, -1) ->  5
  TEST_FP_OP2N_S(32, fsgnjn.s, 0, 0xc0a00000, 0xc0a00000, 0x3f800000)  # (-5,  1) -> -5
  TEST_FP_OP2N_S(33, fsgnjn.s, 0, 0x40a00000, 0xc0a00000, 0xbf800000)  # (-5, -1) ->  5
  TEST_FP_OP2N_S(34, fsgnjn.s, 0, 0x7f800001, 0xff800001, 0xff800000)  # sNaN, no NV

  #------------------------------------------------------------- fsgnjx.s
  TEST_FP_OP2N_S(40, fsgnjx.s, 0, 0x40a00000, 0x40a00000, 0x3f800000)  # ( 5,  1) ->  5
  TEST_FP_OP2N_S(41, fsgnjx.s, 0, 0xc0a00000, 0x40a00000, 0xbf800000)  # ( 5, -1) -> -5
  TEST_FP_OP2N_S(42, fsgnjx.s, 0, 0xc0a00000, 0xc0a00000, 0x3f800000)  # (-5,  1) -> -5
  TEST_FP_OP2N_S(43, fsgnjx.s, 0, 0x40a00000, 0xc0a00000, 0xbf800000)  # (-5, -1) ->  5
  TEST_FP_OP2N_S(44, fsgnjx.s, 0, 0xff800001, 0x7f800001, 0xff800000)  # sNaN, no NV

  #------------------------------------------------------------- fmv.s / fneg.s / fabs.s
  TEST_FP_S(50, 0, 0xc0a00000, 0xc0a00000, 0, 0, fmv.s f4, f1)
  TEST_FP_S(51, 0, 0x40a00000, 0xc0a00000, 0, 0, fneg.s f4, f1)
  TEST_FP_S(52, 0, 0xc0a00000, 0x40a00000, 0, 0, fneg.s f4, f1)
  TEST_FP_S(53, 0, 0x40a00000, 0xc0a00000, 0, 0, fabs.s f4, f1)
  TEST_FP_S(54, 0, 0x40a00000, 0x40a00000, 0, 0, fabs.s f4, f1)
  TEST_FP_S(55, 0, 0x7f800001, 0xff800001, 0, 0, fabs.s f4, f1)
  TEST_FP_S(56, 0, 0x00000000, 0x80000000, 0, 0, fneg.s f4, f1)
  # rd == rs1
  TEST_FP_S(57, 0, 0x3f800000, 0xbf800000, 0, 0, fneg.s f1, f1; fmv.s f4, f1)

  #------------------------------------------------------------- inputs that are not NaN-boxed read as 0x7fc00000
  # f1 = 0x000000003f800000 (not boxed), f2 = boxed -1.0 / +1.0
  TEST_FP_S(60, 0, 0xffc00000, 0, 0xbf800000, 0, FP_LOAD_D(f1, 0x000000003f800000); fsgnj.s f4, f1, f2)
  TEST_FP_S(61, 0, 0x7fc00000, 0, 0x3f800000, 0, FP_LOAD_D(f1, 0x000000003f800000); fsgnj.s f4, f1, f2)
  TEST_FP_S(62, 0, 0x7fc00000, 0, 0xbf800000, 0, FP_LOAD_D(f1, 0x000000003f800000); fsgnjn.s f4, f1, f2)
  TEST_FP_S(63, 0, 0xffc00000, 0, 0xbf800000, 0, FP_LOAD_D(f1, 0xffffffef3f800000); fsgnjx.s f4, f1, f2)
  # rs2 not boxed: its sign is that of the canonical NaN (0)
  TEST_FP_S(64, 0, 0x3f800000, 0xbf800000, 0, 0, FP_LOAD_D(f2, 0x80000000bf800000); fsgnj.s f4, f1, f2)
  TEST_FP_S(65, 0, 0xbf800000, 0x3f800000, 0, 0, FP_LOAD_D(f2, 0x80000000bf800000); fsgnjn.s f4, f1, f2)
  TEST_FP_S(66, 0, 0xbf800000, 0xbf800000, 0, 0, FP_LOAD_D(f2, 0x80000000bf800000); fsgnjx.s f4, f1, f2)
  # the pseudo-ops
  TEST_FP_S(67, 0, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0x00000000bf800000); fmv.s f4, f1)
  TEST_FP_S(68, 0, 0xffc00000, 0, 0, 0, FP_LOAD_D(f1, 0x00000000bf800000); fneg.s f4, f1)
  TEST_FP_S(69, 0, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0xfffffffeffc00000); fabs.s f4, f1)
  # a boxed NaN is kept as it is
  TEST_FP_S(70, 0, 0x7fc00001, 0xffc00001, 0, 0, fabs.s f4, f1)

  #------------------------------------------------------------- fcsr, frm, fflags
  TEST_CASE(80, x14, 0x00, li x1, 0xff; fscsr x14, x1)       # fcsr was 0 (after the last check)
  TEST_CASE(81, x14, 0xff, frcsr x14)
  TEST_CASE(82, x14, 0x07, frrm x14)
  TEST_CASE(83, x14, 0x1f, frflags x14)
  TEST_CASE(84, x14, 0x1f, li x1, 0x02; fsflags x14, x1)     # swap: old flags
  TEST_CASE(85, x14, 0xe2, frcsr x14)
  TEST_CASE(86, x14, 0x07, li x1, 0x05; fsrm x14, x1)        # swap: old frm
  TEST_CASE(87, x14, 0xa2, frcsr x14)
  TEST_CASE(88, x14, 0x05, fsrmi x14, 1)
  TEST_CASE(89, x14, 0x22, frcsr x14)
  TEST_CASE(90, x14, 0x02, fsflagsi x14, 0x19)
  TEST_CASE(91, x14, 0x39, frcsr x14)
  # only 5 / 3 / 8 bits are kept (fcsr bits 31:8 are reserved: writes ignored, read as 0)
  TEST_CASE(92, x14, 0x19, li x1, 0xffffffe3; fsflags x14, x1)
  TEST_CASE(93, x14, 0x23, frcsr x14)
  TEST_CASE(94, x14, 0x01, li x1, 0xfffffffa; fsrm x14, x1)
  TEST_CASE(95, x14, 0x43, frcsr x14)
  TEST_CASE(96, x14, 0x43, li x1, 0x1034; fscsr x14, x1)   # bits 31:8 ignored (no V)
  TEST_CASE(97, x14, 0x34, frcsr x14)
  TEST_CASE(98, x14, 0x01, frrm x14)
  TEST_CASE(99, x14, 0x14, frflags x14)
  # csrrs / csrrc on fflags and frm
  TEST_CASE(100, x14, 0x14, li x1, 0x01; csrrs x14, fflags, x1)
  TEST_CASE(101, x14, 0x15, li x1, 0x10; csrrc x14, fflags, x1)
  TEST_CASE(102, x14, 0x01, csrrsi x14, frm, 2)
  TEST_CASE(103, x14, 0x65, frcsr x14)
  TEST_CASE(104, x14, 0x03, csrrci x14, frm, 3)
  TEST_CASE(105, x14, 0x05, frcsr x14)
  # the fcsr/frm/fflags forms with rd = x0
  TEST_CASE(106, x14, 0x00, fscsr x0; frcsr x14)
  # flags accrue: DZ set, then an inexact operation adds NX
  TEST_CASE(107, x14, FFLAGS_DZ | FFLAGS_NX, fsflagsi FFLAGS_DZ; FP_LOAD_S(f1, 0x3f800000); FP_LOAD_S(f2, 0x40400000); fdiv.s f3, f1, f2; frflags x14)
  # an exact operation leaves them alone
  TEST_CASE(108, x14, FFLAGS_DZ | FFLAGS_NX, fadd.s f3, f1, f1; frflags x14)
  TEST_CASE(109, x14, FFLAGS_DZ | FFLAGS_NX, fsflags x14, x0)
  TEST_CASE(110, x14, 0, frcsr x14)

  TEST_PASSFAIL

RVTEST_CODE_END
