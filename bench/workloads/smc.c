/* smc: self-modifying code. Each iteration rewrites the first instruction of a small routine
 * (an addi or xori of a0 with a new immediate), executes fence.i, and calls it. The native
 * build computes the same result without running code it wrote (checksum only). */
#include "workload.h"

WORKLOAD("smc", 0x7d7cb8f30aa63af0ull)

#define ITERATIONS 1000000

static uint32_t encode(uint64_t i, int *is_xor, int32_t *imm)
{
    *imm = (int32_t)((i * 2654435761u) & 0xfff) - 2048;
    *is_xor = (i & 3) == 3;
    /* addi a0, a0, imm (funct3 0) or xori a0, a0, imm (funct3 4) */
    return ((uint32_t)*imm << 20) | (10u << 15) | ((*is_xor ? 4u : 0u) << 12) | (10u << 7) | 0x13u;
}

#ifdef NATIVE
static uint64_t run_patched(uint64_t a, uint32_t insn, int is_xor, int32_t imm)
{
    (void)insn;
    return is_xor ? a ^ (uint64_t)(int64_t)imm : a + (uint64_t)(int64_t)imm;
}
#else
/* The routine: the patched instruction and a return, in .data (writable and executable
 * here: there is no PMP or MMU in M mode). Uncompressed, so one aligned 32-bit store
 * rewrites the whole instruction. */
__asm__(".section .data\n"
        ".balign 64\n"
        ".globl smc_routine\n"
        "smc_routine:\n"
        "  .word 0x00050513\n" /* addi a0, a0, 0 (patched) */
        "  .word 0x00008067\n" /* ret */
        ".section .text\n");
extern uint32_t smc_routine[];

static uint64_t run_patched(uint64_t a, uint32_t insn, int is_xor, int32_t imm)
{
    (void)is_xor;
    (void)imm;
    *(volatile uint32_t *)smc_routine = insn;
    __asm__ volatile("fence.i" ::: "memory");
    return ((uint64_t(*)(uint64_t))(void *)smc_routine)(a);
}
#endif

uint64_t workload_run(void)
{
    uint64_t acc = 0x736d63ull, h = 0;
    for (uint64_t i = 0; i < ITERATIONS; i++) {
        int is_xor;
        int32_t imm;
        uint32_t insn = encode(i, &is_xor, &imm);
        acc = run_patched(acc, insn, is_xor, imm);
        h = mix64(h, acc);
    }
    return h;
}
