/* empty: returns at once. Its run time is each engine's startup cost, which
 * bench/compare.sh subtracts before computing MIPS. */
#include "workload.h"

WORKLOAD("empty", 0x0ull)

uint64_t workload_run(void)
{
    return 0;
}
