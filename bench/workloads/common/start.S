# crt0 of the benchmark workloads (rivet / Spike / QEMU spike, M mode): enable the FPU
# (mstatus.FS = Initial), set the stack, clear .bss, call main, exit through HTIF with main's
# return value.
  .section .text.init, "ax", @progbits
  .globl _start
_start:
  li t0, (1 << 13)
  csrs mstatus, t0
  csrwi fcsr, 0
  la sp, __stack_top
  la t0, __bss_start
  la t1, __bss_end
1:
  bgeu t0, t1, 2f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 1b
2:
  call main
  call htif_exit
3:
  j 3b
