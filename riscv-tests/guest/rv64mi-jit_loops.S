# rv64mi-jit_loops: hot loops with what a compiler of guest code must get exactly
# right (the JIT compiles these loops; tests/engines.rs then checks that it ends
# in the interpreter's exact state). The checks themselves are timing-free.
#   2: self-modifying code in the same basic block: a store rewrites an
#      instruction that follows it in the loop body; the new instruction runs
#      in the same iteration (rivet: stores take effect on the next fetch, no
#      fence.i needed). odd counts add 2, even counts add 1: 100 iterations
#      give 150.
#   3: the same page, another block: a function in this page is rewritten
#      (li a0, n) before each of 50 calls: the sum is 1 + ... + 50 = 1275.
#   4: another page: the same with li a0, 2n in the next page: 2550.
#   5: load access faults inside a hot loop body: 64 iterations, every 4th
#      loads from a hole (0x30000000, no device): cause 5, mtval = the
#      address, the destination is not written; registers written earlier in
#      the same iteration are visible to the handler: a2 at fault j (0..15)
#      is 3 + 3012 j (sum 361488), a2 at the end 64 * 3 + 48 * 1000 = 48192.
#   6: a timer interrupt arriving in a tight loop: taken (cause 2^63 | 7),
#      with mepc inside the loop and the loop counter advanced.
# KNOWN QEMU DIFFERENCE (check 2): QEMU 7.2 keeps running the old translation of
#   the block that rewrites itself until the block ends (no precise
#   self-modifying code on RISC-V); the -DQEMU72 variant adds fence.i.
#include "test.h"
#include "test_macros.h"

#define HOLE 0x30000000

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option push
  .option norvc
  j 10f

  .balign 4096
  #------------------------------------------------------------- 2: same block
10:
  li TESTNUM, 2
  la t0, 5f
  li t1, 0x00150513             # addi a0, a0, 1
  li a0, 0
  li t3, 100
1: andi t4, t3, 1
  slli t4, t4, 20               # odd: addi a0, a0, 2 (0x00250513)
  add t5, t1, t4
  sw t5, 0(t0)
#ifdef QEMU72
  fence.i
#endif
5: addi a0, a0, 1
  addi t3, t3, -1
  bnez t3, 1b
  li x7, 150; bne a0, x7, fail

  #------------------------------------------------------------- 3: same page
  li TESTNUM, 3
  la t0, 6f
  li a1, 0
  li t3, 50
1: slli t5, t3, 20
  ori t5, t5, 0x513             # addi a0, zero, t3
  sw t5, 0(t0)
  jal ra, 6f
  add a1, a1, a0
  addi t3, t3, -1
  bnez t3, 1b
  li x7, 1275; bne a1, x7, fail
  j 20f
6: addi a0, zero, 0
  ret

20:
  #------------------------------------------------------------- 4: other page
  li TESTNUM, 4
  la t0, other_page
  li a1, 0
  li t3, 50
1: slli t5, t3, 21
  ori t5, t5, 0x513             # addi a0, zero, 2 * t3
  sw t5, 0(t0)
  jal ra, other_page
  add a1, a1, a0
  addi t3, t3, -1
  bnez t3, 1b
  li x7, 2550; bne a1, x7, fail

  #------------------------------------------------------------- 5: faults
  li TESTNUM, 5
  la t0, fault_handler; csrw mtvec, t0
  la s0, data
  li s1, HOLE; sub s1, s1, s0   # hole - data
  li s5, 0; li s6, 0; li s9, 0; li s11, 0
  li a2, 0
  li t3, 64
1: addi a2, a2, 3
  andi t4, t3, 3
  seqz t4, t4
  neg t4, t4
  and t4, t4, s1
  add t4, t4, s0                # every 4th iteration: the hole
  li t5, 0
  ld t5, 0(t4)
  add a2, a2, t5
  addi t3, t3, -1
  bnez t3, 1b
  li x7, 16; bne s5, x7, fail
  li x7, 361488; bne s6, x7, fail
  li x7, 48192; bne a2, x7, fail
  li x7, CAUSE_LOAD_ACCESS; bne s9, x7, fail
  li x7, HOLE; bne s11, x7, fail
  la t0, trap_vector; csrw mtvec, t0

  #------------------------------------------------------------- 6: timer
  li TESTNUM, 6
  la t0, timer_handler; csrw mtvec, t0
  li s3, -1; li s4, -1; li s9, 0
  li x15, CLINT_MTIME; ld x1, 0(x15); addi x1, x1, 50
  li x15, CLINT_MTIMECMP; sd x1, 0(x15)
  li x1, MIP_MTIP; csrw mie, x1
  li a3, 0
  csrsi mstatus, MSTATUS_MIE
1: addi a3, a3, 1
  addi a4, a3, 7
  xor a5, a4, a3
  j 1b
timer_resume:
  li x7, CAUSE_INTR | IRQ_M_TIMER; bne s9, x7, fail
  blez s3, fail
  la x7, 1b; bltu s4, x7, fail
  addi x7, x7, 16; bgeu s4, x7, fail

  la t0, trap_vector; csrw mtvec, t0   # the environment reports through ecall
  TEST_PASSFAIL

  # 5: count the fault, add up a2, skip the faulting load (4 bytes)
fault_handler:
  csrr s9, mcause
  csrr s11, mtval
  addi s5, s5, 1
  add s6, s6, a2
  csrr t6, mepc
  addi t6, t6, 4
  csrw mepc, t6
  mret

  # 6: stop the timer, record the loop counter and mepc, resume after the loop
timer_handler:
  csrr s9, mcause
  csrr s4, mepc
  mv s3, a3
  csrw mie, zero
  li x15, CLINT_MTIMECMP; li x16, -1; sd x16, 0(x15)
  li x16, MSTATUS_MPIE; csrc mstatus, x16
  la x16, timer_resume; csrw mepc, x16
  mret

  .balign 4096
other_page:
  addi a0, zero, 0
  ret
  .option pop

RVTEST_CODE_END

  .data
  .balign 8
data: .dword 1000
