/* rivet guest tests: page-table helpers for the privileged tests (M mode
 * builds the tables at run time, then runs S/U code with satp on).
 * Define VM_LEVELS (3 = Sv39, 4 = Sv48, 5 = Sv57) before including.
 *
 *   VM_INIT                  zero the root table and the pool
 *   VM_MAP(va, pa, lvl, fl)  map va -> pa with a leaf at level lvl (0 = 4 KiB,
 *                            1 = 2 MiB, 2 = 1 GiB, 3 = 512 GiB, 4 = 256 TiB)
 *                            and PTE flags fl; intermediate tables are taken
 *                            from the pool (existing pointers are followed).
 *                            Returns a4 = the leaf PTE's physical address.
 *   VM_MAP_LBL(va, label, lvl, fl)  the same with pa = a label's address
 *   VM_ON                    satp = VM_SATP_MODE | root PPN, sfence.vma
 * Clobbers t0-t6, a0-a4, ra. VM_CODE (the vm_map routine) and VM_DATA (the
 * tables: 4 KiB root + VM_POOL_PAGES pages, in .bss) go once per test. */
#ifndef RIVET_VM_H
#define RIVET_VM_H

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define PTE_RWX_AD (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)

#define SATP_MODE_SV39 (8 << 60)
#define SATP_MODE_SV48 (9 << 60)
#define SATP_MODE_SV57 (10 << 60)
#if VM_LEVELS == 3
#define VM_SATP_MODE SATP_MODE_SV39
#elif VM_LEVELS == 4
#define VM_SATP_MODE SATP_MODE_SV48
#elif VM_LEVELS == 5
#define VM_SATP_MODE SATP_MODE_SV57
#endif

#ifndef VM_POOL_PAGES
#define VM_POOL_PAGES 24
#endif

#define VM_INIT                                                         \
        la t0, vm_root; li t1, (VM_POOL_PAGES + 1) * 4096 / 8;          \
1:      sd zero, 0(t0); addi t0, t0, 8; addi t1, t1, -1; bnez t1, 1b;   \
        la t0, vm_pool; la t1, vm_pool_next; sd t0, 0(t1)

#define VM_MAP(va, pa, lvl, fl)                                         \
        li a0, va; li a1, pa; li a2, lvl; li a3, fl; jal ra, vm_map
#define VM_MAP_LBL(va, label, lvl, fl)                                  \
        li a0, va; la a1, label; li a2, lvl; li a3, fl; jal ra, vm_map

#define VM_ON                                                           \
        la t0, vm_root; srli t0, t0, 12; li t1, VM_SATP_MODE;           \
        or t0, t0, t1; csrw satp, t0; sfence.vma

#define VM_CODE                                                         \
vm_map:                                                                 \
        la t0, vm_root;                                                 \
        li t1, VM_LEVELS - 1;                                           \
1:      li t2, 9; mul t2, t2, t1; addi t2, t2, 12;                      \
        srl t3, a0, t2; andi t3, t3, 0x1ff; slli t3, t3, 3;             \
        add t3, t0, t3;                                                 \
        beq t1, a2, 3f;                                                 \
        ld t4, 0(t3);                                                   \
        bnez t4, 2f;                                                    \
        la t5, vm_pool_next; ld t4, 0(t5);                              \
        li t6, 4096; add t6, t4, t6; sd t6, 0(t5);                      \
        srli t6, t4, 12; slli t6, t6, 10; ori t6, t6, PTE_V;            \
        sd t6, 0(t3);                                                   \
        mv t0, t4; j 4f;                                                \
2:      srli t4, t4, 10; slli t0, t4, 12;                               \
4:      addi t1, t1, -1; j 1b;                                          \
3:      srli t4, a1, 12; slli t4, t4, 10; or t4, t4, a3;                \
        sd t4, 0(t3); mv a4, t3; ret

#define VM_DATA                                                         \
        .pushsection .data; .balign 8;                                  \
vm_pool_next: .dword 0;                                                 \
        .popsection;                                                    \
        .pushsection .bss; .balign 4096;                                \
vm_root: .skip 4096;                                                    \
vm_pool: .skip 4096 * VM_POOL_PAGES;                                    \
        .popsection

#endif
