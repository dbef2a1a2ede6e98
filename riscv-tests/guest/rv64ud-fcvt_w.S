# rv64ud-fcvt_w: fcvt.w.d / fcvt.wu.d / fcvt.l.d / fcvt.lu.d (double precision to integer).
#   rounding with every static mode (rtz, rne ties to even, rmm ties away, rup,
#   rdn) and with the dynamic mode from frm; NX for an inexact in-range result;
#   out-of-range values saturate with NV (and no NX): W forms to 0x7fffffff /
#   -2^31, WU to 0xffffffff, L to 2^63-1 / -2^63, LU to 2^64-1; a negative value
#   to an unsigned type gives 0 with NV (-1.0), but -0.9 rtz rounds to 0 (NX
#   only); NaN (either sign) -> the largest value with NV, +inf -> max, -inf ->
#   min; 32-bit results are sign-extended to 64 bits (fcvt.w of -5.0 =
#   0xfffffffffffffffb, fcvt.wu of 3e9 = 0xffffffffb2d05e00); rd = x0.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fcvt.w.d
  TEST_FCVT_TO_INT_D(2, fcvt.w.d, rtz, FFLAGS_NX, 0xffffffffffffffff, 0xbff199999999999a)  # fcvt.w.d(-1.1) rtz
  TEST_FCVT_TO_INT_D(3, fcvt.w.d, rtz, 0, 0xffffffffffffffff, 0xbff0000000000000)  # fcvt.w.d(-1.0) rtz
  TEST_FCVT_TO_INT_D(4, fcvt.w.d, rtz, FFLAGS_NX, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.w.d(-0.9) rtz
  TEST_FCVT_TO_INT_D(5, fcvt.w.d, rtz, FFLAGS_NX, 0x0000000000000000, 0x3feccccccccccccd)  # fcvt.w.d(0.9) rtz
  TEST_FCVT_TO_INT_D(6, fcvt.w.d, rtz, 0, 0x0000000000000001, 0x3ff0000000000000)  # fcvt.w.d(1.0) rtz
  TEST_FCVT_TO_INT_D(7, fcvt.w.d, rtz, FFLAGS_NX, 0x0000000000000001, 0x3ff199999999999a)  # fcvt.w.d(1.1) rtz
  TEST_FCVT_TO_INT_D(8, fcvt.w.d, rne, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.w.d(2.5) rne
  TEST_FCVT_TO_INT_D(9, fcvt.w.d, rne, FFLAGS_NX, 0x0000000000000004, 0x400c000000000000)  # fcvt.w.d(3.5) rne
  TEST_FCVT_TO_INT_D(10, fcvt.w.d, rne, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000)  # fcvt.w.d(-2.5) rne
  TEST_FCVT_TO_INT_D(11, fcvt.w.d, rmm, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.w.d(2.5) rmm
  TEST_FCVT_TO_INT_D(12, fcvt.w.d, rmm, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000)  # fcvt.w.d(-2.5) rmm
  TEST_FCVT_TO_INT_D(13, fcvt.w.d, rup, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.w.d(2.5) rup
  TEST_FCVT_TO_INT_D(14, fcvt.w.d, rup, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000)  # fcvt.w.d(-2.5) rup
  TEST_FCVT_TO_INT_D(15, fcvt.w.d, rdn, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.w.d(2.5) rdn
  TEST_FCVT_TO_INT_D(16, fcvt.w.d, rdn, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000)  # fcvt.w.d(-2.5) rdn
  TEST_FCVT_TO_INT_D(17, fcvt.w.d, rne, FFLAGS_NX, 0xffffffffffffffff, 0xbfeccccccccccccd)  # fcvt.w.d(-0.9) rne
  TEST_FCVT_TO_INT_D(18, fcvt.w.d, rne, FFLAGS_NX, 0x0000000000000000, 0x3fd999999999999a)  # fcvt.w.d(0.4) rne
  TEST_FCVT_TO_INT_D(19, fcvt.w.d, rne, 0, 0x0000000000000000, 0x8000000000000000)  # fcvt.w.d(-0) rne
  TEST_FCVT_TO_INT_D(20, fcvt.w.d, rup, FFLAGS_NX, 0x0000000000000001, 0x0000000000000001)  # fcvt.w.d(minsub) rup
  TEST_FCVT_TO_INT_D(21, fcvt.w.d, rdn, FFLAGS_NX, 0xffffffffffffffff, 0x8000000000000001)  # fcvt.w.d(-minsub) rdn
  TEST_FCVT_TO_INT_D(22, fcvt.w.d, rtz, 0, 0xfffffffffffffffb, 0xc014000000000000)  # fcvt.w.d(-5.0) rtz
  TEST_FCVT_TO_INT_D(23, fcvt.w.d, rtz, FFLAGS_NV, 0xffffffff80000000, 0xc1e65a0bc0000000)  # fcvt.w.d(-3000000000.0) rtz
  TEST_FCVT_TO_INT_D(24, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x41e65a0bc0000000)  # fcvt.w.d(3000000000.0) rtz
  TEST_FCVT_TO_INT_D(25, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x41f004ccb0000000)  # fcvt.w.d(4300000000.0) rtz
  TEST_FCVT_TO_INT_D(26, fcvt.w.d, rtz, 0, 0x000000007fffffff, 0x41dfffffffc00000)  # fcvt.w.d(2147483647.0) rtz
  TEST_FCVT_TO_INT_D(27, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x41e0000000000000)  # fcvt.w.d(2147483648.0) rtz
  TEST_FCVT_TO_INT_D(28, fcvt.w.d, rtz, 0, 0xffffffff80000000, 0xc1e0000000000000)  # fcvt.w.d(-2147483648.0) rtz
  TEST_FCVT_TO_INT_D(29, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x43dfeb3dd0676600)  # fcvt.w.d(9.2e+18) rtz
  TEST_FCVT_TO_INT_D(30, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x43e0000000000000)  # fcvt.w.d(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(31, fcvt.w.d, rtz, FFLAGS_NV, 0xffffffff80000000, 0xc3e0000000000000)  # fcvt.w.d(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(32, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x43f07ad8f556c6c0)  # fcvt.w.d(1.9e+19) rtz
  TEST_FCVT_TO_INT_D(33, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x43f0000000000000)  # fcvt.w.d(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_D(34, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7ff0000000000000)  # fcvt.w.d(inf) rtz
  TEST_FCVT_TO_INT_D(35, fcvt.w.d, rtz, FFLAGS_NV, 0xffffffff80000000, 0xfff0000000000000)  # fcvt.w.d(-inf) rtz
  TEST_FCVT_TO_INT_D(36, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7ff8000000000000)  # fcvt.w.d(qnan) rtz
  TEST_FCVT_TO_INT_D(37, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0xfff8000000000000)  # fcvt.w.d(-qnan) rtz
  TEST_FCVT_TO_INT_D(38, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7ff0000000000001)  # fcvt.w.d(snan) rtz
  TEST_FCVT_TO_INT_D(39, fcvt.w.d, rtz, FFLAGS_NV, 0x000000007fffffff, 0xfff0000000000001)  # fcvt.w.d(-snan) rtz

  #------------------------------------------------------------- fcvt.wu.d
  TEST_FCVT_TO_INT_D(40, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xbff199999999999a)  # fcvt.wu.d(-1.1) rtz
  TEST_FCVT_TO_INT_D(41, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xbff0000000000000)  # fcvt.wu.d(-1.0) rtz
  TEST_FCVT_TO_INT_D(42, fcvt.wu.d, rtz, FFLAGS_NX, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.wu.d(-0.9) rtz
  TEST_FCVT_TO_INT_D(43, fcvt.wu.d, rtz, FFLAGS_NX, 0x0000000000000000, 0x3feccccccccccccd)  # fcvt.wu.d(0.9) rtz
  TEST_FCVT_TO_INT_D(44, fcvt.wu.d, rtz, 0, 0x0000000000000001, 0x3ff0000000000000)  # fcvt.wu.d(1.0) rtz
  TEST_FCVT_TO_INT_D(45, fcvt.wu.d, rtz, FFLAGS_NX, 0x0000000000000001, 0x3ff199999999999a)  # fcvt.wu.d(1.1) rtz
  TEST_FCVT_TO_INT_D(46, fcvt.wu.d, rne, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.wu.d(2.5) rne
  TEST_FCVT_TO_INT_D(47, fcvt.wu.d, rne, FFLAGS_NX, 0x0000000000000004, 0x400c000000000000)  # fcvt.wu.d(3.5) rne
  TEST_FCVT_TO_INT_D(48, fcvt.wu.d, rne, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.wu.d(-2.5) rne
  TEST_FCVT_TO_INT_D(49, fcvt.wu.d, rmm, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.wu.d(2.5) rmm
  TEST_FCVT_TO_INT_D(50, fcvt.wu.d, rmm, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.wu.d(-2.5) rmm
  TEST_FCVT_TO_INT_D(51, fcvt.wu.d, rup, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.wu.d(2.5) rup
  TEST_FCVT_TO_INT_D(52, fcvt.wu.d, rup, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.wu.d(-2.5) rup
  TEST_FCVT_TO_INT_D(53, fcvt.wu.d, rdn, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.wu.d(2.5) rdn
  TEST_FCVT_TO_INT_D(54, fcvt.wu.d, rdn, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.wu.d(-2.5) rdn
  TEST_FCVT_TO_INT_D(55, fcvt.wu.d, rne, FFLAGS_NV, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.wu.d(-0.9) rne
  TEST_FCVT_TO_INT_D(56, fcvt.wu.d, rne, FFLAGS_NX, 0x0000000000000000, 0x3fd999999999999a)  # fcvt.wu.d(0.4) rne
  TEST_FCVT_TO_INT_D(57, fcvt.wu.d, rne, 0, 0x0000000000000000, 0x8000000000000000)  # fcvt.wu.d(-0) rne
  TEST_FCVT_TO_INT_D(58, fcvt.wu.d, rup, FFLAGS_NX, 0x0000000000000001, 0x0000000000000001)  # fcvt.wu.d(minsub) rup
  TEST_FCVT_TO_INT_D(59, fcvt.wu.d, rdn, FFLAGS_NV, 0x0000000000000000, 0x8000000000000001)  # fcvt.wu.d(-minsub) rdn
  TEST_FCVT_TO_INT_D(60, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc014000000000000)  # fcvt.wu.d(-5.0) rtz
  TEST_FCVT_TO_INT_D(61, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc1e65a0bc0000000)  # fcvt.wu.d(-3000000000.0) rtz
  TEST_FCVT_TO_INT_D(62, fcvt.wu.d, rtz, 0, 0xffffffffb2d05e00, 0x41e65a0bc0000000)  # fcvt.wu.d(3000000000.0) rtz
  TEST_FCVT_TO_INT_D(63, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x41f004ccb0000000)  # fcvt.wu.d(4300000000.0) rtz
  TEST_FCVT_TO_INT_D(64, fcvt.wu.d, rtz, 0, 0x000000007fffffff, 0x41dfffffffc00000)  # fcvt.wu.d(2147483647.0) rtz
  TEST_FCVT_TO_INT_D(65, fcvt.wu.d, rtz, 0, 0xffffffff80000000, 0x41e0000000000000)  # fcvt.wu.d(2147483648.0) rtz
  TEST_FCVT_TO_INT_D(66, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc1e0000000000000)  # fcvt.wu.d(-2147483648.0) rtz
  TEST_FCVT_TO_INT_D(67, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43dfeb3dd0676600)  # fcvt.wu.d(9.2e+18) rtz
  TEST_FCVT_TO_INT_D(68, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43e0000000000000)  # fcvt.wu.d(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(69, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc3e0000000000000)  # fcvt.wu.d(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(70, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43f07ad8f556c6c0)  # fcvt.wu.d(1.9e+19) rtz
  TEST_FCVT_TO_INT_D(71, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43f0000000000000)  # fcvt.wu.d(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_D(72, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff0000000000000)  # fcvt.wu.d(inf) rtz
  TEST_FCVT_TO_INT_D(73, fcvt.wu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xfff0000000000000)  # fcvt.wu.d(-inf) rtz
  TEST_FCVT_TO_INT_D(74, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff8000000000000)  # fcvt.wu.d(qnan) rtz
  TEST_FCVT_TO_INT_D(75, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xfff8000000000000)  # fcvt.wu.d(-qnan) rtz
  TEST_FCVT_TO_INT_D(76, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff0000000000001)  # fcvt.wu.d(snan) rtz
  TEST_FCVT_TO_INT_D(77, fcvt.wu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xfff0000000000001)  # fcvt.wu.d(-snan) rtz

  #------------------------------------------------------------- fcvt.l.d
  TEST_FCVT_TO_INT_D(78, fcvt.l.d, rtz, FFLAGS_NX, 0xffffffffffffffff, 0xbff199999999999a)  # fcvt.l.d(-1.1) rtz
  TEST_FCVT_TO_INT_D(79, fcvt.l.d, rtz, 0, 0xffffffffffffffff, 0xbff0000000000000)  # fcvt.l.d(-1.0) rtz
  TEST_FCVT_TO_INT_D(80, fcvt.l.d, rtz, FFLAGS_NX, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.l.d(-0.9) rtz
  TEST_FCVT_TO_INT_D(81, fcvt.l.d, rtz, FFLAGS_NX, 0x0000000000000000, 0x3feccccccccccccd)  # fcvt.l.d(0.9) rtz
  TEST_FCVT_TO_INT_D(82, fcvt.l.d, rtz, 0, 0x0000000000000001, 0x3ff0000000000000)  # fcvt.l.d(1.0) rtz
  TEST_FCVT_TO_INT_D(83, fcvt.l.d, rtz, FFLAGS_NX, 0x0000000000000001, 0x3ff199999999999a)  # fcvt.l.d(1.1) rtz
  TEST_FCVT_TO_INT_D(84, fcvt.l.d, rne, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.l.d(2.5) rne
  TEST_FCVT_TO_INT_D(85, fcvt.l.d, rne, FFLAGS_NX, 0x0000000000000004, 0x400c000000000000)  # fcvt.l.d(3.5) rne
  TEST_FCVT_TO_INT_D(86, fcvt.l.d, rne, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000)  # fcvt.l.d(-2.5) rne
  TEST_FCVT_TO_INT_D(87, fcvt.l.d, rmm, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.l.d(2.5) rmm
  TEST_FCVT_TO_INT_D(88, fcvt.l.d, rmm, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000)  # fcvt.l.d(-2.5) rmm
  TEST_FCVT_TO_INT_D(89, fcvt.l.d, rup, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.l.d(2.5) rup
  TEST_FCVT_TO_INT_D(90, fcvt.l.d, rup, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000)  # fcvt.l.d(-2.5) rup
  TEST_FCVT_TO_INT_D(91, fcvt.l.d, rdn, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.l.d(2.5) rdn
  TEST_FCVT_TO_INT_D(92, fcvt.l.d, rdn, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000)  # fcvt.l.d(-2.5) rdn
  TEST_FCVT_TO_INT_D(93, fcvt.l.d, rne, FFLAGS_NX, 0xffffffffffffffff, 0xbfeccccccccccccd)  # fcvt.l.d(-0.9) rne
  TEST_FCVT_TO_INT_D(94, fcvt.l.d, rne, FFLAGS_NX, 0x0000000000000000, 0x3fd999999999999a)  # fcvt.l.d(0.4) rne
  TEST_FCVT_TO_INT_D(95, fcvt.l.d, rne, 0, 0x0000000000000000, 0x8000000000000000)  # fcvt.l.d(-0) rne
  TEST_FCVT_TO_INT_D(96, fcvt.l.d, rup, FFLAGS_NX, 0x0000000000000001, 0x0000000000000001)  # fcvt.l.d(minsub) rup
  TEST_FCVT_TO_INT_D(97, fcvt.l.d, rdn, FFLAGS_NX, 0xffffffffffffffff, 0x8000000000000001)  # fcvt.l.d(-minsub) rdn
  TEST_FCVT_TO_INT_D(98, fcvt.l.d, rtz, 0, 0xfffffffffffffffb, 0xc014000000000000)  # fcvt.l.d(-5.0) rtz
  TEST_FCVT_TO_INT_D(99, fcvt.l.d, rtz, 0, 0xffffffff4d2fa200, 0xc1e65a0bc0000000)  # fcvt.l.d(-3000000000.0) rtz
  TEST_FCVT_TO_INT_D(100, fcvt.l.d, rtz, 0, 0x00000000b2d05e00, 0x41e65a0bc0000000)  # fcvt.l.d(3000000000.0) rtz
  TEST_FCVT_TO_INT_D(101, fcvt.l.d, rtz, 0, 0x00000001004ccb00, 0x41f004ccb0000000)  # fcvt.l.d(4300000000.0) rtz
  TEST_FCVT_TO_INT_D(102, fcvt.l.d, rtz, 0, 0x000000007fffffff, 0x41dfffffffc00000)  # fcvt.l.d(2147483647.0) rtz
  TEST_FCVT_TO_INT_D(103, fcvt.l.d, rtz, 0, 0x0000000080000000, 0x41e0000000000000)  # fcvt.l.d(2147483648.0) rtz
  TEST_FCVT_TO_INT_D(104, fcvt.l.d, rtz, 0, 0xffffffff80000000, 0xc1e0000000000000)  # fcvt.l.d(-2147483648.0) rtz
  TEST_FCVT_TO_INT_D(105, fcvt.l.d, rtz, 0, 0x7facf7419d980000, 0x43dfeb3dd0676600)  # fcvt.l.d(9.2e+18) rtz
  TEST_FCVT_TO_INT_D(106, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x43e0000000000000)  # fcvt.l.d(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(107, fcvt.l.d, rtz, 0, 0x8000000000000000, 0xc3e0000000000000)  # fcvt.l.d(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(108, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x43f07ad8f556c6c0)  # fcvt.l.d(1.9e+19) rtz
  TEST_FCVT_TO_INT_D(109, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x43f0000000000000)  # fcvt.l.d(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_D(110, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7ff0000000000000)  # fcvt.l.d(inf) rtz
  TEST_FCVT_TO_INT_D(111, fcvt.l.d, rtz, FFLAGS_NV, 0x8000000000000000, 0xfff0000000000000)  # fcvt.l.d(-inf) rtz
  TEST_FCVT_TO_INT_D(112, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7ff8000000000000)  # fcvt.l.d(qnan) rtz
  TEST_FCVT_TO_INT_D(113, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0xfff8000000000000)  # fcvt.l.d(-qnan) rtz
  TEST_FCVT_TO_INT_D(114, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7ff0000000000001)  # fcvt.l.d(snan) rtz
  TEST_FCVT_TO_INT_D(115, fcvt.l.d, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0xfff0000000000001)  # fcvt.l.d(-snan) rtz

  #------------------------------------------------------------- fcvt.lu.d
  TEST_FCVT_TO_INT_D(116, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xbff199999999999a)  # fcvt.lu.d(-1.1) rtz
  TEST_FCVT_TO_INT_D(117, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xbff0000000000000)  # fcvt.lu.d(-1.0) rtz
  TEST_FCVT_TO_INT_D(118, fcvt.lu.d, rtz, FFLAGS_NX, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.lu.d(-0.9) rtz
  TEST_FCVT_TO_INT_D(119, fcvt.lu.d, rtz, FFLAGS_NX, 0x0000000000000000, 0x3feccccccccccccd)  # fcvt.lu.d(0.9) rtz
  TEST_FCVT_TO_INT_D(120, fcvt.lu.d, rtz, 0, 0x0000000000000001, 0x3ff0000000000000)  # fcvt.lu.d(1.0) rtz
  TEST_FCVT_TO_INT_D(121, fcvt.lu.d, rtz, FFLAGS_NX, 0x0000000000000001, 0x3ff199999999999a)  # fcvt.lu.d(1.1) rtz
  TEST_FCVT_TO_INT_D(122, fcvt.lu.d, rne, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.lu.d(2.5) rne
  TEST_FCVT_TO_INT_D(123, fcvt.lu.d, rne, FFLAGS_NX, 0x0000000000000004, 0x400c000000000000)  # fcvt.lu.d(3.5) rne
  TEST_FCVT_TO_INT_D(124, fcvt.lu.d, rne, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.lu.d(-2.5) rne
  TEST_FCVT_TO_INT_D(125, fcvt.lu.d, rmm, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.lu.d(2.5) rmm
  TEST_FCVT_TO_INT_D(126, fcvt.lu.d, rmm, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.lu.d(-2.5) rmm
  TEST_FCVT_TO_INT_D(127, fcvt.lu.d, rup, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000)  # fcvt.lu.d(2.5) rup
  TEST_FCVT_TO_INT_D(128, fcvt.lu.d, rup, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.lu.d(-2.5) rup
  TEST_FCVT_TO_INT_D(129, fcvt.lu.d, rdn, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000)  # fcvt.lu.d(2.5) rdn
  TEST_FCVT_TO_INT_D(130, fcvt.lu.d, rdn, FFLAGS_NV, 0x0000000000000000, 0xc004000000000000)  # fcvt.lu.d(-2.5) rdn
  TEST_FCVT_TO_INT_D(131, fcvt.lu.d, rne, FFLAGS_NV, 0x0000000000000000, 0xbfeccccccccccccd)  # fcvt.lu.d(-0.9) rne
  TEST_FCVT_TO_INT_D(132, fcvt.lu.d, rne, FFLAGS_NX, 0x0000000000000000, 0x3fd999999999999a)  # fcvt.lu.d(0.4) rne
  TEST_FCVT_TO_INT_D(133, fcvt.lu.d, rne, 0, 0x0000000000000000, 0x8000000000000000)  # fcvt.lu.d(-0) rne
  TEST_FCVT_TO_INT_D(134, fcvt.lu.d, rup, FFLAGS_NX, 0x0000000000000001, 0x0000000000000001)  # fcvt.lu.d(minsub) rup
  TEST_FCVT_TO_INT_D(135, fcvt.lu.d, rdn, FFLAGS_NV, 0x0000000000000000, 0x8000000000000001)  # fcvt.lu.d(-minsub) rdn
  TEST_FCVT_TO_INT_D(136, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc014000000000000)  # fcvt.lu.d(-5.0) rtz
  TEST_FCVT_TO_INT_D(137, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc1e65a0bc0000000)  # fcvt.lu.d(-3000000000.0) rtz
  TEST_FCVT_TO_INT_D(138, fcvt.lu.d, rtz, 0, 0x00000000b2d05e00, 0x41e65a0bc0000000)  # fcvt.lu.d(3000000000.0) rtz
  TEST_FCVT_TO_INT_D(139, fcvt.lu.d, rtz, 0, 0x00000001004ccb00, 0x41f004ccb0000000)  # fcvt.lu.d(4300000000.0) rtz
  TEST_FCVT_TO_INT_D(140, fcvt.lu.d, rtz, 0, 0x000000007fffffff, 0x41dfffffffc00000)  # fcvt.lu.d(2147483647.0) rtz
  TEST_FCVT_TO_INT_D(141, fcvt.lu.d, rtz, 0, 0x0000000080000000, 0x41e0000000000000)  # fcvt.lu.d(2147483648.0) rtz
  TEST_FCVT_TO_INT_D(142, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc1e0000000000000)  # fcvt.lu.d(-2147483648.0) rtz
  TEST_FCVT_TO_INT_D(143, fcvt.lu.d, rtz, 0, 0x7facf7419d980000, 0x43dfeb3dd0676600)  # fcvt.lu.d(9.2e+18) rtz
  TEST_FCVT_TO_INT_D(144, fcvt.lu.d, rtz, 0, 0x8000000000000000, 0x43e0000000000000)  # fcvt.lu.d(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(145, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xc3e0000000000000)  # fcvt.lu.d(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_D(146, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43f07ad8f556c6c0)  # fcvt.lu.d(1.9e+19) rtz
  TEST_FCVT_TO_INT_D(147, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x43f0000000000000)  # fcvt.lu.d(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_D(148, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff0000000000000)  # fcvt.lu.d(inf) rtz
  TEST_FCVT_TO_INT_D(149, fcvt.lu.d, rtz, FFLAGS_NV, 0x0000000000000000, 0xfff0000000000000)  # fcvt.lu.d(-inf) rtz
  TEST_FCVT_TO_INT_D(150, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff8000000000000)  # fcvt.lu.d(qnan) rtz
  TEST_FCVT_TO_INT_D(151, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xfff8000000000000)  # fcvt.lu.d(-qnan) rtz
  TEST_FCVT_TO_INT_D(152, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7ff0000000000001)  # fcvt.lu.d(snan) rtz
  TEST_FCVT_TO_INT_D(153, fcvt.lu.d, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xfff0000000000001)  # fcvt.lu.d(-snan) rtz

  #------------------------------------------------------------- dynamic rounding mode (frm)
  TEST_FP_INT_D(154, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000, 0, fsrmi 3; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rup, fcvt.w.d(2.5)
  TEST_FP_INT_D(155, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000, 0, fsrmi 3; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rup, fcvt.w.d(-2.5)
  TEST_FP_INT_D(156, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000, 0, fsrmi 2; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rdn, fcvt.w.d(2.5)
  TEST_FP_INT_D(157, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000, 0, fsrmi 2; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rdn, fcvt.w.d(-2.5)
  TEST_FP_INT_D(158, FFLAGS_NX, 0x0000000000000003, 0x4004000000000000, 0, fsrmi 4; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rmm, fcvt.w.d(2.5)
  TEST_FP_INT_D(159, FFLAGS_NX, 0xfffffffffffffffd, 0xc004000000000000, 0, fsrmi 4; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rmm, fcvt.w.d(-2.5)
  TEST_FP_INT_D(160, FFLAGS_NX, 0x0000000000000002, 0x4004000000000000, 0, fsrmi 1; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rtz, fcvt.w.d(2.5)
  TEST_FP_INT_D(161, FFLAGS_NX, 0xfffffffffffffffe, 0xc004000000000000, 0, fsrmi 1; fcvt.w.d x14, f1, dyn; fsrmi 0)  # frm = rtz, fcvt.w.d(-2.5)

  #------------------------------------------------------------- rd = x0: flags only
  TEST_FP_INT_D(162, FFLAGS_NV, 0, 0x7ff0000000000000, 0, li x14, 0; fcvt.w.d x0, f1, rtz)

  TEST_PASSFAIL

RVTEST_CODE_END
