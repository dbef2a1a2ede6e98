# intloop: a tight integer loop for measuring interpreter speed (MIPS).
# 200 million iterations of 7 instructions (add, xor, shifts, a branch), then an HTIF
# halt with exit code 0: 1 400 000 000 retired instructions in all (plus 5 around them).
#   time cargo run --release -- run examples/intloop.elf
  .section .text.init
  .globl _start
_start:
  li t0, 0
  li t1, 200000000
  li t2, 0
1:
  addi t0, t0, 1
  xor t2, t2, t0
  slli t3, t2, 3
  add t2, t2, t3
  srli t3, t2, 7
  sub t2, t2, t3
  bne t0, t1, 1b
  li t0, 1
  la t1, tohost
  sd t0, 0(t1)
2: j 2b

  .section .tohost, "aw"
  .align 3
  .globl tohost
  .type tohost, @object
  .size tohost, 8
tohost: .dword 0
  .globl fromhost
  .type fromhost, @object
  .size fromhost, 8
fromhost: .dword 0
