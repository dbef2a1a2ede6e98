# rv64ua-amo: the RV64A AMO instructions.
#   amoswap/amoadd/amoxor/amoand/amoor/amomin/amomax/amominu/amomaxu, .w and .d:
#   rd gets the old memory value (.w: the 32-bit word sign-extended), memory gets
#   op(old, rs2); .w forms use rs2[31:0] only and leave the other word of the
#   doubleword untouched (no carry into it); signed vs unsigned min/max;
#   rd == rs2; rd = x0 still performs the operation; .aq/.rl/.aqrl variants.
#include "test.h"
#include "test_macros.h"

# 64-bit AMO: old value in x14 must be `old`, then memory must be `new`
#define TEST_AMO_D(testnum, inst, init, operand, old, new)              \
  TEST_CASE(testnum, x14, old, la x15, amo_d; li x1, init; sd x1, 0(x15); \
            li x2, operand; inst x14, x2, (x15))                        \
  TEST_CASE(testnum, x16, new, ld x16, 0(x15))

# 32-bit AMO on the low word of a doubleword whose high word is 0xaaaaaaaa;
# `new` is the whole doubleword afterwards
#define TEST_AMO_W(testnum, inst, initw, operand, old, new)             \
  TEST_CASE(testnum, x14, old, la x15, amo_d; li x1, initw;             \
            slli x1, x1, 32; srli x1, x1, 32; li x16, 0xaaaaaaaa00000000; \
            or x1, x1, x16; sd x1, 0(x15);                              \
            li x2, operand; inst x14, x2, (x15))                        \
  TEST_CASE(testnum, x16, new, ld x16, 0(x15))

