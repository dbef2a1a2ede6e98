/* The native (host) side of every workload: run the same kernel, print the checksum, exit 0
 * if it equals the expected value baked into the source (1 if not). */
#include <stdio.h>
#include <stdlib.h>

#include "workload.h"

void rt_puts(const char *s)
{
    fputs(s, stdout);
}

void rt_put_hex64(uint64_t v)
{
    printf("0x%016llx", (unsigned long long)v);
}

void rt_finish(uint64_t checksum)
{
    printf("%s: checksum 0x%016llx %s\n", workload_name, (unsigned long long)checksum,
           checksum == workload_expected ? "ok" : "WRONG");
    exit(checksum == workload_expected ? 0 : 1);
}

int main(void)
{
    rt_finish(workload_run());
}
