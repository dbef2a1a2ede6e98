# rv64ud-fmadd: fmadd.d / fmsub.d / fnmsub.d / fnmadd.d (double precision).
#   fused (single-rounding) results: (1+u)(1-u) - 1 = -u^2 exactly, where a
#   separate multiply would give 0; the four sign variants, static rounding
#   modes, exact zero results (+0, -0 under rdn), inf * 0 + c = canonical NaN
#   with NV even when c is a quiet NaN, inf*x - inf = NaN NV, an overflowing
#   product cancelled by c without overflow, NaN inputs.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fmadd
  TEST_FP_OP3_D(2, fmadd.d, rne, 0, 0x400c000000000000, 0x3ff0000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fmadd(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_D(3, fmadd.d, rne, FFLAGS_NX, 0x409350cccccccccc, 0xbff0000000000000, 0xc0934c6666666666, 0x3ff199999999999a)  # fmadd(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_D(4, fmadd.d, rne, 0, 0xc028000000000000, 0x4000000000000000, 0xc014000000000000, 0xc000000000000000)  # fmadd(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_D(5, fmadd.d, rne, 0, 0x3c9ffffffffffffe, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000)  # fmadd(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_D(6, fmadd.d, rne, FFLAGS_NX, 0x3cc0000000000000, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000)  # fmadd(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_D(7, fmadd.d, rup, FFLAGS_NX, 0x3ff0000000000001, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000)  # fmadd(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_D(8, fmadd.d, rne, 0, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fmadd(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_D(9, fmadd.d, rdn, 0, 0x8000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fmadd(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_D(10, fmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000)  # fmadd(inf, 0.0, 1.0) rne
  TEST_FP_OP3_D(11, fmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000)  # fmadd(inf, 0.0, qnan) rne
  TEST_FP_OP3_D(12, fmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)  # fmadd(inf, 1.0, -inf) rne
  TEST_FP_OP3_D(13, fmadd.d, rne, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)  # fmadd(max, 2.0, -max) rne
  TEST_FP_OP3_D(14, fmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)  # fmadd(snan, 1.0, 1.0) rne
  TEST_FP_OP3_D(15, fmadd.d, rne, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000001)  # fmadd(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fmsub
  TEST_FP_OP3_D(16, fmsub.d, rne, 0, 0x3ff8000000000000, 0x3ff0000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fmsub(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_D(17, fmsub.d, rne, FFLAGS_NX, 0x4093480000000000, 0xbff0000000000000, 0xc0934c6666666666, 0x3ff199999999999a)  # fmsub(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_D(18, fmsub.d, rne, 0, 0xc020000000000000, 0x4000000000000000, 0xc014000000000000, 0xc000000000000000)  # fmsub(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_D(19, fmsub.d, rne, FFLAGS_NX, 0x4000000000000000, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000)  # fmsub(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_D(20, fmsub.d, rne, FFLAGS_NX, 0x4000000000000001, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000)  # fmsub(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_D(21, fmsub.d, rup, 0, 0xbfefffffffffffff, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000)  # fmsub(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_D(22, fmsub.d, rne, 0, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fmsub(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_D(23, fmsub.d, rdn, 0, 0x4000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fmsub(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_D(24, fmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000)  # fmsub(inf, 0.0, 1.0) rne
  TEST_FP_OP3_D(25, fmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000)  # fmsub(inf, 0.0, qnan) rne
  TEST_FP_OP3_D(26, fmsub.d, rne, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)  # fmsub(inf, 1.0, -inf) rne
  TEST_FP_OP3_D(27, fmsub.d, rne, FFLAGS_OF|FFLAGS_NX, 0x7ff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)  # fmsub(max, 2.0, -max) rne
  TEST_FP_OP3_D(28, fmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)  # fmsub(snan, 1.0, 1.0) rne
  TEST_FP_OP3_D(29, fmsub.d, rne, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000001)  # fmsub(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fnmsub
  TEST_FP_OP3_D(30, fnmsub.d, rne, 0, 0xbff8000000000000, 0x3ff0000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fnmsub(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_D(31, fnmsub.d, rne, FFLAGS_NX, 0xc093480000000000, 0xbff0000000000000, 0xc0934c6666666666, 0x3ff199999999999a)  # fnmsub(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_D(32, fnmsub.d, rne, 0, 0x4020000000000000, 0x4000000000000000, 0xc014000000000000, 0xc000000000000000)  # fnmsub(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_D(33, fnmsub.d, rne, FFLAGS_NX, 0xc000000000000000, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000)  # fnmsub(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_D(34, fnmsub.d, rne, FFLAGS_NX, 0xc000000000000001, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000)  # fnmsub(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_D(35, fnmsub.d, rup, 0, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000)  # fnmsub(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_D(36, fnmsub.d, rne, 0, 0xc000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fnmsub(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_D(37, fnmsub.d, rdn, 0, 0xc000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fnmsub(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_D(38, fnmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000)  # fnmsub(inf, 0.0, 1.0) rne
  TEST_FP_OP3_D(39, fnmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000)  # fnmsub(inf, 0.0, qnan) rne
  TEST_FP_OP3_D(40, fnmsub.d, rne, 0, 0xfff0000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)  # fnmsub(inf, 1.0, -inf) rne
  TEST_FP_OP3_D(41, fnmsub.d, rne, FFLAGS_OF|FFLAGS_NX, 0xfff0000000000000, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)  # fnmsub(max, 2.0, -max) rne
  TEST_FP_OP3_D(42, fnmsub.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)  # fnmsub(snan, 1.0, 1.0) rne
  TEST_FP_OP3_D(43, fnmsub.d, rne, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000001)  # fnmsub(1.0, 1.0, qnanp) rne

  #------------------------------------------------------------- fnmadd
  TEST_FP_OP3_D(44, fnmadd.d, rne, 0, 0xc00c000000000000, 0x3ff0000000000000, 0x4004000000000000, 0x3ff0000000000000)  # fnmadd(1.0, 2.5, 1.0) rne
  TEST_FP_OP3_D(45, fnmadd.d, rne, FFLAGS_NX, 0xc09350cccccccccc, 0xbff0000000000000, 0xc0934c6666666666, 0x3ff199999999999a)  # fnmadd(-1.0, -1235.1, 1.1) rne
  TEST_FP_OP3_D(46, fnmadd.d, rne, 0, 0x4028000000000000, 0x4000000000000000, 0xc014000000000000, 0xc000000000000000)  # fnmadd(2.0, -5.0, -2.0) rne
  TEST_FP_OP3_D(47, fnmadd.d, rne, 0, 0xbc9ffffffffffffe, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000)  # fnmadd(1+ulp, 1-ulp, -1.0) rne
  TEST_FP_OP3_D(48, fnmadd.d, rne, FFLAGS_NX, 0xbcc0000000000000, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000)  # fnmadd(1+ulp, 1+ulp, -1.0) rne
  TEST_FP_OP3_D(49, fnmadd.d, rup, FFLAGS_NX, 0xbff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000)  # fnmadd(1.0, ulp/2, 1.0) rup
  TEST_FP_OP3_D(50, fnmadd.d, rne, 0, 0x0000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fnmadd(1.0, 1.0, -1.0) rne
  TEST_FP_OP3_D(51, fnmadd.d, rdn, 0, 0x8000000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)  # fnmadd(1.0, 1.0, -1.0) rdn
  TEST_FP_OP3_D(52, fnmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000)  # fnmadd(inf, 0.0, 1.0) rne
  TEST_FP_OP3_D(53, fnmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x7ff8000000000000)  # fnmadd(inf, 0.0, qnan) rne
  TEST_FP_OP3_D(54, fnmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)  # fnmadd(inf, 1.0, -inf) rne
  TEST_FP_OP3_D(55, fnmadd.d, rne, 0, 0xffefffffffffffff, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)  # fnmadd(max, 2.0, -max) rne
  TEST_FP_OP3_D(56, fnmadd.d, rne, FFLAGS_NV, 0x7ff8000000000000, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)  # fnmadd(snan, 1.0, 1.0) rne
  TEST_FP_OP3_D(57, fnmadd.d, rne, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000001)  # fnmadd(1.0, 1.0, qnanp) rne

  TEST_PASSFAIL

RVTEST_CODE_END
