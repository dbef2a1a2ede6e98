/* sort: merge sort of 512 Ki pseudo-random 64-bit values (4 MiB, plus a 4 MiB scratch
 * buffer), several rounds; checks the order and folds the sorted values into a checksum. */
#include "workload.h"

WORKLOAD("sort", 0x9afd9cacc0274237ull)

#define N (512 * 1024)
#define ROUNDS 3

static uint64_t a[N], tmp[N];

static void merge_sort(uint64_t *v, uint64_t *t, size_t n)
{
    /* bottom-up, ping-ponging between v and t; insertion sort on runs of 16 first */
    const size_t run = 16;
    for (size_t lo = 0; lo < n; lo += run) {
        size_t hi = lo + run < n ? lo + run : n;
        for (size_t i = lo + 1; i < hi; i++) {
            uint64_t x = v[i];
            size_t j = i;
            while (j > lo && v[j - 1] > x) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
    }
    uint64_t *src = v, *dst = t;
    for (size_t width = run; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        uint64_t *x = src;
        src = dst;
        dst = x;
    }
    if (src != v)
        for (size_t i = 0; i < n; i++)
            v[i] = src[i];
}

uint64_t workload_run(void)
{
    uint64_t seed = 0x0badc0ffee0ddf00ull;
    uint64_t h = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < N; i++)
            a[i] = rng_next(&seed);
        merge_sort(a, tmp, N);
        uint64_t bad = 0;
        for (size_t i = 1; i < N; i++)
            bad += a[i - 1] > a[i];
        h = mix64(h, bad);
        for (size_t i = 0; i < N; i += 97)
            h = mix64(h, a[i]);
    }
    return h;
}