RVTEST_RV64U
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- .d
  TEST_AMO_D(2, amoswap.d, 0x8000000000000000, 0x0000000000001234, 0x8000000000000000, 0x0000000000001234)
  TEST_AMO_D(3, amoswap.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0xffffffffffffffff)
  TEST_AMO_D(4, amoadd.d,  0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_AMO_D(5, amoadd.d,  0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0x0000000000000000)
  TEST_AMO_D(6, amoadd.d,  0x00000000ffffffff, 0x0000000000000001, 0x00000000ffffffff, 0x0000000100000000)
  TEST_AMO_D(7, amoxor.d,  0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f, 0xff00ff00ff00ff00, 0xf00ff00ff00ff00f)
  TEST_AMO_D(8, amoand.d,  0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f, 0xff00ff00ff00ff00, 0x0f000f000f000f00)
  TEST_AMO_D(9, amoor.d,   0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f, 0xff00ff00ff00ff00, 0xff0fff0fff0fff0f)
  TEST_AMO_D(10, amomin.d,  0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_AMO_D(11, amomin.d,  0x0000000000000001, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff)
  TEST_AMO_D(12, amomin.d,  0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_AMO_D(13, amomin.d,  0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000005)
  TEST_AMO_D(14, amomax.d,  0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0x0000000000000001)
  TEST_AMO_D(15, amomax.d,  0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_AMO_D(16, amomax.d,  0x0000000000000003, 0xfffffffffffffffe, 0x0000000000000003, 0x0000000000000003)
  TEST_AMO_D(17, amominu.d, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0x0000000000000001)
  TEST_AMO_D(18, amominu.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_AMO_D(19, amominu.d, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000)
  TEST_AMO_D(20, amomaxu.d, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_AMO_D(21, amomaxu.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_AMO_D(22, amomaxu.d, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001)

  #------------------------------------------------------------- .w (low word)
  TEST_AMO_W(23, amoswap.w, 0x80000000, 0x1234567800000001, 0xffffffff80000000, 0xaaaaaaaa00000001)
  TEST_AMO_W(24, amoswap.w, 0x7fffffff, 0xffffffff, 0x000000007fffffff, 0xaaaaaaaaffffffff)
  TEST_AMO_W(25, amoadd.w,  0x7fffffff, 0x00000001, 0x000000007fffffff, 0xaaaaaaaa80000000)
  TEST_AMO_W(26, amoadd.w,  0xffffffff, 0x00000001, 0xffffffffffffffff, 0xaaaaaaaa00000000)
  TEST_AMO_W(27, amoadd.w,  0x00000010, 0xffffffff00000020, 0x0000000000000010, 0xaaaaaaaa00000030)
  TEST_AMO_W(28, amoxor.w,  0xff00ff00, 0x0f0f0f0f, 0xffffffffff00ff00, 0xaaaaaaaaf00ff00f)
  TEST_AMO_W(29, amoand.w,  0xff00ff00, 0xffffffff0f0f0f0f, 0xffffffffff00ff00, 0xaaaaaaaa0f000f00)
  TEST_AMO_W(30, amoor.w,   0xff00ff00, 0x0f0f0f0f, 0xffffffffff00ff00, 0xaaaaaaaaff0fff0f)
  TEST_AMO_W(31, amomin.w,  0xffffffff, 0x00000001, 0xffffffffffffffff, 0xaaaaaaaaffffffff)
  TEST_AMO_W(32, amomin.w,  0x80000000, 0x7fffffff, 0xffffffff80000000, 0xaaaaaaaa80000000)
  TEST_AMO_W(33, amomin.w,  0x00000001, 0x0000000100000000, 0x0000000000000001, 0xaaaaaaaa00000000)
  TEST_AMO_W(34, amomin.w,  0x00000001, 0x00000000ffffffff, 0x0000000000000001, 0xaaaaaaaaffffffff)
  TEST_AMO_W(35, amomax.w,  0xffffffff, 0x00000001, 0xffffffffffffffff, 0xaaaaaaaa00000001)
  TEST_AMO_W(36, amomax.w,  0x80000000, 0x7fffffff, 0xffffffff80000000, 0xaaaaaaaa7fffffff)
  TEST_AMO_W(37, amomax.w,  0x00000001, 0x0000000080000000, 0x0000000000000001, 0xaaaaaaaa00000001)
  TEST_AMO_W(38, amominu.w, 0xffffffff, 0x00000001, 0xffffffffffffffff, 0xaaaaaaaa00000001)
  TEST_AMO_W(39, amominu.w, 0xffffffff, 0xffffffff00000005, 0xffffffffffffffff, 0xaaaaaaaa00000005)
  TEST_AMO_W(40, amominu.w, 0x7fffffff, 0x80000000, 0x000000007fffffff, 0xaaaaaaaa7fffffff)
  TEST_AMO_W(41, amomaxu.w, 0xffffffff, 0x00000001, 0xffffffffffffffff, 0xaaaaaaaaffffffff)
  TEST_AMO_W(42, amomaxu.w, 0x00000001, 0x0000000100000000, 0x0000000000000001, 0xaaaaaaaa00000001)
  TEST_AMO_W(43, amomaxu.w, 0x7fffffff, 0x80000000, 0x000000007fffffff, 0xaaaaaaaa80000000)

  #------------------------------------------------------------- .w on the high word
  TEST_CASE(44, x14, 0x000000007fffffff, la x15, amo_d; li x1, 0x7fffffffffffffff; sd x1, 0(x15); li x2, 1; addi x16, x15, 4; amoadd.w x14, x2, (x16))
  TEST_CASE(45, x16, 0x80000000ffffffff, ld x16, 0(x15))
  TEST_CASE(46, x14, 0xffffffff80000000, la x15, amo_d; addi x16, x15, 4; li x2, 0x12345678; amoswap.w x14, x2, (x16))
  TEST_CASE(47, x16, 0x12345678ffffffff, ld x16, 0(x15))

  #------------------------------------------------------------- rd == rs2, rd == x0
  TEST_CASE(48, x2, 0x1111, la x15, amo_d; li x1, 0x1111; sd x1, 0(x15); li x2, 0x2222; amoswap.d x2, x2, (x15))
  TEST_CASE(49, x16, 0x2222, ld x16, 0(x15))
  TEST_CASE(50, x2, 0x2222, li x2, 0x3333; amoadd.d x2, x2, (x15))
  TEST_CASE(51, x16, 0x5555, ld x16, 0(x15))
  TEST_CASE(52, x16, 0x5556, li x2, 1; amoadd.d x0, x2, (x15); ld x16, 0(x15))
  TEST_CASE(53, x16, 0x5557, li x2, 1; amoadd.w x0, x2, (x15); ld x16, 0(x15))

  #------------------------------------------------------------- ordering annotations
  TEST_CASE(54, x16, 0x0000000000000010, la x15, amo_d; sd x0, 0(x15); li x2, 1; \
            amoadd.d.aq x14, x2, (x15); amoadd.d.rl x14, x2, (x15); amoadd.d.aqrl x14, x2, (x15); \
            amoadd.w.aq x14, x2, (x15); amoadd.w.rl x14, x2, (x15); amoadd.w.aqrl x14, x2, (x15); \
            amoor.d.aqrl x14, x0, (x15); amoswap.w.aq x14, x14, (x15); \
            amoxor.d.rl x14, x0, (x15); amoand.w.aqrl x14, x14, (x15); \
            amomin.d.aq x14, x14, (x15); amomax.w.rl x14, x14, (x15); \
            amominu.d.aqrl x14, x14, (x15); amomaxu.w.aq x14, x14, (x15); \
            li x2, 10; amoadd.w.aqrl x14, x2, (x15); ld x16, 0(x15))
  TEST_CASE(55, x14, 6, nop)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 4
amo_d:
  .dword 0
  .dword 0
