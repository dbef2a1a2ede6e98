# rv64ud-fcvt: fcvt.d.w / .wu / .l / .lu (integer to double precision).
#   exact conversions, inexact ones rounded with static modes (ties to even,
#   rup, rdn, rtz) and with the dynamic mode from frm, NX; W/WU use only the low
#   32 bits of rs1 (0x1_00000003 -> 3), WU/LU treat it as unsigned (0xffffffff,
#   2^64-1 -> 2^32 / 2^64 with NX), most negative values.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fcvt.d.w
  TEST_INT_FP_D(2, 0, 0x0000000000000000, 0x0000000000000000, fcvt.d.w f4, x2)  # fcvt.d.w(0)
  TEST_INT_FP_D(3, 0, 0x3ff0000000000000, 0x0000000000000001, fcvt.d.w f4, x2)  # fcvt.d.w(1)
  TEST_INT_FP_D(4, 0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)
  TEST_INT_FP_D(5, 0, 0x4000000000000000, 0x0000000000000002, fcvt.d.w f4, x2)  # fcvt.d.w(2)
  TEST_INT_FP_D(6, 0, 0x4170000010000000, 0x0000000001000001, fcvt.d.w f4, x2)  # fcvt.d.w(16777217)
  TEST_INT_FP_D(7, 0, 0x4170000010000000, 0x0000000001000001, fcvt.d.w f4, x2)  # fcvt.d.w(16777217)
  TEST_INT_FP_D(8, 0, 0x4170000030000000, 0x0000000001000003, fcvt.d.w f4, x2)  # fcvt.d.w(16777219)
  TEST_INT_FP_D(9, 0, 0xc170000010000000, 0xfffffffffeffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-16777217)
  TEST_INT_FP_D(10, 0, 0x41dfffffffc00000, 0x000000007fffffff, fcvt.d.w f4, x2)  # fcvt.d.w(2147483647)
  TEST_INT_FP_D(11, 0, 0x41dfffffffc00000, 0x000000007fffffff, fcvt.d.w f4, x2)  # fcvt.d.w(2147483647)
  TEST_INT_FP_D(12, 0, 0xc1e0000000000000, 0xffffffff80000000, fcvt.d.w f4, x2)  # fcvt.d.w(-2147483648)
  TEST_INT_FP_D(13, 0, 0x4008000000000000, 0x0000000100000003, fcvt.d.w f4, x2)  # fcvt.d.w(3)
  TEST_INT_FP_D(14, 0, 0xbff0000000000000, 0x00000000ffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)
  TEST_INT_FP_D(15, 0, 0x3ff0000000000000, 0x0020000000000001, fcvt.d.w f4, x2)  # fcvt.d.w(1)
  TEST_INT_FP_D(16, 0, 0x3ff0000000000000, 0x0020000000000001, fcvt.d.w f4, x2)  # fcvt.d.w(1)
  TEST_INT_FP_D(17, 0, 0x4008000000000000, 0x0020000000000003, fcvt.d.w f4, x2)  # fcvt.d.w(3)
  TEST_INT_FP_D(18, 0, 0xbff0000000000000, 0x7fffffffffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)
  TEST_INT_FP_D(19, 0, 0xbff0000000000000, 0x7fffffffffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)
  TEST_INT_FP_D(20, 0, 0x0000000000000000, 0x8000000000000000, fcvt.d.w f4, x2)  # fcvt.d.w(0)
  TEST_INT_FP_D(21, 0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)
  TEST_INT_FP_D(22, 0, 0xbff0000000000000, 0xffffffffffffffff, fcvt.d.w f4, x2)  # fcvt.d.w(-1)

  #------------------------------------------------------------- fcvt.d.wu
  TEST_INT_FP_D(23, 0, 0x0000000000000000, 0x0000000000000000, fcvt.d.wu f4, x2)  # fcvt.d.wu(0)
  TEST_INT_FP_D(24, 0, 0x3ff0000000000000, 0x0000000000000001, fcvt.d.wu f4, x2)  # fcvt.d.wu(1)
  TEST_INT_FP_D(25, 0, 0x41efffffffe00000, 0xffffffffffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)
  TEST_INT_FP_D(26, 0, 0x4000000000000000, 0x0000000000000002, fcvt.d.wu f4, x2)  # fcvt.d.wu(2)
  TEST_INT_FP_D(27, 0, 0x4170000010000000, 0x0000000001000001, fcvt.d.wu f4, x2)  # fcvt.d.wu(16777217)
  TEST_INT_FP_D(28, 0, 0x4170000010000000, 0x0000000001000001, fcvt.d.wu f4, x2)  # fcvt.d.wu(16777217)
  TEST_INT_FP_D(29, 0, 0x4170000030000000, 0x0000000001000003, fcvt.d.wu f4, x2)  # fcvt.d.wu(16777219)
  TEST_INT_FP_D(30, 0, 0x41efdfffffe00000, 0xfffffffffeffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4278190079)
  TEST_INT_FP_D(31, 0, 0x41dfffffffc00000, 0x000000007fffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(2147483647)
  TEST_INT_FP_D(32, 0, 0x41dfffffffc00000, 0x000000007fffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(2147483647)
  TEST_INT_FP_D(33, 0, 0x41e0000000000000, 0xffffffff80000000, fcvt.d.wu f4, x2)  # fcvt.d.wu(2147483648)
  TEST_INT_FP_D(34, 0, 0x4008000000000000, 0x0000000100000003, fcvt.d.wu f4, x2)  # fcvt.d.wu(3)
  TEST_INT_FP_D(35, 0, 0x41efffffffe00000, 0x00000000ffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)
  TEST_INT_FP_D(36, 0, 0x3ff0000000000000, 0x0020000000000001, fcvt.d.wu f4, x2)  # fcvt.d.wu(1)
  TEST_INT_FP_D(37, 0, 0x3ff0000000000000, 0x0020000000000001, fcvt.d.wu f4, x2)  # fcvt.d.wu(1)
  TEST_INT_FP_D(38, 0, 0x4008000000000000, 0x0020000000000003, fcvt.d.wu f4, x2)  # fcvt.d.wu(3)
  TEST_INT_FP_D(39, 0, 0x41efffffffe00000, 0x7fffffffffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)
  TEST_INT_FP_D(40, 0, 0x41efffffffe00000, 0x7fffffffffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)
  TEST_INT_FP_D(41, 0, 0x0000000000000000, 0x8000000000000000, fcvt.d.wu f4, x2)  # fcvt.d.wu(0)
  TEST_INT_FP_D(42, 0, 0x41efffffffe00000, 0xffffffffffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)
  TEST_INT_FP_D(43, 0, 0x41efffffffe00000, 0xffffffffffffffff, fcvt.d.wu f4, x2)  # fcvt.d.wu(4294967295)

  #------------------------------------------------------------- fcvt.d.l
  TEST_FCVT_FROM_INT_D(44, fcvt.d.l, rne, 0, 0x0000000000000000, 0x0000000000000000)  # fcvt.d.l(0) rne
  TEST_FCVT_FROM_INT_D(45, fcvt.d.l, rne, 0, 0x3ff0000000000000, 0x0000000000000001)  # fcvt.d.l(1) rne
  TEST_FCVT_FROM_INT_D(46, fcvt.d.l, rne, 0, 0xbff0000000000000, 0xffffffffffffffff)  # fcvt.d.l(-1) rne
  TEST_FCVT_FROM_INT_D(47, fcvt.d.l, rne, 0, 0x4000000000000000, 0x0000000000000002)  # fcvt.d.l(2) rne
  TEST_FCVT_FROM_INT_D(48, fcvt.d.l, rne, 0, 0x4170000010000000, 0x0000000001000001)  # fcvt.d.l(16777217) rne
  TEST_FCVT_FROM_INT_D(49, fcvt.d.l, rup, 0, 0x4170000010000000, 0x0000000001000001)  # fcvt.d.l(16777217) rup
  TEST_FCVT_FROM_INT_D(50, fcvt.d.l, rne, 0, 0x4170000030000000, 0x0000000001000003)  # fcvt.d.l(16777219) rne
  TEST_FCVT_FROM_INT_D(51, fcvt.d.l, rdn, 0, 0xc170000010000000, 0xfffffffffeffffff)  # fcvt.d.l(-16777217) rdn
  TEST_FCVT_FROM_INT_D(52, fcvt.d.l, rne, 0, 0x41dfffffffc00000, 0x000000007fffffff)  # fcvt.d.l(2147483647) rne
  TEST_FCVT_FROM_INT_D(53, fcvt.d.l, rtz, 0, 0x41dfffffffc00000, 0x000000007fffffff)  # fcvt.d.l(2147483647) rtz
  TEST_FCVT_FROM_INT_D(54, fcvt.d.l, rne, 0, 0xc1e0000000000000, 0xffffffff80000000)  # fcvt.d.l(-2147483648) rne
  TEST_FCVT_FROM_INT_D(55, fcvt.d.l, rne, 0, 0x41f0000000300000, 0x0000000100000003)  # fcvt.d.l(4294967299) rne
  TEST_FCVT_FROM_INT_D(56, fcvt.d.l, rne, 0, 0x41efffffffe00000, 0x00000000ffffffff)  # fcvt.d.l(4294967295) rne
  TEST_FCVT_FROM_INT_D(57, fcvt.d.l, rne, FFLAGS_NX, 0x4340000000000000, 0x0020000000000001)  # fcvt.d.l(9007199254740993) rne
  TEST_FCVT_FROM_INT_D(58, fcvt.d.l, rup, FFLAGS_NX, 0x4340000000000001, 0x0020000000000001)  # fcvt.d.l(9007199254740993) rup
  TEST_FCVT_FROM_INT_D(59, fcvt.d.l, rne, FFLAGS_NX, 0x4340000000000002, 0x0020000000000003)  # fcvt.d.l(9007199254740995) rne
  TEST_FCVT_FROM_INT_D(60, fcvt.d.l, rne, FFLAGS_NX, 0x43e0000000000000, 0x7fffffffffffffff)  # fcvt.d.l(9223372036854775807) rne
  TEST_FCVT_FROM_INT_D(61, fcvt.d.l, rtz, FFLAGS_NX, 0x43dfffffffffffff, 0x7fffffffffffffff)  # fcvt.d.l(9223372036854775807) rtz
  TEST_FCVT_FROM_INT_D(62, fcvt.d.l, rne, 0, 0xc3e0000000000000, 0x8000000000000000)  # fcvt.d.l(-9223372036854775808) rne
  TEST_FCVT_FROM_INT_D(63, fcvt.d.l, rtz, 0, 0xbff0000000000000, 0xffffffffffffffff)  # fcvt.d.l(-1) rtz
  TEST_FCVT_FROM_INT_D(64, fcvt.d.l, rdn, 0, 0xbff0000000000000, 0xffffffffffffffff)  # fcvt.d.l(-1) rdn

  #------------------------------------------------------------- fcvt.d.lu
  TEST_FCVT_FROM_INT_D(65, fcvt.d.lu, rne, 0, 0x0000000000000000, 0x0000000000000000)  # fcvt.d.lu(0) rne
  TEST_FCVT_FROM_INT_D(66, fcvt.d.lu, rne, 0, 0x3ff0000000000000, 0x0000000000000001)  # fcvt.d.lu(1) rne
  TEST_FCVT_FROM_INT_D(67, fcvt.d.lu, rne, FFLAGS_NX, 0x43f0000000000000, 0xffffffffffffffff)  # fcvt.d.lu(18446744073709551615) rne
  TEST_FCVT_FROM_INT_D(68, fcvt.d.lu, rne, 0, 0x4000000000000000, 0x0000000000000002)  # fcvt.d.lu(2) rne
  TEST_FCVT_FROM_INT_D(69, fcvt.d.lu, rne, 0, 0x4170000010000000, 0x0000000001000001)  # fcvt.d.lu(16777217) rne
  TEST_FCVT_FROM_INT_D(70, fcvt.d.lu, rup, 0, 0x4170000010000000, 0x0000000001000001)  # fcvt.d.lu(16777217) rup
  TEST_FCVT_FROM_INT_D(71, fcvt.d.lu, rne, 0, 0x4170000030000000, 0x0000000001000003)  # fcvt.d.lu(16777219) rne
  TEST_FCVT_FROM_INT_D(72, fcvt.d.lu, rdn, FFLAGS_NX, 0x43efffffffffdfff, 0xfffffffffeffffff)  # fcvt.d.lu(18446744073692774399) rdn
  TEST_FCVT_FROM_INT_D(73, fcvt.d.lu, rne, 0, 0x41dfffffffc00000, 0x000000007fffffff)  # fcvt.d.lu(2147483647) rne
  TEST_FCVT_FROM_INT_D(74, fcvt.d.lu, rtz, 0, 0x41dfffffffc00000, 0x000000007fffffff)  # fcvt.d.lu(2147483647) rtz
  TEST_FCVT_FROM_INT_D(75, fcvt.d.lu, rne, 0, 0x43effffffff00000, 0xffffffff80000000)  # fcvt.d.lu(18446744071562067968) rne
  TEST_FCVT_FROM_INT_D(76, fcvt.d.lu, rne, 0, 0x41f0000000300000, 0x0000000100000003)  # fcvt.d.lu(4294967299) rne
  TEST_FCVT_FROM_INT_D(77, fcvt.d.lu, rne, 0, 0x41efffffffe00000, 0x00000000ffffffff)  # fcvt.d.lu(4294967295) rne
  TEST_FCVT_FROM_INT_D(78, fcvt.d.lu, rne, FFLAGS_NX, 0x4340000000000000, 0x0020000000000001)  # fcvt.d.lu(9007199254740993) rne
  TEST_FCVT_FROM_INT_D(79, fcvt.d.lu, rup, FFLAGS_NX, 0x4340000000000001, 0x0020000000000001)  # fcvt.d.lu(9007199254740993) rup
  TEST_FCVT_FROM_INT_D(80, fcvt.d.lu, rne, FFLAGS_NX, 0x4340000000000002, 0x0020000000000003)  # fcvt.d.lu(9007199254740995) rne
  TEST_FCVT_FROM_INT_D(81, fcvt.d.lu, rne, FFLAGS_NX, 0x43e0000000000000, 0x7fffffffffffffff)  # fcvt.d.lu(9223372036854775807) rne
  TEST_FCVT_FROM_INT_D(82, fcvt.d.lu, rtz, FFLAGS_NX, 0x43dfffffffffffff, 0x7fffffffffffffff)  # fcvt.d.lu(9223372036854775807) rtz
  TEST_FCVT_FROM_INT_D(83, fcvt.d.lu, rne, 0, 0x43e0000000000000, 0x8000000000000000)  # fcvt.d.lu(9223372036854775808) rne
  TEST_FCVT_FROM_INT_D(84, fcvt.d.lu, rtz, FFLAGS_NX, 0x43efffffffffffff, 0xffffffffffffffff)  # fcvt.d.lu(18446744073709551615) rtz
  TEST_FCVT_FROM_INT_D(85, fcvt.d.lu, rdn, FFLAGS_NX, 0x43efffffffffffff, 0xffffffffffffffff)  # fcvt.d.lu(18446744073709551615) rdn

  #------------------------------------------------------------- dynamic rounding mode (frm)
  TEST_INT_FP_D(86, FFLAGS_NX, 0x43e0000000000000, 0x7fffffffffffffff, fsrmi 3; fcvt.d.l f4, x2, dyn; fsrmi 0)  # frm = rup, fcvt.d.l(2^63-1)
  TEST_INT_FP_D(87, FFLAGS_NX, 0x43dfffffffffffff, 0x7fffffffffffffff, fsrmi 2; fcvt.d.l f4, x2, dyn; fsrmi 0)  # frm = rdn, fcvt.d.l(2^63-1)
  TEST_INT_FP_D(88, FFLAGS_NX, 0x43dfffffffffffff, 0x7fffffffffffffff, fsrmi 1; fcvt.d.l f4, x2, dyn; fsrmi 0)  # frm = rtz, fcvt.d.l(2^63-1)

  TEST_PASSFAIL

RVTEST_CODE_END
