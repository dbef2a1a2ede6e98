# rv64ua-lrsc: load-reserved / store-conditional.
#   lr.w sign-extends, lr.d; sc.w/sc.d after a matching lr succeed (rd = 0) and
#   store (sc.w only 32 bits); failures write a nonzero rd and store nothing:
#   SC with no reservation at all, SC after an SC already consumed the
#   reservation, SC to a different address (other 64-byte block) after LR, and
#   an SC to the reserved address after such a failed SC (any SC invalidates
#   the reservation, successful or not); a new LR re-establishes it;
#   an LR/SC increment loop; aq/rl variants.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  # SC with no reservation at all (first SC of the program): fails, no store
  TEST_CASE(2, x16, 0, la x15, lrd; li x2, 0x1234; sc.d x16, x2, (x15); seqz x16, x16)
  TEST_CASE(3, x14, 0x8000000000000001, ld x14, 0(x15))
  TEST_CASE(4, x16, 0, la x15, lrw; li x2, 0x1234; sc.w x16, x2, (x15); seqz x16, x16)
  TEST_CASE(5, x14, 0x1111111180000001, ld x14, 0(x15))

  # lr.d / sc.d success
  TEST_CASE(6, x14, 0x8000000000000001, la x15, lrd; lr.d x14, (x15))
  TEST_CASE(7, x16, 0, li x2, 0x0123456789abcdef; sc.d x16, x2, (x15))
  TEST_CASE(8, x14, 0x0123456789abcdef, ld x14, 0(x15))
  # the reservation is gone: the same SC now fails and stores nothing
  TEST_CASE(9, x16, 0, li x2, 0x5555; sc.d x16, x2, (x15); seqz x16, x16)
  TEST_CASE(10, x14, 0x0123456789abcdef, ld x14, 0(x15))

  # lr.w sign-extends; sc.w writes only the low word
  TEST_CASE(11, x14, 0xffffffff80000001, la x15, lrw; lr.w x14, (x15))
  TEST_CASE(12, x16, 0, li x2, 0xfedcba9876543210; sc.w x16, x2, (x15))
  TEST_CASE(13, x14, 0x1111111176543210, ld x14, 0(x15))
  TEST_CASE(14, x16, 0, li x2, 0x5555; sc.w x16, x2, (x15); seqz x16, x16)
  TEST_CASE(15, x14, 0x1111111176543210, ld x14, 0(x15))
  TEST_CASE(16, x14, 0x0000000011111111, la x15, lrw+4; lr.w x14, (x15))
  TEST_CASE(17, x16, 0, li x2, 0x22222222; sc.w x16, x2, (x15))
  TEST_CASE(18, x14, 0x2222222276543210, la x15, lrw; ld x14, 0(x15))

  # SC to another address after LR fails, stores nothing, and kills the
  # reservation (a following SC to the reserved address fails too)
  TEST_CASE(19, x16, 0, la x15, lrd; lr.d x14, (x15); la x17, other; li x2, 0x7777; sc.d x16, x2, (x17); seqz x16, x16)
  TEST_CASE(20, x14, 0x00000000000000aa, ld x14, 0(x17))
  TEST_CASE(21, x16, 0, li x2, 0x6666; sc.d x16, x2, (x15); seqz x16, x16)
  TEST_CASE(22, x14, 0x0123456789abcdef, ld x14, 0(x15))
  TEST_CASE(23, x16, 0, la x15, lrw; lr.w x14, (x15); la x17, other; li x2, 0x7777; sc.w x16, x2, (x17); seqz x16, x16)
  TEST_CASE(24, x14, 0x00000000000000aa, ld x14, 0(x17))
  TEST_CASE(25, x16, 0, li x2, 0x6666; sc.w x16, x2, (x15); seqz x16, x16)
  TEST_CASE(26, x14, 0x2222222276543210, ld x14, 0(x15))

  # a new LR after a failure re-establishes the reservation
  TEST_CASE(27, x16, 0, la x15, lrd; lr.d x14, (x15); li x2, 42; sc.d x16, x2, (x15))
  TEST_CASE(28, x14, 42, ld x14, 0(x15))
  # a second LR replaces the first reservation: SC to the first address fails
  # (one reservation per hart, as on Spike/QEMU; the spec leaves the set size
  # to the implementation)
  TEST_CASE(29, x16, 0, la x15, lrd; la x17, other; lr.d x14, (x15); lr.d x14, (x17); li x2, 43; sc.d x16, x2, (x15); seqz x16, x16)
  TEST_CASE(30, x14, 42, ld x14, 0(x15))

  # LR/SC increment loop (must terminate: nothing else touches the word)
  TEST_CASE(31, x14, 52, la x15, lrd; li x18, 10; \
            1: lr.d x14, (x15); addi x14, x14, 1; sc.d x16, x14, (x15); bnez x16, 1b; \
            addi x18, x18, -1; bnez x18, 1b; ld x14, 0(x15))

  # annotations
  TEST_CASE(32, x16, 0, la x15, lrd; lr.d.aq x14, (x15); addi x14, x14, 1; sc.d.rl x16, x14, (x15))
  TEST_CASE(33, x16, 0, lr.d.aqrl x14, (x15); addi x14, x14, 1; sc.d.aqrl x16, x14, (x15))
  TEST_CASE(34, x16, 0, la x15, lrw; lr.w.aq x14, (x15); addi x14, x14, 1; sc.w.rl x16, x14, (x15))
  TEST_CASE(35, x16, 0, lr.w.aqrl x14, (x15); addi x14, x14, 1; sc.w.aqrl x16, x14, (x15))
  TEST_CASE(36, x14, 54, la x15, lrd; ld x14, 0(x15))
  TEST_CASE(37, x14, 0x2222222276543212, la x15, lrw; ld x14, 0(x15))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 6
lrd:
  .dword 0x8000000000000001
  .align 6
lrw:
  .dword 0x1111111180000001
  .align 6
other:
  .dword 0x00000000000000aa
