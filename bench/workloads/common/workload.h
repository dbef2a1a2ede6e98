/* The interface between a workload kernel and its two mains: the bare-metal guest
 * (common/guest.c) and the native x86-64 build (common/native.c).
 *
 * A workload source defines WORKLOAD_NAME, WORKLOAD_EXPECTED (its checksum, as computed by the
 * native build: build.sh checks that they agree) and workload_run(). The guest prints the
 * checksum and exits with 0 if it equals the expected value, 1 if not. */
#ifndef WORKLOAD_H
#define WORKLOAD_H
#include <stddef.h>
#include <stdint.h>

extern const char workload_name[];
extern const uint64_t workload_expected;
uint64_t workload_run(void);

/* Print the checksum and exit (0 if it matches the expected value). Never returns. */
void rt_finish(uint64_t checksum) __attribute__((noreturn));
void rt_puts(const char *s);
void rt_put_hex64(uint64_t v);

#define WORKLOAD(name, expected) \
    const char workload_name[] = name; \
    const uint64_t workload_expected = (expected);

/* xorshift64*: the deterministic data generator of every workload. */
static inline uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545f4914f6cdd1dull;
}

static inline uint64_t mix64(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}
#endif
