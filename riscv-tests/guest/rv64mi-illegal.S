# rv64mi-illegal: illegal-instruction exceptions (mcause 2) with mtval = the
# instruction bits (a 16-bit encoding zero-extended) and mepc = its address.
#   32-bit: reserved opcode 0x6b; LOAD funct3=7; STORE funct3=4; BRANCH
#   funct3=2 and 3; JALR funct3=1; OP-IMM-32 funct3=2; OP-32 funct7=1 funct3=1;
#   OP funct7=0x20 funct3=1; slliw with imm[5]=1 (reserved in RV64);
#   CSR access to an unimplemented CSR number (custom 0x7c0, 0xfc0).
#   16-bit: 0x0000; c.addi4spn with imm 0; c.lwsp/c.ldsp with rd=0; c.jr
#   with rs1=0; c.addi16sp with imm 0; c.lui with imm 0; c.addiw with rd=0;
#   the reserved quadrant-1 ALU encodings (funct6 100111 with funct2 10/11;
#   note: these become Zcb's c.mul / c.zext.b... once Zcb is implemented);
#   also a 16-bit illegal instruction at pc % 4 == 2.
#include "test.h"
#include "test_macros.h"

#define ILL32(n, bits)  EXPECT_TRAP(n); .word bits; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(bits)
#define ILL16(n, bits)  EXPECT_TRAP(n); .half bits; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION); CHECK_TVAL(bits)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  MI_INSTALL

  ILL32(2,  0x0000006b)
  ILL32(3,  0x00007003)
  ILL32(4,  0x00004023)
  ILL32(5,  0x00002063)
  ILL32(6,  0x00003063)
  ILL32(7,  0x00001067)
  ILL32(8,  0x0000201b)
  ILL32(9,  0x0200103b)
  ILL32(10, 0x40001033)
  ILL32(11, 0x0200171b)
  # unimplemented CSRs: csrr a4, 0x7c0 / csrw 0xfc0, x0 / csrrs a4, 0x7c0, x0
  ILL32(12, 0x7c002773)
  ILL32(13, 0xfc001073)
  ILL32(14, 0x7c0027f3)
  # the destination of an illegal instruction is not written
  TEST_CASE(15, x14, 0x1234, li x14, 0x1234; EXPECT_TRAP(15); .word 0x7c002773; END_TRAP(CAUSE_ILLEGAL_INSTRUCTION))

  ILL16(20, 0x0000)
  ILL16(21, 0x0004)
  ILL16(22, 0x4002)
  ILL16(23, 0x6002)
  ILL16(24, 0x8002)
  ILL16(25, 0x6101)
  ILL16(26, 0x6081)
  ILL16(27, 0x2001)
  ILL16(28, 0x9c41)
  ILL16(29, 0x9c61)
  ILL16(30, 0x9fe1)
  # at pc % 4 == 2
  li TESTNUM, 31; ALIGN4; .option push; .option rvc; c.nop; .option pop
  ILL16(31, 0x0000)
  li TESTNUM, 32; ALIGN4; .option push; .option rvc; c.nop; .option pop
  ILL32(32, 0x0000006b)

  TEST_PASSFAIL

  MI_TRAP_HANDLER

RVTEST_CODE_END
