# rv64uf-fclass: fclass.s (single precision).
#   all ten classes, each at its boundaries: -inf (bit 0), negative normal (1),
#   negative subnormal (2), -0 (3), +0 (4), positive subnormal (5), positive
#   normal (6), +inf (7), signalling NaN (8, either sign, any payload), quiet
#   NaN (9). No flags.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7fc00000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fclass
  TEST_FCLASS_S(2, 0x001, 0xff800000)  # fclass(-inf)
  TEST_FCLASS_S(3, 0x002, 0xbfc00000)  # fclass(-1.5)
  TEST_FCLASS_S(4, 0x002, 0xff7fffff)  # fclass(-max)
  TEST_FCLASS_S(5, 0x002, 0x80800000)  # fclass(-minnorm)
  TEST_FCLASS_S(6, 0x004, 0x807fffff)  # fclass(-maxsub)
  TEST_FCLASS_S(7, 0x004, 0x80000001)  # fclass(-minsub)
  TEST_FCLASS_S(8, 0x008, 0x80000000)  # fclass(-0)
  TEST_FCLASS_S(9, 0x010, 0x00000000)  # fclass(0.0)
  TEST_FCLASS_S(10, 0x020, 0x00000001)  # fclass(minsub)
  TEST_FCLASS_S(11, 0x020, 0x007fffff)  # fclass(maxsub)
  TEST_FCLASS_S(12, 0x040, 0x00800000)  # fclass(minnorm)
  TEST_FCLASS_S(13, 0x040, 0x3fc00000)  # fclass(1.5)
  TEST_FCLASS_S(14, 0x040, 0x7f7fffff)  # fclass(max)
  TEST_FCLASS_S(15, 0x080, 0x7f800000)  # fclass(inf)
  TEST_FCLASS_S(16, 0x100, 0x7f800001)  # fclass(snan)
  TEST_FCLASS_S(17, 0x100, 0xff800001)  # fclass(-snan)
  TEST_FCLASS_S(18, 0x100, 0x7fa00005)  # fclass(snanp)
  TEST_FCLASS_S(19, 0x200, 0x7fc00000)  # fclass(qnan)
  TEST_FCLASS_S(20, 0x200, 0xffc00000)  # fclass(-qnan)
  TEST_FCLASS_S(21, 0x200, 0x7fc00001)  # fclass(qnanp)

  TEST_PASSFAIL

RVTEST_CODE_END
