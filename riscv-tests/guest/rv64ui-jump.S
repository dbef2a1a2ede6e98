# rv64ui-jump: RV64I control transfer.
#   beq, bne, blt, bge, bltu, bgeu: taken and not taken, forward and backward,
#   signed vs unsigned order at 0 / -1 / INT64_MIN / INT64_MAX, equal operands,
#   values differing only in the upper 32 bits;
#   jal: link = pc+4, forward/backward, rd = x0 (no link written);
#   jalr: target = (rs1 + imm) & ~1 (bit 0 cleared, from the register or from
#   the sum), negative offsets, link = pc+4, rd == rs1 (the old rs1 is used
#   for the target), rd = x0.
#include "test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  #------------------------------------------------------------- beq / bne
  TEST_BR2_OP_TAKEN(2, beq, 0, 0)
  TEST_BR2_OP_TAKEN(3, beq, -1, -1)
  TEST_BR2_OP_TAKEN(4, beq, 0x8000000000000000, 0x8000000000000000)
  TEST_BR2_OP_NOTTAKEN(5, beq, 0, 1)
  TEST_BR2_OP_NOTTAKEN(6, beq, 1, 0)
  TEST_BR2_OP_NOTTAKEN(7, beq, 0x0000000100000000, 0)
  TEST_BR2_OP_NOTTAKEN(8, beq, 0xffffffff00000000, 0x00000000ffffffff)

  TEST_BR2_OP_TAKEN(9, bne, 0, 1)
  TEST_BR2_OP_TAKEN(10, bne, -1, 1)
  TEST_BR2_OP_TAKEN(11, bne, 0x0000000100000000, 0)
  TEST_BR2_OP_TAKEN(12, bne, 0x8000000000000000, 0)
  TEST_BR2_OP_NOTTAKEN(13, bne, 0, 0)
  TEST_BR2_OP_NOTTAKEN(14, bne, -1, -1)
  TEST_BR2_OP_NOTTAKEN(15, bne, 0x123456789abcdef0, 0x123456789abcdef0)

  #------------------------------------------------------------- blt / bge (signed)
  TEST_BR2_OP_TAKEN(16, blt, 0, 1)
  TEST_BR2_OP_TAKEN(17, blt, -1, 1)
  TEST_BR2_OP_TAKEN(18, blt, -2, -1)
  TEST_BR2_OP_TAKEN(19, blt, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_BR2_OP_TAKEN(20, blt, 0x8000000000000000, 0)
  TEST_BR2_OP_TAKEN(21, blt, 0x00000000ffffffff, 0x0000000100000000)
  TEST_BR2_OP_NOTTAKEN(22, blt, 1, 0)
  TEST_BR2_OP_NOTTAKEN(23, blt, 1, -1)
  TEST_BR2_OP_NOTTAKEN(24, blt, -1, -2)
  TEST_BR2_OP_NOTTAKEN(25, blt, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_BR2_OP_NOTTAKEN(26, blt, 5, 5)
  TEST_BR2_OP_NOTTAKEN(27, blt, 0x0000000080000000, 0x000000007fffffff)

  TEST_BR2_OP_TAKEN(28, bge, 0, 0)
  TEST_BR2_OP_TAKEN(29, bge, 1, 0)
  TEST_BR2_OP_TAKEN(30, bge, -1, -1)
  TEST_BR2_OP_TAKEN(31, bge, 1, -1)
  TEST_BR2_OP_TAKEN(32, bge, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_BR2_OP_TAKEN(33, bge, 0x0000000080000000, 0x000000007fffffff)
  TEST_BR2_OP_NOTTAKEN(34, bge, 0, 1)
  TEST_BR2_OP_NOTTAKEN(35, bge, -1, 1)
  TEST_BR2_OP_NOTTAKEN(36, bge, -2, -1)
  TEST_BR2_OP_NOTTAKEN(37, bge, 0x8000000000000000, 0x7fffffffffffffff)

  #------------------------------------------------------------- bltu / bgeu (unsigned)
  TEST_BR2_OP_TAKEN(38, bltu, 0, 1)
  TEST_BR2_OP_TAKEN(39, bltu, 1, -1)
  TEST_BR2_OP_TAKEN(40, bltu, -2, -1)
  TEST_BR2_OP_TAKEN(41, bltu, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_BR2_OP_TAKEN(42, bltu, 0x00000000ffffffff, 0x0000000100000000)
  TEST_BR2_OP_NOTTAKEN(43, bltu, 1, 0)
  TEST_BR2_OP_NOTTAKEN(44, bltu, -1, 1)
  TEST_BR2_OP_NOTTAKEN(45, bltu, -1, -2)
  TEST_BR2_OP_NOTTAKEN(46, bltu, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_BR2_OP_NOTTAKEN(47, bltu, 0, 0)
  TEST_BR2_OP_NOTTAKEN(48, bltu, -1, -1)

  TEST_BR2_OP_TAKEN(49, bgeu, 0, 0)
  TEST_BR2_OP_TAKEN(50, bgeu, -1, -1)
  TEST_BR2_OP_TAKEN(51, bgeu, -1, 0)
  TEST_BR2_OP_TAKEN(52, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_BR2_OP_TAKEN(53, bgeu, 0x0000000100000000, 0x00000000ffffffff)
  TEST_BR2_OP_NOTTAKEN(54, bgeu, 0, 1)
  TEST_BR2_OP_NOTTAKEN(55, bgeu, 0, -1)
  TEST_BR2_OP_NOTTAKEN(56, bgeu, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_BR2_OP_NOTTAKEN(57, bgeu, -2, -1)

  # branch with x0 operands (beqz/bnez/bltz/bgez forms)
  TEST_CASE(58, x0, 0, li x1, -1; beq x0, x0, 1f; j fail; 1: bne x0, x0, fail; blt x1, x0, 2f; j fail; 2: bge x0, x1, 3f; j fail; 3: bltu x0, x0, fail; bgeu x0, x0, 4f; j fail; 4:)

  #------------------------------------------------------------- jal
  # link register gets the address after the jal
  TEST_CASE(59, x1, 0, la x15, 2f; jal x1, 1f; 2: j fail; 1: sub x1, x1, x15)
  # backward jal
  TEST_CASE(60, x14, 3, li x14, 0; j 2f; 1: addi x14, x14, 2; j 3f; 2: addi x14, x14, 1; jal x0, 1b; j fail; 3:)
  # jal x0 writes nothing; the skipped instruction must not execute
  TEST_CASE(61, x14, 7, li x14, 7; jal x0, 1f; li x14, 0; 1: )
  # jal to the next instruction
  TEST_CASE(62, x14, 0, la x15, 1f; jal x14, 1f; 1: sub x14, x14, x15)

  #------------------------------------------------------------- jalr
  # plain: target in rs1, link = pc+4
  TEST_CASE(63, x14, 0, la x1, 1f; la x15, 2f; jalr x14, 0(x1); 2: j fail; 1: sub x14, x14, x15)
  # bit 0 of rs1 is cleared
  TEST_CASE(64, x14, 0, la x1, 1f; addi x1, x1, 1; la x15, 2f; jalr x14, 0(x1); 2: j fail; 1: sub x14, x14, x15)
  # bit 0 of rs1 + imm is cleared (imm odd)
  TEST_CASE(65, x14, 0, la x1, 1f; la x15, 2f; jalr x14, 1(x1); 2: j fail; 1: sub x14, x14, x15)
  # rs1 odd, imm odd: sum even
  TEST_CASE(66, x14, 0, la x1, 1f; addi x1, x1, 1; la x15, 2f; jalr x14, -1(x1); 2: j fail; 1: sub x14, x14, x15)
  # rs1 even, imm odd and negative: sum odd, bit 0 cleared
  TEST_CASE(67, x14, 0, la x1, 1f; addi x1, x1, 2; la x15, 2f; jalr x14, -1(x1); 2: j fail; 1: sub x14, x14, x15)
  TEST_CASE(68, x0, 0, la x1, 1f; addi x1, x1, -1; jalr x0, 2(x1); j fail; j fail; 1: )
  # negative offset
  TEST_CASE(69, x14, 0, j 2f; 1: j 3f; 2: la x1, 1b; addi x1, x1, 2047; addi x1, x1, 1; la x15, 4f; jalr x14, -2048(x1); 4: j fail; 3: sub x14, x14, x15)
  # rd == rs1: the target uses the old rs1 value, then rd gets the link
  TEST_CASE(70, x1, 0, la x1, 1f; la x15, 2f; jalr x1, 0(x1); 2: j fail; 1: sub x1, x1, x15)
  TEST_CASE(71, x1, 0, la x1, 1f; addi x1, x1, -16; la x15, 2f; jalr x1, 16(x1); 2: j fail; 1: sub x1, x1, x15)
  # jalr x0 (ret form) writes nothing
  TEST_CASE(72, x14, 5, li x14, 5; la x1, 1f; jalr x0, 0(x1); li x14, 0; 1: )
  # call/return round trip
  TEST_CASE(73, x14, 42, li x14, 0; jal x1, 5f; addi x14, x14, 40; j 6f; 5: addi x14, x14, 2; jalr x0, 0(x1); 6: )

  TEST_PASSFAIL

RVTEST_CODE_END
