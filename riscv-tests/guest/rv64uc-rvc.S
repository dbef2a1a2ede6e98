# rv64uc-rvc: every RV64C instruction (c.ebreak is in rv64mi-traps), written
# with explicit c.* mnemonics so the assembler must produce 16-bit encodings.
#   c.addi4spn (4, 1020), c.lw/c.ld (offsets 0 and max 124/248, sign extension),
#   c.sw/c.sd, c.lwsp/c.ldsp/c.swsp/c.sdsp (max offsets 252/504), c.nop,
#   c.addi (-32, 31, overflow), c.addiw (-32, 31, 0 = sext.w, 32-bit wrap and
#   sign extension), c.li (-32, 31), c.addi16sp (-512, 496, +-16),
#   c.lui (1, 31, 0xfffe0 and 0xfffff: sign-extended), c.srli/c.srai/c.slli
#   (shift 1/31/32/63), c.andi (-32, -1, 0, 31), c.sub/c.xor/c.or/c.and,
#   c.subw/c.addw (32-bit wrap, sign extension), c.j/c.beqz/c.bnez (taken and
#   not taken, forward and backward), c.jr (bit 0 cleared), c.jalr (link =
#   pc + 2, rs1 == ra), c.mv, c.add (full register range),
#   and 32-bit instructions at pc % 4 == 2, one straddling a 4 KiB page boundary.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  .option rvc

  #------------------------------------------------------------- c.addi4spn
  TEST_CASE(2, x14, 4,    la sp, cdat; c.addi4spn a4, sp, 4; sub a4, a4, sp)
  TEST_CASE(3, x14, 1020, la sp, cdat; c.addi4spn a4, sp, 1020; sub a4, a4, sp)
  TEST_CASE(4, x8,  8,    la sp, cdat; c.addi4spn s0, sp, 8; sub s0, s0, sp)

  #------------------------------------------------------------- c.lw / c.ld
  TEST_CASE(5, x14, 0xffffffff80000001, la a5, cdat; c.lw a4, 0(a5))
  TEST_CASE(6, x14, 0x000000007fffffff, la a5, cdat; c.lw a4, 4(a5))
  TEST_CASE(7, x14, 0x0000000001234567, la a5, cdat; c.lw a4, 120(a5))
  TEST_CASE(8, x14, 0xffffffff89abcdef, la a5, cdat; c.lw a4, 124(a5))
  TEST_CASE(9, x14, 0x7fffffff80000001, la a5, cdat; c.ld a4, 0(a5))
  TEST_CASE(10, x14, 0xfedcba9876543210, la a5, cdat; c.ld a4, 248(a5))
  TEST_CASE(11, x15, 0x89abcdef01234567, la a5, cdat; c.ld a5, 120(a5))

  #------------------------------------------------------------- c.sw / c.sd
  TEST_CASE(12, x14, 0xdeadbeef00000000, la a5, cst; li a2, 0x12345678deadbeef; c.sw a2, 124(a5); ld a4, 120(a5))
  TEST_CASE(13, x14, 0x1122334455667788, la a5, cst; li a2, 0x1122334455667788; c.sd a2, 248(a5); ld a4, 248(a5))
  TEST_CASE(14, x14, 0x00000000deadbeef, la a5, cst; li a2, 0xdeadbeef; c.sw a2, 0(a5); lwu a4, 0(a5))
  TEST_CASE(15, x14, 0xa5a5a5a5a5a5a5a5, la a5, cst; li a2, 0xa5a5a5a5a5a5a5a5; c.sd a2, 8(a5); ld a4, 8(a5))

  #------------------------------------------------------------- stack-pointer based
  TEST_CASE(16, x14, 0xffffffff80000001, la sp, cdat; c.lwsp a4, 0(sp))
  TEST_CASE(17, x14, 0xfffffffffedcba98, la sp, cdat; c.lwsp a4, 252(sp))
  TEST_CASE(18, x27, 0x0000000076543210, la sp, cdat; c.lwsp s11, 248(sp))
  TEST_CASE(19, x14, 0x7fffffff80000001, la sp, cdat; c.ldsp a4, 0(sp))
  TEST_CASE(20, x14, 0x8000000000000000, la sp, cdat; c.ldsp a4, 504(sp))
  TEST_CASE(21, x1,  0xfedcba9876543210, la sp, cdat; c.ldsp ra, 248(sp))
  TEST_CASE(22, x14, 0xcafef00d55667788, la sp, cst; li a2, 0x00000000cafef00d; c.swsp a2, 252(sp); ld a4, 248(sp))
  TEST_CASE(23, x14, 0x0102030405060708, la sp, cst; li t6, 0x0102030405060708; c.sdsp t6, 504(sp); ld a4, 504(sp))
  TEST_CASE(24, x14, 0x0000000000000077, la sp, cst; li t6, 0x77; c.sdsp t6, 0(sp); ld a4, 0(sp))

  #------------------------------------------------------------- c.nop, c.addi, c.li
  TEST_CASE(25, x14, 5, li a4, 5; c.nop; c.nop)
  TEST_CASE(26, x14, 0xffffffffffffffe1, li a4, 1; c.addi a4, -32)
  TEST_CASE(27, x14, 0x0000000000000020, li a4, 1; c.addi a4, 31)
  TEST_CASE(28, x14, 0x8000000000000000, li a4, 0x7fffffffffffffff; c.addi a4, 1)
  TEST_CASE(29, x14, 0x00000000ffffffff, li a4, 0x100000000; c.addi a4, -1)
  TEST_CASE(30, x31, 0xffffffffffffffff, li t6, 0; c.addi t6, -1)
  TEST_CASE(31, x14, 0xffffffffffffffe0, li a4, 7; c.li a4, -32)
  TEST_CASE(32, x14, 0x000000000000001f, li a4, 7; c.li a4, 31)
  TEST_CASE(33, x1,  0x0000000000000000, li ra, 7; c.li ra, 0)
  TEST_CASE(34, x31, 0xffffffffffffffff, c.li t6, -1)

  #------------------------------------------------------------- c.addiw
  TEST_CASE(35, x14, 0xffffffff80000000, li a4, 0x7fffffff; c.addiw a4, 1)
  TEST_CASE(36, x14, 0xffffffffffffffe0, li a4, 0; c.addiw a4, -32)
  TEST_CASE(37, x14, 0x000000000000001e, li a4, 0xffffffff; c.addiw a4, 31)
  TEST_CASE(38, x14, 0xffffffff9abcdef0, li a4, 0x123456789abcdef0; c.addiw a4, 0)
  TEST_CASE(39, x14, 0x000000007fffffe0, li a4, 0xffffffff80000000; c.addiw a4, -32)
  TEST_CASE(40, x1,  0x0000000000000000, li ra, 0xffffffff00000001; c.addiw ra, -1)

  #------------------------------------------------------------- c.addi16sp
  TEST_CASE(41, x14, 0xfffffffffffffe00, la sp, cst; mv a5, sp; c.addi16sp sp, -512; sub a4, sp, a5)
  TEST_CASE(42, x14, 0x00000000000001f0, la sp, cst; mv a5, sp; c.addi16sp sp, 496; sub a4, sp, a5)
  TEST_CASE(43, x14, 0x0000000000000010, la sp, cst; mv a5, sp; c.addi16sp sp, 16; sub a4, sp, a5)
  TEST_CASE(44, x14, 0xfffffffffffffff0, la sp, cst; mv a5, sp; c.addi16sp sp, -16; sub a4, sp, a5)

  #------------------------------------------------------------- c.lui
  TEST_CASE(45, x14, 0x0000000000001000, li a4, 5; c.lui a4, 1)
  TEST_CASE(46, x14, 0x000000000001f000, li a4, 5; c.lui a4, 31)
  TEST_CASE(47, x14, 0xfffffffffffe0000, li a4, 5; c.lui a4, 0xfffe0)
  TEST_CASE(48, x14, 0xfffffffffffff000, li a4, 5; c.lui a4, 0xfffff)
  TEST_CASE(49, x27, 0xfffffffffffe1000, c.lui s11, 0xfffe1)
  TEST_CASE(50, x1,  0x0000000000010000, c.lui ra, 0x10)

  #------------------------------------------------------------- c.srli / c.srai / c.slli
  TEST_CASE(51, x14, 0x4000000000000000, li a4, 0x8000000000000001; c.srli a4, 1)
  TEST_CASE(52, x14, 0x0000000100000000, li a4, 0x8000000000000001; c.srli a4, 31)
  TEST_CASE(53, x14, 0x0000000080000000, li a4, 0x8000000000000001; c.srli a4, 32)
  TEST_CASE(54, x14, 0x0000000000000001, li a4, 0x8000000000000001; c.srli a4, 63)
  TEST_CASE(55, x14, 0xc000000000000000, li a4, 0x8000000000000001; c.srai a4, 1)
  TEST_CASE(56, x14, 0xffffffff00000000, li a4, 0x8000000000000001; c.srai a4, 31)
  TEST_CASE(57, x14, 0xffffffff80000000, li a4, 0x8000000000000001; c.srai a4, 32)
  TEST_CASE(58, x14, 0xffffffffffffffff, li a4, 0x8000000000000001; c.srai a4, 63)
  TEST_CASE(59, x14, 0x0000000000000000, li a4, 0x7fffffffffffffff; c.srai a4, 63)
  TEST_CASE(60, x14, 0x0000000000000002, li a4, 1; c.slli a4, 1)
  TEST_CASE(61, x14, 0x0000000080000000, li a4, 1; c.slli a4, 31)
  TEST_CASE(62, x14, 0x0000000100000000, li a4, 1; c.slli a4, 32)
  TEST_CASE(63, x14, 0x8000000000000000, li a4, 0x21; c.slli a4, 63)
  TEST_CASE(64, x27, 0xfffffffe00000000, li s11, 0xffffffffffffffff; c.slli s11, 33)
  TEST_CASE(65, x1,  0x0000000000000018, li ra, 3; c.slli ra, 3)

  #------------------------------------------------------------- c.andi
  TEST_CASE(66, x14, 0x123456789abcdee0, li a4, 0x123456789abcdeff; c.andi a4, -32)
  TEST_CASE(67, x14, 0x123456789abcdeff, li a4, 0x123456789abcdeff; c.andi a4, -1)
  TEST_CASE(68, x14, 0x000000000000001f, li a4, 0x123456789abcdeff; c.andi a4, 31)
  TEST_CASE(69, x14, 0x0000000000000000, li a4, 0x123456789abcdeff; c.andi a4, 0)
  TEST_CASE(70, x14, 0x8000000000000000, li a4, 0x800000000000001f; c.andi a4, -32)

  #------------------------------------------------------------- register-register (rd', rs2')
  TEST_CASE(71, x14, 0xfffffffffffffffc, li a4, 3; li a5, 7; c.sub a4, a5)
  TEST_CASE(72, x14, 0x7fffffffffffffff, li a4, 0x8000000000000000; li a5, 1; c.sub a4, a5)
  TEST_CASE(73, x14, 0xf00ff00ff00ff00f, li a4, 0xff00ff00ff00ff00; li a5, 0x0f0f0f0f0f0f0f0f; c.xor a4, a5)
  TEST_CASE(74, x14, 0xff0fff0fff0fff0f, li a4, 0xff00ff00ff00ff00; li a5, 0x0f0f0f0f0f0f0f0f; c.or a4, a5)
  TEST_CASE(75, x14, 0x0f000f000f000f00, li a4, 0xff00ff00ff00ff00; li a5, 0x0f0f0f0f0f0f0f0f; c.and a4, a5)
  TEST_CASE(76, x8,  0x0000000000000000, li s0, 0x1234; c.xor s0, s0)
  TEST_CASE(77, x14, 0xffffffffffffffff, li a4, 0; li a5, 1; c.subw a4, a5)
  TEST_CASE(78, x14, 0x000000007fffffff, li a4, 0x80000000; li a5, 1; c.subw a4, a5)
  TEST_CASE(79, x14, 0xffffffff80000000, li a4, 0; li a5, 0x80000000; c.subw a4, a5)
  TEST_CASE(80, x14, 0x0000000000000000, li a4, 0x1234567800000005; li a5, 5; c.subw a4, a5)
  TEST_CASE(81, x14, 0xffffffff80000000, li a4, 0x7fffffff; li a5, 1; c.addw a4, a5)
  TEST_CASE(82, x14, 0x0000000000000008, li a4, 0xffffffff00000005; li a5, 0x0000000100000003; c.addw a4, a5)
  TEST_CASE(83, x14, 0xfffffffffffffffe, li a4, 0xffffffff; c.addw a4, a4)

  #------------------------------------------------------------- c.mv / c.add
  TEST_CASE(84, x14, 0x123456789abcdef0, li a5, 0x123456789abcdef0; li a4, 0; c.mv a4, a5)
  TEST_CASE(85, x27, 0x8000000000000001, li ra, 0x8000000000000001; c.mv s11, ra)
  TEST_CASE(86, x14, 0x0000000100000000, li a4, 0xffffffff; li a5, 1; c.add a4, a5)
  TEST_CASE(87, x27, 0x0000000000000000, li s11, 0xffffffffffffffff; li ra, 1; c.add s11, ra)
  TEST_CASE(88, x1,  0x0000000000000006, li ra, 3; c.add ra, ra)

  #------------------------------------------------------------- c.j / c.beqz / c.bnez
  TEST_CASE(89, x14, 3, li a4, 0; c.j 2f; 1: c.addi a4, 2; c.j 3f; 2: c.addi a4, 1; c.j 1b; j fail; 3: )
  TEST_CASE(90, x14, 0, li a4, 0; c.beqz a4, 2f; j fail; 1: c.j 3f; 2: c.beqz a4, 1b; j fail; 3: )
  TEST_CASE(91, x14, 1, li a4, 1; c.beqz a4, 1f; c.j 2f; 1: j fail; 2: c.beqz a4, 1b)
  TEST_CASE(92, x14, 0x8000000000000000, li a4, 0x8000000000000000; c.beqz a4, 1f; c.bnez a4, 2f; 1: j fail; 2: c.bnez a4, 3f; j fail; 3: )
  TEST_CASE(93, x8, 0x0000000100000000, li s0, 0x100000000; c.beqz s0, 1f; c.j 2f; 1: j fail; 2: )
  TEST_CASE(94, x8, 0, li s0, 0; c.bnez s0, 1f; c.j 2f; 1: j fail; 2: c.bnez s0, 1b)

  #------------------------------------------------------------- c.jr / c.jalr
  TEST_CASE(95, x14, 9, li a4, 9; la a5, 1f; c.jr a5; j fail; 1: )
  TEST_CASE(96, x14, 9, li a4, 9; la a5, 1f; addi a5, a5, 1; c.jr a5; j fail; 1: )
  TEST_CASE(97, x1, 0, la a5, 1f; la a3, 2f; c.jalr a5; 2: j fail; 1: sub ra, ra, a3)
  TEST_CASE(98, x1, 0, la ra, 1f; la a3, 2f; c.jalr ra; 2: j fail; 1: sub ra, ra, a3)
  TEST_CASE(99, x1, 0, la a5, 1f; addi a5, a5, 1; la a3, 2f; c.nop; c.jalr a5; 2: j fail; 1: sub ra, ra, a3)
  TEST_CASE(100, x14, 44, li a4, 0; la t0, 5f; c.jalr t0; c.addi a4, 4; c.j 6f; 5: c.li a4, 10; c.add a4, a4; c.add a4, a4; c.jr ra; 6: )

  #------------------------------------------------------------- 32-bit instructions at pc % 4 == 2
  TEST_CASE(101, x14, 0x12345, .align 2; c.nop; li a4, 0x12345; c.nop; addi a4, a4, 0)
  TEST_CASE(102, x14, 0, .align 2; c.nop; jal a5, 1f; 1: auipc a4, 0; sub a4, a4, a5)
  # a 32-bit instruction straddling a page boundary
  TEST_CASE(103, x14, 6, li a4, 1; la t0, straddle; jalr t0; j 7f; \
    .p2align 12; .skip 4094; straddle: .option push; .option norvc; addi a4, a4, 5; .option pop; c.jr ra; 7: )

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
  .align 6
cdat:
  .dword 0x7fffffff80000001          # +0
  .skip 112
  .dword 0x89abcdef01234567          # +120
  .skip 120
  .dword 0xfedcba9876543210          # +248 (word at +252 = 0xfedcba98)
  .skip 248
  .dword 0x8000000000000000          # +504
  .align 6
cst:
  .skip 512
