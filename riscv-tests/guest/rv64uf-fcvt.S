# rv64uf-fcvt: fcvt.s.w / .wu / .l / .lu (integer to single precision), fcvt.s.d, fcvt.d.s.
#   exact conversions, inexact ones rounded with static modes (ties to even,
#   rup, rdn, rtz) and with the dynamic mode from frm, NX; W/WU use only the low
#   32 bits of rs1 (0x1_00000003 -> 3), WU/LU treat it as unsigned (0xffffffff,
#   2^64-1 -> 2^32 / 2^64 with NX), most negative values.
#   fcvt.s.d: rounding with static modes, overflow to inf or the largest finite
#   value (OF|NX), underflow to zero / the smallest subnormal (UF|NX), NaNs (any
#   payload, either sign) -> canonical NaN, NV only for sNaN. fcvt.d.s: exact,
#   subnormal singles become normal doubles, NaNs -> canonical 0x7ff8000000000000
#   (NV for sNaN); an unboxed source reads as the canonical NaN.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fcvt.s.w
  TEST_FCVT_FROM_INT_S(2, fcvt.s.w, rne, 0, 0x00000000, 0x0000000000000000)  # fcvt.s.w(0) rne
  TEST_FCVT_FROM_INT_S(3, fcvt.s.w, rne, 0, 0x3f800000, 0x0000000000000001)  # fcvt.s.w(1) rne
  TEST_FCVT_FROM_INT_S(4, fcvt.s.w, rne, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.w(-1) rne
  TEST_FCVT_FROM_INT_S(5, fcvt.s.w, rne, 0, 0x40000000, 0x0000000000000002)  # fcvt.s.w(2) rne
  TEST_FCVT_FROM_INT_S(6, fcvt.s.w, rne, FFLAGS_NX, 0x4b800000, 0x0000000001000001)  # fcvt.s.w(16777217) rne
  TEST_FCVT_FROM_INT_S(7, fcvt.s.w, rup, FFLAGS_NX, 0x4b800001, 0x0000000001000001)  # fcvt.s.w(16777217) rup
  TEST_FCVT_FROM_INT_S(8, fcvt.s.w, rne, FFLAGS_NX, 0x4b800002, 0x0000000001000003)  # fcvt.s.w(16777219) rne
  TEST_FCVT_FROM_INT_S(9, fcvt.s.w, rdn, FFLAGS_NX, 0xcb800001, 0xfffffffffeffffff)  # fcvt.s.w(-16777217) rdn
  TEST_FCVT_FROM_INT_S(10, fcvt.s.w, rne, FFLAGS_NX, 0x4f000000, 0x000000007fffffff)  # fcvt.s.w(2147483647) rne
  TEST_FCVT_FROM_INT_S(11, fcvt.s.w, rtz, FFLAGS_NX, 0x4effffff, 0x000000007fffffff)  # fcvt.s.w(2147483647) rtz
  TEST_FCVT_FROM_INT_S(12, fcvt.s.w, rne, 0, 0xcf000000, 0xffffffff80000000)  # fcvt.s.w(-2147483648) rne
  TEST_FCVT_FROM_INT_S(13, fcvt.s.w, rne, 0, 0x40400000, 0x0000000100000003)  # fcvt.s.w(3) rne
  TEST_FCVT_FROM_INT_S(14, fcvt.s.w, rne, 0, 0xbf800000, 0x00000000ffffffff)  # fcvt.s.w(-1) rne
  TEST_FCVT_FROM_INT_S(15, fcvt.s.w, rne, 0, 0x3f800000, 0x0020000000000001)  # fcvt.s.w(1) rne
  TEST_FCVT_FROM_INT_S(16, fcvt.s.w, rup, 0, 0x3f800000, 0x0020000000000001)  # fcvt.s.w(1) rup
  TEST_FCVT_FROM_INT_S(17, fcvt.s.w, rne, 0, 0x40400000, 0x0020000000000003)  # fcvt.s.w(3) rne
  TEST_FCVT_FROM_INT_S(18, fcvt.s.w, rne, 0, 0xbf800000, 0x7fffffffffffffff)  # fcvt.s.w(-1) rne
  TEST_FCVT_FROM_INT_S(19, fcvt.s.w, rtz, 0, 0xbf800000, 0x7fffffffffffffff)  # fcvt.s.w(-1) rtz
  TEST_FCVT_FROM_INT_S(20, fcvt.s.w, rne, 0, 0x00000000, 0x8000000000000000)  # fcvt.s.w(0) rne
  TEST_FCVT_FROM_INT_S(21, fcvt.s.w, rtz, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.w(-1) rtz
  TEST_FCVT_FROM_INT_S(22, fcvt.s.w, rdn, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.w(-1) rdn

  #------------------------------------------------------------- fcvt.s.wu
  TEST_FCVT_FROM_INT_S(23, fcvt.s.wu, rne, 0, 0x00000000, 0x0000000000000000)  # fcvt.s.wu(0) rne
  TEST_FCVT_FROM_INT_S(24, fcvt.s.wu, rne, 0, 0x3f800000, 0x0000000000000001)  # fcvt.s.wu(1) rne
  TEST_FCVT_FROM_INT_S(25, fcvt.s.wu, rne, FFLAGS_NX, 0x4f800000, 0xffffffffffffffff)  # fcvt.s.wu(4294967295) rne
  TEST_FCVT_FROM_INT_S(26, fcvt.s.wu, rne, 0, 0x40000000, 0x0000000000000002)  # fcvt.s.wu(2) rne
  TEST_FCVT_FROM_INT_S(27, fcvt.s.wu, rne, FFLAGS_NX, 0x4b800000, 0x0000000001000001)  # fcvt.s.wu(16777217) rne
  TEST_FCVT_FROM_INT_S(28, fcvt.s.wu, rup, FFLAGS_NX, 0x4b800001, 0x0000000001000001)  # fcvt.s.wu(16777217) rup
  TEST_FCVT_FROM_INT_S(29, fcvt.s.wu, rne, FFLAGS_NX, 0x4b800002, 0x0000000001000003)  # fcvt.s.wu(16777219) rne
  TEST_FCVT_FROM_INT_S(30, fcvt.s.wu, rdn, FFLAGS_NX, 0x4f7effff, 0xfffffffffeffffff)  # fcvt.s.wu(4278190079) rdn
  TEST_FCVT_FROM_INT_S(31, fcvt.s.wu, rne, FFLAGS_NX, 0x4f000000, 0x000000007fffffff)  # fcvt.s.wu(2147483647) rne
  TEST_FCVT_FROM_INT_S(32, fcvt.s.wu, rtz, FFLAGS_NX, 0x4effffff, 0x000000007fffffff)  # fcvt.s.wu(2147483647) rtz
  TEST_FCVT_FROM_INT_S(33, fcvt.s.wu, rne, 0, 0x4f000000, 0xffffffff80000000)  # fcvt.s.wu(2147483648) rne
  TEST_FCVT_FROM_INT_S(34, fcvt.s.wu, rne, 0, 0x40400000, 0x0000000100000003)  # fcvt.s.wu(3) rne
  TEST_FCVT_FROM_INT_S(35, fcvt.s.wu, rne, FFLAGS_NX, 0x4f800000, 0x00000000ffffffff)  # fcvt.s.wu(4294967295) rne
  TEST_FCVT_FROM_INT_S(36, fcvt.s.wu, rne, 0, 0x3f800000, 0x0020000000000001)  # fcvt.s.wu(1) rne
  TEST_FCVT_FROM_INT_S(37, fcvt.s.wu, rup, 0, 0x3f800000, 0x0020000000000001)  # fcvt.s.wu(1) rup
  TEST_FCVT_FROM_INT_S(38, fcvt.s.wu, rne, 0, 0x40400000, 0x0020000000000003)  # fcvt.s.wu(3) rne
  TEST_FCVT_FROM_INT_S(39, fcvt.s.wu, rne, FFLAGS_NX, 0x4f800000, 0x7fffffffffffffff)  # fcvt.s.wu(4294967295) rne
  TEST_FCVT_FROM_INT_S(40, fcvt.s.wu, rtz, FFLAGS_NX, 0x4f7fffff, 0x7fffffffffffffff)  # fcvt.s.wu(4294967295) rtz
  TEST_FCVT_FROM_INT_S(41, fcvt.s.wu, rne, 0, 0x00000000, 0x8000000000000000)  # fcvt.s.wu(0) rne
  TEST_FCVT_FROM_INT_S(42, fcvt.s.wu, rtz, FFLAGS_NX, 0x4f7fffff, 0xffffffffffffffff)  # fcvt.s.wu(4294967295) rtz
  TEST_FCVT_FROM_INT_S(43, fcvt.s.wu, rdn, FFLAGS_NX, 0x4f7fffff, 0xffffffffffffffff)  # fcvt.s.wu(4294967295) rdn

  #------------------------------------------------------------- fcvt.s.l
  TEST_FCVT_FROM_INT_S(44, fcvt.s.l, rne, 0, 0x00000000, 0x0000000000000000)  # fcvt.s.l(0) rne
  TEST_FCVT_FROM_INT_S(45, fcvt.s.l, rne, 0, 0x3f800000, 0x0000000000000001)  # fcvt.s.l(1) rne
  TEST_FCVT_FROM_INT_S(46, fcvt.s.l, rne, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.l(-1) rne
  TEST_FCVT_FROM_INT_S(47, fcvt.s.l, rne, 0, 0x40000000, 0x0000000000000002)  # fcvt.s.l(2) rne
  TEST_FCVT_FROM_INT_S(48, fcvt.s.l, rne, FFLAGS_NX, 0x4b800000, 0x0000000001000001)  # fcvt.s.l(16777217) rne
  TEST_FCVT_FROM_INT_S(49, fcvt.s.l, rup, FFLAGS_NX, 0x4b800001, 0x0000000001000001)  # fcvt.s.l(16777217) rup
  TEST_FCVT_FROM_INT_S(50, fcvt.s.l, rne, FFLAGS_NX, 0x4b800002, 0x0000000001000003)  # fcvt.s.l(16777219) rne
  TEST_FCVT_FROM_INT_S(51, fcvt.s.l, rdn, FFLAGS_NX, 0xcb800001, 0xfffffffffeffffff)  # fcvt.s.l(-16777217) rdn
  TEST_FCVT_FROM_INT_S(52, fcvt.s.l, rne, FFLAGS_NX, 0x4f000000, 0x000000007fffffff)  # fcvt.s.l(2147483647) rne
  TEST_FCVT_FROM_INT_S(53, fcvt.s.l, rtz, FFLAGS_NX, 0x4effffff, 0x000000007fffffff)  # fcvt.s.l(2147483647) rtz
  TEST_FCVT_FROM_INT_S(54, fcvt.s.l, rne, 0, 0xcf000000, 0xffffffff80000000)  # fcvt.s.l(-2147483648) rne
  TEST_FCVT_FROM_INT_S(55, fcvt.s.l, rne, FFLAGS_NX, 0x4f800000, 0x0000000100000003)  # fcvt.s.l(4294967299) rne
  TEST_FCVT_FROM_INT_S(56, fcvt.s.l, rne, FFLAGS_NX, 0x4f800000, 0x00000000ffffffff)  # fcvt.s.l(4294967295) rne
  TEST_FCVT_FROM_INT_S(57, fcvt.s.l, rne, FFLAGS_NX, 0x5a000000, 0x0020000000000001)  # fcvt.s.l(9007199254740993) rne
  TEST_FCVT_FROM_INT_S(58, fcvt.s.l, rup, FFLAGS_NX, 0x5a000001, 0x0020000000000001)  # fcvt.s.l(9007199254740993) rup
  TEST_FCVT_FROM_INT_S(59, fcvt.s.l, rne, FFLAGS_NX, 0x5a000000, 0x0020000000000003)  # fcvt.s.l(9007199254740995) rne
  TEST_FCVT_FROM_INT_S(60, fcvt.s.l, rne, FFLAGS_NX, 0x5f000000, 0x7fffffffffffffff)  # fcvt.s.l(9223372036854775807) rne
  TEST_FCVT_FROM_INT_S(61, fcvt.s.l, rtz, FFLAGS_NX, 0x5effffff, 0x7fffffffffffffff)  # fcvt.s.l(9223372036854775807) rtz
  TEST_FCVT_FROM_INT_S(62, fcvt.s.l, rne, 0, 0xdf000000, 0x8000000000000000)  # fcvt.s.l(-9223372036854775808) rne
  TEST_FCVT_FROM_INT_S(63, fcvt.s.l, rtz, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.l(-1) rtz
  TEST_FCVT_FROM_INT_S(64, fcvt.s.l, rdn, 0, 0xbf800000, 0xffffffffffffffff)  # fcvt.s.l(-1) rdn

  #------------------------------------------------------------- fcvt.s.lu
  TEST_FCVT_FROM_INT_S(65, fcvt.s.lu, rne, 0, 0x00000000, 0x0000000000000000)  # fcvt.s.lu(0) rne
  TEST_FCVT_FROM_INT_S(66, fcvt.s.lu, rne, 0, 0x3f800000, 0x0000000000000001)  # fcvt.s.lu(1) rne
  TEST_FCVT_FROM_INT_S(67, fcvt.s.lu, rne, FFLAGS_NX, 0x5f800000, 0xffffffffffffffff)  # fcvt.s.lu(18446744073709551615) rne
  TEST_FCVT_FROM_INT_S(68, fcvt.s.lu, rne, 0, 0x40000000, 0x0000000000000002)  # fcvt.s.lu(2) rne
  TEST_FCVT_FROM_INT_S(69, fcvt.s.lu, rne, FFLAGS_NX, 0x4b800000, 0x0000000001000001)  # fcvt.s.lu(16777217) rne
  TEST_FCVT_FROM_INT_S(70, fcvt.s.lu, rup, FFLAGS_NX, 0x4b800001, 0x0000000001000001)  # fcvt.s.lu(16777217) rup
  TEST_FCVT_FROM_INT_S(71, fcvt.s.lu, rne, FFLAGS_NX, 0x4b800002, 0x0000000001000003)  # fcvt.s.lu(16777219) rne
  TEST_FCVT_FROM_INT_S(72, fcvt.s.lu, rdn, FFLAGS_NX, 0x5f7fffff, 0xfffffffffeffffff)  # fcvt.s.lu(18446744073692774399) rdn
  TEST_FCVT_FROM_INT_S(73, fcvt.s.lu, rne, FFLAGS_NX, 0x4f000000, 0x000000007fffffff)  # fcvt.s.lu(2147483647) rne
  TEST_FCVT_FROM_INT_S(74, fcvt.s.lu, rtz, FFLAGS_NX, 0x4effffff, 0x000000007fffffff)  # fcvt.s.lu(2147483647) rtz
  TEST_FCVT_FROM_INT_S(75, fcvt.s.lu, rne, FFLAGS_NX, 0x5f800000, 0xffffffff80000000)  # fcvt.s.lu(18446744071562067968) rne
  TEST_FCVT_FROM_INT_S(76, fcvt.s.lu, rne, FFLAGS_NX, 0x4f800000, 0x0000000100000003)  # fcvt.s.lu(4294967299) rne
  TEST_FCVT_FROM_INT_S(77, fcvt.s.lu, rne, FFLAGS_NX, 0x4f800000, 0x00000000ffffffff)  # fcvt.s.lu(4294967295) rne
  TEST_FCVT_FROM_INT_S(78, fcvt.s.lu, rne, FFLAGS_NX, 0x5a000000, 0x0020000000000001)  # fcvt.s.lu(9007199254740993) rne
  TEST_FCVT_FROM_INT_S(79, fcvt.s.lu, rup, FFLAGS_NX, 0x5a000001, 0x0020000000000001)  # fcvt.s.lu(9007199254740993) rup
  TEST_FCVT_FROM_INT_S(80, fcvt.s.lu, rne, FFLAGS_NX, 0x5a000000, 0x0020000000000003)  # fcvt.s.lu(9007199254740995) rne
  TEST_FCVT_FROM_INT_S(81, fcvt.s.lu, rne, FFLAGS_NX, 0x5f000000, 0x7fffffffffffffff)  # fcvt.s.lu(9223372036854775807) rne
  TEST_FCVT_FROM_INT_S(82, fcvt.s.lu, rtz, FFLAGS_NX, 0x5effffff, 0x7fffffffffffffff)  # fcvt.s.lu(9223372036854775807) rtz
  TEST_FCVT_FROM_INT_S(83, fcvt.s.lu, rne, 0, 0x5f000000, 0x8000000000000000)  # fcvt.s.lu(9223372036854775808) rne
  TEST_FCVT_FROM_INT_S(84, fcvt.s.lu, rtz, FFLAGS_NX, 0x5f7fffff, 0xffffffffffffffff)  # fcvt.s.lu(18446744073709551615) rtz
  TEST_FCVT_FROM_INT_S(85, fcvt.s.lu, rdn, FFLAGS_NX, 0x5f7fffff, 0xffffffffffffffff)  # fcvt.s.lu(18446744073709551615) rdn

  #------------------------------------------------------------- dynamic rounding mode (frm)
  TEST_INT_FP_S(86, FFLAGS_NX, 0x5f000000, 0x7fffffffffffffff, fsrmi 3; fcvt.s.l f4, x2, dyn; fsrmi 0)  # frm = rup, fcvt.s.l(2^63-1)
  TEST_INT_FP_S(87, FFLAGS_NX, 0x5effffff, 0x7fffffffffffffff, fsrmi 2; fcvt.s.l f4, x2, dyn; fsrmi 0)  # frm = rdn, fcvt.s.l(2^63-1)
  TEST_INT_FP_S(88, FFLAGS_NX, 0x5effffff, 0x7fffffffffffffff, fsrmi 1; fcvt.s.l f4, x2, dyn; fsrmi 0)  # frm = rtz, fcvt.s.l(2^63-1)

  #------------------------------------------------------------- fcvt.s.d (the operand is a double, written with fmv.d.x)
  TEST_FP_S(89, 0, 0x3fc00000, 0, 0, 0, FP_LOAD_D(f1, 0x3ff8000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(1.5) rne
  TEST_FP_S(90, 0, 0xbfc00000, 0, 0, 0, FP_LOAD_D(f1, 0xbff8000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(-1.5) rne
  TEST_FP_S(91, FFLAGS_NX, 0x3f8ccccd, 0, 0, 0, FP_LOAD_D(f1, 0x3ff199999999999a); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(1.1) rne
  TEST_FP_S(92, FFLAGS_NX, 0x3f8ccccd, 0, 0, 0, FP_LOAD_D(f1, 0x3ff199999999999a); fsflags x0; fcvt.s.d f4, f1, rup)  # fcvt.s.d(1.1) rup
  TEST_FP_S(93, FFLAGS_NX, 0x3f8ccccc, 0, 0, 0, FP_LOAD_D(f1, 0x3ff199999999999a); fsflags x0; fcvt.s.d f4, f1, rtz)  # fcvt.s.d(1.1) rtz
  TEST_FP_S(94, FFLAGS_NX, 0xbf8ccccd, 0, 0, 0, FP_LOAD_D(f1, 0xbff199999999999a); fsflags x0; fcvt.s.d f4, f1, rdn)  # fcvt.s.d(-1.1) rdn
  TEST_FP_S(95, FFLAGS_OF|FFLAGS_NX, 0x7f800000, 0, 0, 0, FP_LOAD_D(f1, 0x7e37e43c8800759c); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(1e+300) rne
  TEST_FP_S(96, FFLAGS_OF|FFLAGS_NX, 0x7f7fffff, 0, 0, 0, FP_LOAD_D(f1, 0x7e37e43c8800759c); fsflags x0; fcvt.s.d f4, f1, rtz)  # fcvt.s.d(1e+300) rtz
  TEST_FP_S(97, FFLAGS_OF|FFLAGS_NX, 0xff7fffff, 0, 0, 0, FP_LOAD_D(f1, 0xfe37e43c8800759c); fsflags x0; fcvt.s.d f4, f1, rup)  # fcvt.s.d(-1e+300) rup
  TEST_FP_S(98, FFLAGS_OF|FFLAGS_NX, 0xff800000, 0, 0, 0, FP_LOAD_D(f1, 0xfe37e43c8800759c); fsflags x0; fcvt.s.d f4, f1, rdn)  # fcvt.s.d(-1e+300) rdn
  TEST_FP_S(99, FFLAGS_UF|FFLAGS_NX, 0x00000000, 0, 0, 0, FP_LOAD_D(f1, 0x358dee7a4ad4b81f); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(1e-50) rne
  TEST_FP_S(100, FFLAGS_UF|FFLAGS_NX, 0x00000001, 0, 0, 0, FP_LOAD_D(f1, 0x358dee7a4ad4b81f); fsflags x0; fcvt.s.d f4, f1, rup)  # fcvt.s.d(1e-50) rup
  TEST_FP_S(101, FFLAGS_UF|FFLAGS_NX, 0x80000001, 0, 0, 0, FP_LOAD_D(f1, 0xb58dee7a4ad4b81f); fsflags x0; fcvt.s.d f4, f1, rdn)  # fcvt.s.d(-1e-50) rdn
  TEST_FP_S(102, FFLAGS_UF|FFLAGS_NX, 0x0020aac8, 0, 0, 0, FP_LOAD_D(f1, 0x37f05563c4ffe223); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(3e-39) rne
  TEST_FP_S(103, 0, 0x80000000, 0, 0, 0, FP_LOAD_D(f1, 0x8000000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(-0) rne
  TEST_FP_S(104, 0, 0x7f800000, 0, 0, 0, FP_LOAD_D(f1, 0x7ff0000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(inf) rne
  TEST_FP_S(105, 0, 0xff800000, 0, 0, 0, FP_LOAD_D(f1, 0xfff0000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(-inf) rne
  TEST_FP_S(106, 0, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0x7ff8000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(qnan) rne
  TEST_FP_S(107, 0, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0x7ff8000000000001); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(qnanp) rne
  TEST_FP_S(108, 0, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0xfff8000000000000); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(-qnan) rne
  TEST_FP_S(109, FFLAGS_NV, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0x7ff0000000000001); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(snan) rne
  TEST_FP_S(110, FFLAGS_NV, 0x7fc00000, 0, 0, 0, FP_LOAD_D(f1, 0xfff0000000000001); fsflags x0; fcvt.s.d f4, f1, rne)  # fcvt.s.d(-snan) rne

  #------------------------------------------------------------- fcvt.d.s (result read back as a double)
  TEST_FP_S(111, 0, 0, 0x3fc00000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x3ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(1.5)
  TEST_FP_S(112, 0, 0, 0xbfc00000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0xbff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(-1.5)
  TEST_FP_S(113, 0, 0, 0x3f8ccccd, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x3ff19999a0000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(1.1)
  TEST_FP_S(114, 0, 0, 0x7f7fffff, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x47efffffe0000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(max)
  TEST_FP_S(115, 0, 0, 0x00000001, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x36a0000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(minsub)
  TEST_FP_S(116, 0, 0, 0x807fffff, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0xb80fffffc0000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(-maxsub)
  TEST_FP_S(117, 0, 0, 0x80000000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x8000000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(-0)
  TEST_FP_S(118, 0, 0, 0x7f800000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff0000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(inf)
  TEST_FP_S(119, 0, 0, 0xff800000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0xfff0000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(-inf)
  TEST_FP_S(120, 0, 0, 0x7fc00000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(qnan)
  TEST_FP_S(121, 0, 0, 0x7fc00001, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(qnanp)
  TEST_FP_S(122, 0, 0, 0xffc00000, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(-qnan)
  TEST_FP_S(123, FFLAGS_NV, 0, 0x7f800001, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(snan)
  TEST_FP_S(124, FFLAGS_NV, 0, 0x7fa00005, 0, 0, fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)  # fcvt.d.s(snanp)

  #------------------------------------------------------------- fcvt.d.s of an unboxed register: reads the canonical NaN
  TEST_FP_S(125, 0, 0, 0, 0, 0, FP_LOAD_D(f1, 0x000000003f800000); fsflags x0; fcvt.d.s f4, f1; fmv.x.d x14, f4; li x7, 0x7ff8000000000000; bne x14, x7, fail; fmv.w.x f4, x0)

  TEST_PASSFAIL

RVTEST_CODE_END
