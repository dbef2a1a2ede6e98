# rv64uf-fmadd: fmadd.s / fmsub.s / fnmsub.s / fnmadd.s (single precision).
#   fused (single-rounding) results: (1+u)(1-u) - 1 = -u^2 exactly, where a
#   separate multiply would give 0; the four sign variants, static rounding
#   modes, exact zero results (+0, -0 under rdn), inf * 0 + c = canonical NaN
#   with NV even when c is a quiet NaN, inf*x - inf = NaN NV, an overflowing
#   product cancelled by c without overflow, NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmadd
  TEST_FP_OP3_S(2, fmadd.s, rne, 0, 0x40600000, 0x3f800000, 0x40200000, 0x3f800000)  # fmadd(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_S(3, fmadd.s, rne, FFLAGS_NX, 0x449a8666, 0xbf800000, 0xc49a6333, 0x3f8ccccd)  # fmadd(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_S(4, fmadd.s, rne, 0, 0xc1400000, 0x40000000, 0xc0a00000, 0xc0000000)  # fmadd(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_S(5, fmadd.s, rne, 0, 0x337ffffe, 0x3f800001, 0x3f7fffff, 0xbf800000)  # fmadd(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_S(6, fmadd.s, rne, FFLAGS_NX, 0x34800000, 0x3f800001, 0x3f800001, 0xbf800000)  # fmadd(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_S(7, fmadd.s, rup, FFLAGS_NX, 0x3f800001, 0x3f800000, 0x33800000, 0x3f800000)  # fmadd(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_S(8, fmadd.s, rne, 0, 0x00000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fmadd(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_S(9, fmadd.s, rdn, 0, 0x80000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fmadd(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_S(10, fmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x3f800000)  # fmadd(inf, 0.0, 1.0) rne
  TEST_FP_OP3_S(11, fmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x7fc00000)  # fmadd(inf, 0.0, qnan) rne
  TEST_FP_OP3_S(12, fmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x3f800000, 0xff800000)  # fmadd(inf, 1.0, -inf) rne
  TEST_FP_OP3_S(13, fmadd.s, rne, 0, 0x7f7fffff, 0x7f7fffff, 0x40000000, 0xff7fffff)  # fmadd(max, 2.0, -max) rne
  TEST_FP_OP3_S(14, fmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000, 0x3f800000)  # fmadd(snan, 1.0, 1.0) rne
  TEST_FP_OP3_S(15, fmadd.s, rne, 0, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00001)  # fmadd(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fmsub
  TEST_FP_OP3_S(16, fmsub.s, rne, 0, 0x3fc00000, 0x3f800000, 0x40200000, 0x3f800000)  # fmsub(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_S(17, fmsub.s, rne, FFLAGS_NX, 0x449a4000, 0xbf800000, 0xc49a6333, 0x3f8ccccd)  # fmsub(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_S(18, fmsub.s, rne, 0, 0xc1000000, 0x40000000, 0xc0a00000, 0xc0000000)  # fmsub(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_S(19, fmsub.s, rne, FFLAGS_NX, 0x40000000, 0x3f800001, 0x3f7fffff, 0xbf800000)  # fmsub(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_S(20, fmsub.s, rne, FFLAGS_NX, 0x40000001, 0x3f800001, 0x3f800001, 0xbf800000)  # fmsub(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_S(21, fmsub.s, rup, 0, 0xbf7fffff, 0x3f800000, 0x33800000, 0x3f800000)  # fmsub(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_S(22, fmsub.s, rne, 0, 0x40000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fmsub(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_S(23, fmsub.s, rdn, 0, 0x40000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fmsub(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_S(24, fmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x3f800000)  # fmsub(inf, 0.0, 1.0) rne
  TEST_FP_OP3_S(25, fmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x7fc00000)  # fmsub(inf, 0.0, qnan) rne
  TEST_FP_OP3_S(26, fmsub.s, rne, 0, 0x7f800000, 0x7f800000, 0x3f800000, 0xff800000)  # fmsub(inf, 1.0, -inf) rne
  TEST_FP_OP3_S(27, fmsub.s, rne, FFLAGS_OF|FFLAGS_NX, 0x7f800000, 0x7f7fffff, 0x40000000, 0xff7fffff)  # fmsub(max, 2.0, -max) rne
  TEST_FP_OP3_S(28, fmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000, 0x3f800000)  # fmsub(snan, 1.0, 1.0) rne
  TEST_FP_OP3_S(29, fmsub.s, rne, 0, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00001)  # fmsub(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fnmsub
  TEST_FP_OP3_S(30, fnmsub.s, rne, 0, 0xbfc00000, 0x3f800000, 0x40200000, 0x3f800000)  # fnmsub(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_S(31, fnmsub.s, rne, FFLAGS_NX, 0xc49a4000, 0xbf800000, 0xc49a6333, 0x3f8ccccd)  # fnmsub(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_S(32, fnmsub.s, rne, 0, 0x41000000, 0x40000000, 0xc0a00000, 0xc0000000)  # fnmsub(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_S(33, fnmsub.s, rne, FFLAGS_NX, 0xc0000000, 0x3f800001, 0x3f7fffff, 0xbf800000)  # fnmsub(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_S(34, fnmsub.s, rne, FFLAGS_NX, 0xc0000001, 0x3f800001, 0x3f800001, 0xbf800000)  # fnmsub(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_S(35, fnmsub.s, rup, 0, 0x3f7fffff, 0x3f800000, 0x33800000, 0x3f800000)  # fnmsub(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_S(36, fnmsub.s, rne, 0, 0xc0000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fnmsub(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_S(37, fnmsub.s, rdn, 0, 0xc0000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fnmsub(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_S(38, fnmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x3f800000)  # fnmsub(inf, 0.0, 1.0) rne
  TEST_FP_OP3_S(39, fnmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x7fc00000)  # fnmsub(inf, 0.0, qnan) rne
  TEST_FP_OP3_S(40, fnmsub.s, rne, 0, 0xff800000, 0x7f800000, 0x3f800000, 0xff800000)  # fnmsub(inf, 1.0, -inf) rne
  TEST_FP_OP3_S(41, fnmsub.s, rne, FFLAGS_OF|FFLAGS_NX, 0xff800000, 0x7f7fffff, 0x40000000, 0xff7fffff)  # fnmsub(max, 2.0, -max) rne
  TEST_FP_OP3_S(42, fnmsub.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000, 0x3f800000)  # fnmsub(snan, 1.0, 1.0) rne
  TEST_FP_OP3_S(43, fnmsub.s, rne, 0, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00001)  # fnmsub(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fnmadd
  TEST_FP_OP3_S(44, fnmadd.s, rne, 0, 0xc0600000, 0x3f800000, 0x40200000, 0x3f800000)  # fnmadd(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_S(45, fnmadd.s, rne, FFLAGS_NX, 0xc49a8666, 0xbf800000, 0xc49a6333, 0x3f8ccccd)  # fnmadd(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_S(46, fnmadd.s, rne, 0, 0x41400000, 0x40000000, 0xc0a00000, 0xc0000000)  # fnmadd(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_S(47, fnmadd.s, rne, 0, 0xb37ffffe, 0x3f800001, 0x3f7fffff, 0xbf800000)  # fnmadd(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_S(48, fnmadd.s, rne, FFLAGS_NX, 0xb4800000, 0x3f800001, 0x3f800001, 0xbf800000)  # fnmadd(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_S(49, fnmadd.s, rup, FFLAGS_NX, 0xbf800000, 0x3f800000, 0x33800000, 0x3f800000)  # fnmadd(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_S(50, fnmadd.s, rne, 0, 0x00000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fnmadd(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_S(51, fnmadd.s, rdn, 0, 0x80000000, 0x3f800000, 0x3f800000, 0xbf800000)  # fnmadd(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_S(52, fnmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x3f800000)  # fnmadd(inf, 0.0, 1.0) rne
  TEST_FP_OP3_S(53, fnmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x00000000, 0x7fc00000)  # fnmadd(inf, 0.0, qnan) rne
  TEST_FP_OP3_S(54, fnmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800000, 0x3f800000, 0xff800000)  # fnmadd(inf, 1.0, -inf) rne
  TEST_FP_OP3_S(55, fnmadd.s, rne, 0, 0xff7fffff, 0x7f7fffff, 0x40000000, 0xff7fffff)  # fnmadd(max, 2.0, -max) rne
  TEST_FP_OP3_S(56, fnmadd.s, rne, FFLAGS_NV, 0x7fc00000, 0x7f800001, 0x3f800000, 0x3f800000)  # fnmadd(snan, 1.0, 1.0) rne
  TEST_FP_OP3_S(57, fnmadd.s, rne, 0, 0x7fc00000, 0x3f800000, 0x3f800000, 0x7fc00001)  # fnmadd(1.0, 1.0, qnanp) rne

  TEST_PASSFAIL

RVTEST_CODE_END
