# rv64uf-fcvt_w: fcvt.w.s / fcvt.wu.s / fcvt.l.s / fcvt.lu.s (single precision to integer).
#   rounding with every static mode (rtz, rne ties to even, rmm ties away, rup,
#   rdn) and with the dynamic mode from frm; NX for an inexact in-range result;
#   out-of-range values saturate with NV (and no NX): W forms to 0x7fffffff /
#   -2^31, WU to 0xffffffff, L to 2^63-1 / -2^63, LU to 2^64-1; a negative value
#   to an unsigned type gives 0 with NV (-1.0), but -0.9 rtz rounds to 0 (NX
#   only); NaN (either sign) -> the largest value with NV, +inf -> max, -inf ->
#   min; 32-bit results are sign-extended to 64 bits (fcvt.w of -5.0 =
#   0xfffffffffffffffb, fcvt.wu of 3e9 = 0xffffffffb2d05e00); rd = x0.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fcvt.w.s
  TEST_FCVT_TO_INT_S(2, fcvt.w.s, rtz, FFLAGS_NX, 0xffffffffffffffff, 0xbf8ccccd)  # fcvt.w.s(-1.1) rtz
  TEST_FCVT_TO_INT_S(3, fcvt.w.s, rtz, 0, 0xffffffffffffffff, 0xbf800000)  # fcvt.w.s(-1.0) rtz
  TEST_FCVT_TO_INT_S(4, fcvt.w.s, rtz, FFLAGS_NX, 0x0000000000000000, 0xbf666666)  # fcvt.w.s(-0.9) rtz
  TEST_FCVT_TO_INT_S(5, fcvt.w.s, rtz, FFLAGS_NX, 0x0000000000000000, 0x3f666666)  # fcvt.w.s(0.9) rtz
  TEST_FCVT_TO_INT_S(6, fcvt.w.s, rtz, 0, 0x0000000000000001, 0x3f800000)  # fcvt.w.s(1.0) rtz
  TEST_FCVT_TO_INT_S(7, fcvt.w.s, rtz, FFLAGS_NX, 0x0000000000000001, 0x3f8ccccd)  # fcvt.w.s(1.1) rtz
  TEST_FCVT_TO_INT_S(8, fcvt.w.s, rne, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.w.s(2.5) rne
  TEST_FCVT_TO_INT_S(9, fcvt.w.s, rne, FFLAGS_NX, 0x0000000000000004, 0x40600000)  # fcvt.w.s(3.5) rne
  TEST_FCVT_TO_INT_S(10, fcvt.w.s, rne, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000)  # fcvt.w.s(-2.5) rne
  TEST_FCVT_TO_INT_S(11, fcvt.w.s, rmm, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.w.s(2.5) rmm
  TEST_FCVT_TO_INT_S(12, fcvt.w.s, rmm, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000)  # fcvt.w.s(-2.5) rmm
  TEST_FCVT_TO_INT_S(13, fcvt.w.s, rup, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.w.s(2.5) rup
  TEST_FCVT_TO_INT_S(14, fcvt.w.s, rup, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000)  # fcvt.w.s(-2.5) rup
  TEST_FCVT_TO_INT_S(15, fcvt.w.s, rdn, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.w.s(2.5) rdn
  TEST_FCVT_TO_INT_S(16, fcvt.w.s, rdn, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000)  # fcvt.w.s(-2.5) rdn
  TEST_FCVT_TO_INT_S(17, fcvt.w.s, rne, FFLAGS_NX, 0xffffffffffffffff, 0xbf666666)  # fcvt.w.s(-0.9) rne
  TEST_FCVT_TO_INT_S(18, fcvt.w.s, rne, FFLAGS_NX, 0x0000000000000000, 0x3ecccccd)  # fcvt.w.s(0.4) rne
  TEST_FCVT_TO_INT_S(19, fcvt.w.s, rne, 0, 0x0000000000000000, 0x80000000)  # fcvt.w.s(-0) rne
  TEST_FCVT_TO_INT_S(20, fcvt.w.s, rup, FFLAGS_NX, 0x0000000000000001, 0x00000001)  # fcvt.w.s(minsub) rup
  TEST_FCVT_TO_INT_S(21, fcvt.w.s, rdn, FFLAGS_NX, 0xffffffffffffffff, 0x80000001)  # fcvt.w.s(-minsub) rdn
  TEST_FCVT_TO_INT_S(22, fcvt.w.s, rtz, 0, 0xfffffffffffffffb, 0xc0a00000)  # fcvt.w.s(-5.0) rtz
  TEST_FCVT_TO_INT_S(23, fcvt.w.s, rtz, FFLAGS_NV, 0xffffffff80000000, 0xcf32d05e)  # fcvt.w.s(-3000000000.0) rtz
  TEST_FCVT_TO_INT_S(24, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x4f32d05e)  # fcvt.w.s(3000000000.0) rtz
  TEST_FCVT_TO_INT_S(25, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x4f802666)  # fcvt.w.s(4300000000.0) rtz
  TEST_FCVT_TO_INT_S(26, fcvt.w.s, rtz, 0, 0x000000007fffff80, 0x4effffff)  # fcvt.w.s(2147483520.0) rtz
  TEST_FCVT_TO_INT_S(27, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x4f000000)  # fcvt.w.s(2147483648.0) rtz
  TEST_FCVT_TO_INT_S(28, fcvt.w.s, rtz, 0, 0xffffffff80000000, 0xcf000000)  # fcvt.w.s(-2147483648.0) rtz
  TEST_FCVT_TO_INT_S(29, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x5eff59ef)  # fcvt.w.s(9.2e+18) rtz
  TEST_FCVT_TO_INT_S(30, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x5f000000)  # fcvt.w.s(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(31, fcvt.w.s, rtz, FFLAGS_NV, 0xffffffff80000000, 0xdf000000)  # fcvt.w.s(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(32, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x5f83d6c8)  # fcvt.w.s(1.9e+19) rtz
  TEST_FCVT_TO_INT_S(33, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x5f800000)  # fcvt.w.s(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_S(34, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7f800000)  # fcvt.w.s(inf) rtz
  TEST_FCVT_TO_INT_S(35, fcvt.w.s, rtz, FFLAGS_NV, 0xffffffff80000000, 0xff800000)  # fcvt.w.s(-inf) rtz
  TEST_FCVT_TO_INT_S(36, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7fc00000)  # fcvt.w.s(qnan) rtz
  TEST_FCVT_TO_INT_S(37, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0xffc00000)  # fcvt.w.s(-qnan) rtz
  TEST_FCVT_TO_INT_S(38, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0x7f800001)  # fcvt.w.s(snan) rtz
  TEST_FCVT_TO_INT_S(39, fcvt.w.s, rtz, FFLAGS_NV, 0x000000007fffffff, 0xff800001)  # fcvt.w.s(-snan) rtz

  #------------------------------------------------------------- fcvt.wu.s
  TEST_FCVT_TO_INT_S(40, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xbf8ccccd)  # fcvt.wu.s(-1.1) rtz
  TEST_FCVT_TO_INT_S(41, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xbf800000)  # fcvt.wu.s(-1.0) rtz
  TEST_FCVT_TO_INT_S(42, fcvt.wu.s, rtz, FFLAGS_NX, 0x0000000000000000, 0xbf666666)  # fcvt.wu.s(-0.9) rtz
  TEST_FCVT_TO_INT_S(43, fcvt.wu.s, rtz, FFLAGS_NX, 0x0000000000000000, 0x3f666666)  # fcvt.wu.s(0.9) rtz
  TEST_FCVT_TO_INT_S(44, fcvt.wu.s, rtz, 0, 0x0000000000000001, 0x3f800000)  # fcvt.wu.s(1.0) rtz
  TEST_FCVT_TO_INT_S(45, fcvt.wu.s, rtz, FFLAGS_NX, 0x0000000000000001, 0x3f8ccccd)  # fcvt.wu.s(1.1) rtz
  TEST_FCVT_TO_INT_S(46, fcvt.wu.s, rne, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.wu.s(2.5) rne
  TEST_FCVT_TO_INT_S(47, fcvt.wu.s, rne, FFLAGS_NX, 0x0000000000000004, 0x40600000)  # fcvt.wu.s(3.5) rne
  TEST_FCVT_TO_INT_S(48, fcvt.wu.s, rne, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.wu.s(-2.5) rne
  TEST_FCVT_TO_INT_S(49, fcvt.wu.s, rmm, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.wu.s(2.5) rmm
  TEST_FCVT_TO_INT_S(50, fcvt.wu.s, rmm, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.wu.s(-2.5) rmm
  TEST_FCVT_TO_INT_S(51, fcvt.wu.s, rup, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.wu.s(2.5) rup
  TEST_FCVT_TO_INT_S(52, fcvt.wu.s, rup, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.wu.s(-2.5) rup
  TEST_FCVT_TO_INT_S(53, fcvt.wu.s, rdn, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.wu.s(2.5) rdn
  TEST_FCVT_TO_INT_S(54, fcvt.wu.s, rdn, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.wu.s(-2.5) rdn
  TEST_FCVT_TO_INT_S(55, fcvt.wu.s, rne, FFLAGS_NV, 0x0000000000000000, 0xbf666666)  # fcvt.wu.s(-0.9) rne
  TEST_FCVT_TO_INT_S(56, fcvt.wu.s, rne, FFLAGS_NX, 0x0000000000000000, 0x3ecccccd)  # fcvt.wu.s(0.4) rne
  TEST_FCVT_TO_INT_S(57, fcvt.wu.s, rne, 0, 0x0000000000000000, 0x80000000)  # fcvt.wu.s(-0) rne
  TEST_FCVT_TO_INT_S(58, fcvt.wu.s, rup, FFLAGS_NX, 0x0000000000000001, 0x00000001)  # fcvt.wu.s(minsub) rup
  TEST_FCVT_TO_INT_S(59, fcvt.wu.s, rdn, FFLAGS_NV, 0x0000000000000000, 0x80000001)  # fcvt.wu.s(-minsub) rdn
  TEST_FCVT_TO_INT_S(60, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xc0a00000)  # fcvt.wu.s(-5.0) rtz
  TEST_FCVT_TO_INT_S(61, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xcf32d05e)  # fcvt.wu.s(-3000000000.0) rtz
  TEST_FCVT_TO_INT_S(62, fcvt.wu.s, rtz, 0, 0xffffffffb2d05e00, 0x4f32d05e)  # fcvt.wu.s(3000000000.0) rtz
  TEST_FCVT_TO_INT_S(63, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x4f802666)  # fcvt.wu.s(4300000000.0) rtz
  TEST_FCVT_TO_INT_S(64, fcvt.wu.s, rtz, 0, 0x000000007fffff80, 0x4effffff)  # fcvt.wu.s(2147483520.0) rtz
  TEST_FCVT_TO_INT_S(65, fcvt.wu.s, rtz, 0, 0xffffffff80000000, 0x4f000000)  # fcvt.wu.s(2147483648.0) rtz
  TEST_FCVT_TO_INT_S(66, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xcf000000)  # fcvt.wu.s(-2147483648.0) rtz
  TEST_FCVT_TO_INT_S(67, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5eff59ef)  # fcvt.wu.s(9.2e+18) rtz
  TEST_FCVT_TO_INT_S(68, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5f000000)  # fcvt.wu.s(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(69, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xdf000000)  # fcvt.wu.s(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(70, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5f83d6c8)  # fcvt.wu.s(1.9e+19) rtz
  TEST_FCVT_TO_INT_S(71, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5f800000)  # fcvt.wu.s(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_S(72, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7f800000)  # fcvt.wu.s(inf) rtz
  TEST_FCVT_TO_INT_S(73, fcvt.wu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xff800000)  # fcvt.wu.s(-inf) rtz
  TEST_FCVT_TO_INT_S(74, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7fc00000)  # fcvt.wu.s(qnan) rtz
  TEST_FCVT_TO_INT_S(75, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xffc00000)  # fcvt.wu.s(-qnan) rtz
  TEST_FCVT_TO_INT_S(76, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7f800001)  # fcvt.wu.s(snan) rtz
  TEST_FCVT_TO_INT_S(77, fcvt.wu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xff800001)  # fcvt.wu.s(-snan) rtz

  #------------------------------------------------------------- fcvt.l.s
  TEST_FCVT_TO_INT_S(78, fcvt.l.s, rtz, FFLAGS_NX, 0xffffffffffffffff, 0xbf8ccccd)  # fcvt.l.s(-1.1) rtz
  TEST_FCVT_TO_INT_S(79, fcvt.l.s, rtz, 0, 0xffffffffffffffff, 0xbf800000)  # fcvt.l.s(-1.0) rtz
  TEST_FCVT_TO_INT_S(80, fcvt.l.s, rtz, FFLAGS_NX, 0x0000000000000000, 0xbf666666)  # fcvt.l.s(-0.9) rtz
  TEST_FCVT_TO_INT_S(81, fcvt.l.s, rtz, FFLAGS_NX, 0x0000000000000000, 0x3f666666)  # fcvt.l.s(0.9) rtz
  TEST_FCVT_TO_INT_S(82, fcvt.l.s, rtz, 0, 0x0000000000000001, 0x3f800000)  # fcvt.l.s(1.0) rtz
  TEST_FCVT_TO_INT_S(83, fcvt.l.s, rtz, FFLAGS_NX, 0x0000000000000001, 0x3f8ccccd)  # fcvt.l.s(1.1) rtz
  TEST_FCVT_TO_INT_S(84, fcvt.l.s, rne, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.l.s(2.5) rne
  TEST_FCVT_TO_INT_S(85, fcvt.l.s, rne, FFLAGS_NX, 0x0000000000000004, 0x40600000)  # fcvt.l.s(3.5) rne
  TEST_FCVT_TO_INT_S(86, fcvt.l.s, rne, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000)  # fcvt.l.s(-2.5) rne
  TEST_FCVT_TO_INT_S(87, fcvt.l.s, rmm, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.l.s(2.5) rmm
  TEST_FCVT_TO_INT_S(88, fcvt.l.s, rmm, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000)  # fcvt.l.s(-2.5) rmm
  TEST_FCVT_TO_INT_S(89, fcvt.l.s, rup, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.l.s(2.5) rup
  TEST_FCVT_TO_INT_S(90, fcvt.l.s, rup, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000)  # fcvt.l.s(-2.5) rup
  TEST_FCVT_TO_INT_S(91, fcvt.l.s, rdn, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.l.s(2.5) rdn
  TEST_FCVT_TO_INT_S(92, fcvt.l.s, rdn, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000)  # fcvt.l.s(-2.5) rdn
  TEST_FCVT_TO_INT_S(93, fcvt.l.s, rne, FFLAGS_NX, 0xffffffffffffffff, 0xbf666666)  # fcvt.l.s(-0.9) rne
  TEST_FCVT_TO_INT_S(94, fcvt.l.s, rne, FFLAGS_NX, 0x0000000000000000, 0x3ecccccd)  # fcvt.l.s(0.4) rne
  TEST_FCVT_TO_INT_S(95, fcvt.l.s, rne, 0, 0x0000000000000000, 0x80000000)  # fcvt.l.s(-0) rne
  TEST_FCVT_TO_INT_S(96, fcvt.l.s, rup, FFLAGS_NX, 0x0000000000000001, 0x00000001)  # fcvt.l.s(minsub) rup
  TEST_FCVT_TO_INT_S(97, fcvt.l.s, rdn, FFLAGS_NX, 0xffffffffffffffff, 0x80000001)  # fcvt.l.s(-minsub) rdn
  TEST_FCVT_TO_INT_S(98, fcvt.l.s, rtz, 0, 0xfffffffffffffffb, 0xc0a00000)  # fcvt.l.s(-5.0) rtz
  TEST_FCVT_TO_INT_S(99, fcvt.l.s, rtz, 0, 0xffffffff4d2fa200, 0xcf32d05e)  # fcvt.l.s(-3000000000.0) rtz
  TEST_FCVT_TO_INT_S(100, fcvt.l.s, rtz, 0, 0x00000000b2d05e00, 0x4f32d05e)  # fcvt.l.s(3000000000.0) rtz
  TEST_FCVT_TO_INT_S(101, fcvt.l.s, rtz, 0, 0x00000001004ccc00, 0x4f802666)  # fcvt.l.s(4300000000.0) rtz
  TEST_FCVT_TO_INT_S(102, fcvt.l.s, rtz, 0, 0x000000007fffff80, 0x4effffff)  # fcvt.l.s(2147483520.0) rtz
  TEST_FCVT_TO_INT_S(103, fcvt.l.s, rtz, 0, 0x0000000080000000, 0x4f000000)  # fcvt.l.s(2147483648.0) rtz
  TEST_FCVT_TO_INT_S(104, fcvt.l.s, rtz, 0, 0xffffffff80000000, 0xcf000000)  # fcvt.l.s(-2147483648.0) rtz
  TEST_FCVT_TO_INT_S(105, fcvt.l.s, rtz, 0, 0x7facf78000000000, 0x5eff59ef)  # fcvt.l.s(9.2e+18) rtz
  TEST_FCVT_TO_INT_S(106, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x5f000000)  # fcvt.l.s(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(107, fcvt.l.s, rtz, 0, 0x8000000000000000, 0xdf000000)  # fcvt.l.s(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(108, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x5f83d6c8)  # fcvt.l.s(1.9e+19) rtz
  TEST_FCVT_TO_INT_S(109, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x5f800000)  # fcvt.l.s(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_S(110, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7f800000)  # fcvt.l.s(inf) rtz
  TEST_FCVT_TO_INT_S(111, fcvt.l.s, rtz, FFLAGS_NV, 0x8000000000000000, 0xff800000)  # fcvt.l.s(-inf) rtz
  TEST_FCVT_TO_INT_S(112, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7fc00000)  # fcvt.l.s(qnan) rtz
  TEST_FCVT_TO_INT_S(113, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0xffc00000)  # fcvt.l.s(-qnan) rtz
  TEST_FCVT_TO_INT_S(114, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0x7f800001)  # fcvt.l.s(snan) rtz
  TEST_FCVT_TO_INT_S(115, fcvt.l.s, rtz, FFLAGS_NV, 0x7fffffffffffffff, 0xff800001)  # fcvt.l.s(-snan) rtz

  #------------------------------------------------------------- fcvt.lu.s
  TEST_FCVT_TO_INT_S(116, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xbf8ccccd)  # fcvt.lu.s(-1.1) rtz
  TEST_FCVT_TO_INT_S(117, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xbf800000)  # fcvt.lu.s(-1.0) rtz
  TEST_FCVT_TO_INT_S(118, fcvt.lu.s, rtz, FFLAGS_NX, 0x0000000000000000, 0xbf666666)  # fcvt.lu.s(-0.9) rtz
  TEST_FCVT_TO_INT_S(119, fcvt.lu.s, rtz, FFLAGS_NX, 0x0000000000000000, 0x3f666666)  # fcvt.lu.s(0.9) rtz
  TEST_FCVT_TO_INT_S(120, fcvt.lu.s, rtz, 0, 0x0000000000000001, 0x3f800000)  # fcvt.lu.s(1.0) rtz
  TEST_FCVT_TO_INT_S(121, fcvt.lu.s, rtz, FFLAGS_NX, 0x0000000000000001, 0x3f8ccccd)  # fcvt.lu.s(1.1) rtz
  TEST_FCVT_TO_INT_S(122, fcvt.lu.s, rne, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.lu.s(2.5) rne
  TEST_FCVT_TO_INT_S(123, fcvt.lu.s, rne, FFLAGS_NX, 0x0000000000000004, 0x40600000)  # fcvt.lu.s(3.5) rne
  TEST_FCVT_TO_INT_S(124, fcvt.lu.s, rne, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.lu.s(-2.5) rne
  TEST_FCVT_TO_INT_S(125, fcvt.lu.s, rmm, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.lu.s(2.5) rmm
  TEST_FCVT_TO_INT_S(126, fcvt.lu.s, rmm, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.lu.s(-2.5) rmm
  TEST_FCVT_TO_INT_S(127, fcvt.lu.s, rup, FFLAGS_NX, 0x0000000000000003, 0x40200000)  # fcvt.lu.s(2.5) rup
  TEST_FCVT_TO_INT_S(128, fcvt.lu.s, rup, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.lu.s(-2.5) rup
  TEST_FCVT_TO_INT_S(129, fcvt.lu.s, rdn, FFLAGS_NX, 0x0000000000000002, 0x40200000)  # fcvt.lu.s(2.5) rdn
  TEST_FCVT_TO_INT_S(130, fcvt.lu.s, rdn, FFLAGS_NV, 0x0000000000000000, 0xc0200000)  # fcvt.lu.s(-2.5) rdn
  TEST_FCVT_TO_INT_S(131, fcvt.lu.s, rne, FFLAGS_NV, 0x0000000000000000, 0xbf666666)  # fcvt.lu.s(-0.9) rne
  TEST_FCVT_TO_INT_S(132, fcvt.lu.s, rne, FFLAGS_NX, 0x0000000000000000, 0x3ecccccd)  # fcvt.lu.s(0.4) rne
  TEST_FCVT_TO_INT_S(133, fcvt.lu.s, rne, 0, 0x0000000000000000, 0x80000000)  # fcvt.lu.s(-0) rne
  TEST_FCVT_TO_INT_S(134, fcvt.lu.s, rup, FFLAGS_NX, 0x0000000000000001, 0x00000001)  # fcvt.lu.s(minsub) rup
  TEST_FCVT_TO_INT_S(135, fcvt.lu.s, rdn, FFLAGS_NV, 0x0000000000000000, 0x80000001)  # fcvt.lu.s(-minsub) rdn
  TEST_FCVT_TO_INT_S(136, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xc0a00000)  # fcvt.lu.s(-5.0) rtz
  TEST_FCVT_TO_INT_S(137, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xcf32d05e)  # fcvt.lu.s(-3000000000.0) rtz
  TEST_FCVT_TO_INT_S(138, fcvt.lu.s, rtz, 0, 0x00000000b2d05e00, 0x4f32d05e)  # fcvt.lu.s(3000000000.0) rtz
  TEST_FCVT_TO_INT_S(139, fcvt.lu.s, rtz, 0, 0x00000001004ccc00, 0x4f802666)  # fcvt.lu.s(4300000000.0) rtz
  TEST_FCVT_TO_INT_S(140, fcvt.lu.s, rtz, 0, 0x000000007fffff80, 0x4effffff)  # fcvt.lu.s(2147483520.0) rtz
  TEST_FCVT_TO_INT_S(141, fcvt.lu.s, rtz, 0, 0x0000000080000000, 0x4f000000)  # fcvt.lu.s(2147483648.0) rtz
  TEST_FCVT_TO_INT_S(142, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xcf000000)  # fcvt.lu.s(-2147483648.0) rtz
  TEST_FCVT_TO_INT_S(143, fcvt.lu.s, rtz, 0, 0x7facf78000000000, 0x5eff59ef)  # fcvt.lu.s(9.2e+18) rtz
  TEST_FCVT_TO_INT_S(144, fcvt.lu.s, rtz, 0, 0x8000000000000000, 0x5f000000)  # fcvt.lu.s(9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(145, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xdf000000)  # fcvt.lu.s(-9.223372036854776e+18) rtz
  TEST_FCVT_TO_INT_S(146, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5f83d6c8)  # fcvt.lu.s(1.9e+19) rtz
  TEST_FCVT_TO_INT_S(147, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x5f800000)  # fcvt.lu.s(1.8446744073709552e+19) rtz
  TEST_FCVT_TO_INT_S(148, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7f800000)  # fcvt.lu.s(inf) rtz
  TEST_FCVT_TO_INT_S(149, fcvt.lu.s, rtz, FFLAGS_NV, 0x0000000000000000, 0xff800000)  # fcvt.lu.s(-inf) rtz
  TEST_FCVT_TO_INT_S(150, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7fc00000)  # fcvt.lu.s(qnan) rtz
  TEST_FCVT_TO_INT_S(151, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xffc00000)  # fcvt.lu.s(-qnan) rtz
  TEST_FCVT_TO_INT_S(152, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0x7f800001)  # fcvt.lu.s(snan) rtz
  TEST_FCVT_TO_INT_S(153, fcvt.lu.s, rtz, FFLAGS_NV, 0xffffffffffffffff, 0xff800001)  # fcvt.lu.s(-snan) rtz

  #------------------------------------------------------------- dynamic rounding mode (frm)
  TEST_FP_INT_S(154, FFLAGS_NX, 0x0000000000000003, 0x40200000, 0, fsrmi 3; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rup, fcvt.w.s(2.5)
  TEST_FP_INT_S(155, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000, 0, fsrmi 3; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rup, fcvt.w.s(-2.5)
  TEST_FP_INT_S(156, FFLAGS_NX, 0x0000000000000002, 0x40200000, 0, fsrmi 2; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rdn, fcvt.w.s(2.5)
  TEST_FP_INT_S(157, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000, 0, fsrmi 2; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rdn, fcvt.w.s(-2.5)
  TEST_FP_INT_S(158, FFLAGS_NX, 0x0000000000000003, 0x40200000, 0, fsrmi 4; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rmm, fcvt.w.s(2.5)
  TEST_FP_INT_S(159, FFLAGS_NX, 0xfffffffffffffffd, 0xc0200000, 0, fsrmi 4; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rmm, fcvt.w.s(-2.5)
  TEST_FP_INT_S(160, FFLAGS_NX, 0x0000000000000002, 0x40200000, 0, fsrmi 1; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rtz, fcvt.w.s(2.5)
  TEST_FP_INT_S(161, FFLAGS_NX, 0xfffffffffffffffe, 0xc0200000, 0, fsrmi 1; fcvt.w.s x14, f1, dyn; fsrmi 0)  # frm = rtz, fcvt.w.s(-2.5)

  #------------------------------------------------------------- rd = x0: flags only
  TEST_FP_INT_S(162, FFLAGS_NV, 0, 0x7f800000, 0, li x14, 0; fcvt.w.s x0, f1, rtz)

  TEST_PASSFAIL

RVTEST_CODE_END
