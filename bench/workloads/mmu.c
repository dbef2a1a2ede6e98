/* mmu: Sv39 in S mode with 4 KiB pages, touching 4096 pages of a 16 MiB buffer in an order
 * (stride 97 pages) that defeats a TLB of a few hundred entries, many passes. The native
 * build runs the same loop over the same buffer (with the host's MMU and huge TLBs). */
#include "workload.h"

WORKLOAD("mmu", 0xb8504a0f763e0000ull)

#define PAGES 4096
#define PASSES 900
#define STRIDE 97

static uint64_t buffer[PAGES * 512] __attribute__((aligned(4096)));

static uint64_t kernel(void)
{
    uint64_t h = 0;
    unsigned p = 0;
    for (unsigned pass = 0; pass < PASSES; pass++) {
        for (unsigned i = 0; i < PAGES; i++) {
            uint64_t *w = &buffer[(uint64_t)p * 512 + ((p + pass) & 511)];
            uint64_t v = *w + p + pass;
            *w = v;
            h = (h ^ v) * 0x100000001b3ull;
            p += STRIDE;
            if (p >= PAGES)
                p -= PAGES;
        }
    }
    return h;
}

#ifdef NATIVE
uint64_t workload_run(void)
{
    return kernel();
}
#else
#include "priv.h"

/* Identity map of the first 64 MiB of RAM (code, data, buffer, stack, tables) with 4 KiB
 * pages: one root table, one level-1 table, 32 level-0 tables. */
#define MAP_MIB 64
#define L0_TABLES (MAP_MIB / 2)
static uint64_t pt_root[512] __attribute__((aligned(4096)));
static uint64_t pt_l1[512] __attribute__((aligned(4096)));
static uint64_t pt_l0[L0_TABLES][512] __attribute__((aligned(4096)));

#define PTE_V 1
#define PTE_R 2
#define PTE_W 4
#define PTE_X 8
#define PTE_A 0x40
#define PTE_D 0x80
#define RAM_BASE 0x80000000ull

static uint64_t pte_table(void *t)
{
    return (((uint64_t)t >> 12) << 10) | PTE_V;
}

static void s_main(void)
{
    rt_finish(kernel()); /* prints and exits from S mode: HTIF is plain memory here */
}

uint64_t workload_run(void)
{
    pt_root[(RAM_BASE >> 30) & 511] = pte_table(pt_l1);
    for (int t = 0; t < L0_TABLES; t++) {
        pt_l1[t] = pte_table(pt_l0[t]);
        for (int i = 0; i < 512; i++) {
            uint64_t pa = RAM_BASE + ((uint64_t)t << 21) + ((uint64_t)i << 12);
            pt_l0[t][i] = ((pa >> 12) << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
        }
    }
    CSR_WRITE(satp, (8ull << 60) | ((uint64_t)pt_root >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
    enter_mode(s_main, 1);
}
#endif
