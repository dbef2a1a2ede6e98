/* Guest-only helpers for the workloads that change privilege mode (traps, mmu). */
#ifndef PRIV_H
#define PRIV_H
#include <stdint.h>

#define CSR_WRITE(csr, v) __asm__ volatile("csrw " #csr ", %0" ::"r"((uint64_t)(v)) : "memory")
#define CSR_READ(csr)                                        \
    ({                                                       \
        uint64_t v_;                                         \
        __asm__ volatile("csrr %0, " #csr : "=r"(v_)::"memory"); \
        v_;                                                  \
    })

#define MSTATUS_MPP_SHIFT 11

/* Open PMP for S and U mode (one NAPOT entry covering everything), then mret to `entry` in
 * mode `mpp` (0 = U, 1 = S) with mstatus.FS kept on. Never returns. */
static inline void __attribute__((noreturn)) enter_mode(void (*entry)(void), uint64_t mpp)
{
    CSR_WRITE(pmpaddr0, ~0ull);
    CSR_WRITE(pmpcfg0, 0x1f); /* NAPOT, R W X */
    uint64_t ms = CSR_READ(mstatus);
    ms &= ~(3ull << MSTATUS_MPP_SHIFT);
    ms |= mpp << MSTATUS_MPP_SHIFT;
    CSR_WRITE(mstatus, ms);
    CSR_WRITE(mepc, (uint64_t)entry);
    __asm__ volatile("mret");
    __builtin_unreachable();
}
#endif
