# fpvec: RV64F/RV64D conformance vectors (see README.md).
#
# Walks the table built by gen_vectors.py (build/table.bin, embedded with .incbin).
# For each entry: frm <- entry.frm, fflags <- 0, call the stub of entry.stub (one per
# instruction and rounding-mode variant, build/stubs.S) with a0 = the operands, then print
#     <result: 16 hex digits> <fflags: 2 hex digits>\n
# where result is the destination register: an integer rd as is, an FP rd as its 64 raw
# bits (fmv.x.d, so NaN-boxing of single-precision results is visible).
# After the last entry it prints "done <number of entries: 8 hex digits>\n" and exits
# with code 0 (tohost = 1). Any trap prints "trap <mcause> <mepc> <mtval>\n" and exits
# with code 3.
#
# Console: HTIF putchar, tohost = 1<<56 | 1<<48 | byte (one 64-bit store), then poll
# until tohost reads 0 again and clear fromhost.
# Uses RV64IMAFD + Zicsr only (no compressed instructions).

        .option norvc

        .pushsection .tohost, "aw", @progbits
        .align 6
        .globl tohost
        .type tohost, @object
        .size tohost, 8
tohost: .dword 0
        .globl fromhost
        .type fromhost, @object
        .size fromhost, 8
fromhost: .dword 0
        .popsection

        .section .text.init, "ax", @progbits
        .globl _start
_start:
        la t0, trap
        csrw mtvec, t0
        la sp, stack_top
        li t0, 0x6000           # mstatus.FS (bits 14:13) = Dirty: FP enabled
        csrs mstatus, t0
        csrwi fcsr, 0
        la s0, fptable          # s0: current entry
        la s1, fptable_end
        la s2, stub_table
        li s3, 0                # s3: entries done
1:      bgeu s0, s1, 2f
        lhu t0, 0(s0)           # stub id
        lbu t1, 2(s0)           # frm
        lbu t2, 3(s0)           # number of operands
        csrw frm, t1
        slli t0, t0, 3
        add t0, s2, t0
        ld t0, 0(t0)
        addi a0, s0, 8
        slli t2, t2, 3
        add s0, a0, t2          # next entry
        li a1, 0
        csrw fflags, zero
        jalr ra, 0(t0)
        csrr s4, fflags
        mv a0, a1
        li a1, 16
        call puthex
        li a0, ' '
        call putc
        mv a0, s4
        li a1, 2
        call puthex
        li a0, '\n'
        call putc
        addi s3, s3, 1
        j 1b
2:      la a0, msg_done
        call puts
        mv a0, s3
        li a1, 8
        call puthex
        li a0, '\n'
        call putc
        li a0, 0
        j exit

        .section .text, "ax", @progbits
# puthex(a0 = value, a1 = number of hex digits): prints the low a1 nibbles of a0
puthex:
        addi sp, sp, -32
        sd ra, 0(sp)
        sd s5, 8(sp)
        sd s6, 16(sp)
        mv s5, a0
        slli s6, a1, 2          # shift of the next nibble + 4
1:      beqz s6, 2f
        addi s6, s6, -4
        srl a0, s5, s6
        andi a0, a0, 15
        li t0, 10
        blt a0, t0, 3f
        addi a0, a0, 'a' - '0' - 10
3:      addi a0, a0, '0'
        call putc
        j 1b
2:      ld ra, 0(sp)
        ld s5, 8(sp)
        ld s6, 16(sp)
        addi sp, sp, 32
        ret

# puts(a0 = NUL-terminated string)
puts:
        addi sp, sp, -16
        sd ra, 0(sp)
        sd s5, 8(sp)
        mv s5, a0
1:      lbu a0, 0(s5)
        beqz a0, 2f
        call putc
        addi s5, s5, 1
        j 1b
2:      ld ra, 0(sp)
        ld s5, 8(sp)
        addi sp, sp, 16
        ret

# putc(a0 = byte): HTIF console write; clobbers t0, t1
putc:
        li t0, 0x0101
        slli t0, t0, 48
        andi a0, a0, 0xff
        or t0, t0, a0
        la t1, tohost
        sd t0, 0(t1)
1:      ld t0, 0(t1)
        bnez t0, 1b
        la t1, fromhost
        sd zero, 0(t1)
        ret

# exit(a0 = code): tohost = code << 1 | 1, forever
exit:
        slli a0, a0, 1
        ori a0, a0, 1
        la t1, tohost
1:      sd a0, 0(t1)
        j 1b

        .balign 4
trap:
        la sp, stack_top
        la a0, msg_trap
        call puts
        csrr a0, mcause
        li a1, 16
        call puthex
        li a0, ' '
        call putc
        csrr a0, mepc
        li a1, 16
        call puthex
        li a0, ' '
        call putc
        csrr a0, mtval
        li a1, 16
        call puthex
        li a0, '\n'
        call putc
        li a0, 3
        j exit

#include "stubs.S"

        .section .rodata, "a", @progbits
msg_done: .asciz "done "
msg_trap: .asciz "trap "
        .balign 8
        .globl fptable
fptable:
        .incbin "table.bin"
        .globl fptable_end
fptable_end:

        .section .bss, "aw", @nobits
        .balign 16
        .space 4096
stack_top:
