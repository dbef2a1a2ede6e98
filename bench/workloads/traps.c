/* traps: a trap-heavy loop. The kernel runs in U mode and makes a system call (ecall) per
 * iteration; the M-mode handler (assembly) transforms a0 and returns with mret. The native
 * build makes the same calls as plain function calls (for the checksum only: its time is not
 * comparable). */
#include "workload.h"

WORKLOAD("traps", 0x44baad7ebf383004ull)

#define CALLS 3000000

static uint64_t kernel(uint64_t (*sys)(uint64_t))
{
    uint64_t x = 0x7472617073ull, h = 0;
    for (uint64_t i = 0; i < CALLS; i++) {
        x = sys(x + i);
        h += x >> 7;
    }
    return h ^ x;
}

#ifdef NATIVE
static uint64_t __attribute__((noinline)) sys_native(uint64_t a)
{
    __asm__ volatile("" ::: "memory");
    return (a ^ (a << 1)) + 1; /* the handler's transform */
}

uint64_t workload_run(void)
{
    return kernel(sys_native);
}
#else
#include "priv.h"

/* The M-mode handler: ecall from U with a7 = 0: a0 = (a0 ^ (a0 << 1)) + 1, return after the
 * ecall; a7 = 1: finish with checksum a0 (in M mode). Anything else: exit code 3. Clobbers t0
 * only (the ecall wrapper declares it). */
__asm__(".section .text\n"
        ".balign 4\n"
        "trap_entry:\n"
        "  csrr t0, mcause\n"
        "  addi t0, t0, -8\n"
        "  bnez t0, 2f\n"
        "  bnez a7, 1f\n"
        "  csrr t0, mepc\n"
        "  addi t0, t0, 4\n"
        "  csrw mepc, t0\n"
        "  slli t0, a0, 1\n"
        "  xor a0, a0, t0\n"
        "  addi a0, a0, 1\n"
        "  mret\n"
        "1:\n"
        "  j rt_finish\n"
        "2:\n"
        "  li a0, 3\n"
        "  j htif_exit\n");
extern char trap_entry[];

static uint64_t ecall(uint64_t a, uint64_t n)
{
    register uint64_t a0 __asm__("a0") = a;
    register uint64_t a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7) : "t0", "memory");
    return a0;
}

static uint64_t sys_ecall(uint64_t a)
{
    return ecall(a, 0);
}

static void u_main(void)
{
    ecall(kernel(sys_ecall), 1);
    for (;;)
        ;
}

uint64_t workload_run(void)
{
    CSR_WRITE(mtvec, (uint64_t)trap_entry);
    enter_mode(u_main, 0);
}
#endif
