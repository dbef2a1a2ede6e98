# rv64ud-fclass: fclass.d (double precision).
#   all ten classes, each at its boundaries: -inf (bit 0), negative normal (1),
#   negative subnormal (2), -0 (3), +0 (4), positive subnormal (5), positive
#   normal (6), +inf (7), signalling NaN (8, either sign, any payload), quiet
#   NaN (9). No flags.
# Operands and expected results are bit patterns (worked out from IEEE 754-2008
# and the RISC-V F/D chapters: canonical NaN 0x7ff8000000000000, NaN-boxed
# single-precision results, tininess detected after rounding); each check also
# compares fflags (cleared before the instruction, read and cleared after it).
#include "test.h"
#include "test_macros.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- fclass
  TEST_FCLASS_D(2, 0x001, 0xfff0000000000000)  # fclass(-inf)
  TEST_FCLASS_D(3, 0x002, 0xbff8000000000000)  # fclass(-1.5)
  TEST_FCLASS_D(4, 0x002, 0xffefffffffffffff)  # fclass(-max)
  TEST_FCLASS_D(5, 0x002, 0x8010000000000000)  # fclass(-minnorm)
  TEST_FCLASS_D(6, 0x004, 0x800fffffffffffff)  # fclass(-maxsub)
  TEST_FCLASS_D(7, 0x004, 0x8000000000000001)  # fclass(-minsub)
  TEST_FCLASS_D(8, 0x008, 0x8000000000000000)  # fclass(-0)
  TEST_FCLASS_D(9, 0x010, 0x0000000000000000)  # fclass(0.0)
  TEST_FCLASS_D(10, 0x020, 0x0000000000000001)  # fclass(minsub)
  TEST_FCLASS_D(11, 0x020, 0x000fffffffffffff)  # fclass(maxsub)
  TEST_FCLASS_D(12, 0x040, 0x0010000000000000)  # fclass(minnorm)
  TEST_FCLASS_D(13, 0x040, 0x3ff8000000000000)  # fclass(1.5)
  TEST_FCLASS_D(14, 0x040, 0x7fefffffffffffff)  # fclass(max)
  TEST_FCLASS_D(15, 0x080, 0x7ff0000000000000)  # fclass(inf)
  TEST_FCLASS_D(16, 0x100, 0x7ff0000000000001)  # fclass(snan)
  TEST_FCLASS_D(17, 0x100, 0xfff0000000000001)  # fclass(-snan)
  TEST_FCLASS_D(18, 0x100, 0x7ff4000000000005)  # fclass(snanp)
  TEST_FCLASS_D(19, 0x200, 0x7ff8000000000000)  # fclass(qnan)
  TEST_FCLASS_D(20, 0x200, 0xfff8000000000000)  # fclass(-qnan)
  TEST_FCLASS_D(21, 0x200, 0x7ff8000000000001)  # fclass(qnanp)

  TEST_PASSFAIL

RVTEST_CODE_END
