/* A C program around the no_std verifier (librivet_verify_nostd.a): verifies a step log
 * file against a root and prints the root after. Usage: verify LOG ROOT_BEFORE_HEX.
 * Exit status: 0 verified, 1 malformed log, 2 rejected, 3 usage or I/O error.
 * It provides the allocator and the panic hook the library asks for. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int rivet_verify_step(const uint8_t *log, size_t len, const uint8_t *root_before,
                      uint8_t *root_after);

void *rivet_alloc(size_t size, size_t align) {
    void *p = NULL;
    if (align < sizeof(void *)) align = sizeof(void *);
    return posix_memalign(&p, align, size) == 0 ? p : NULL;
}

void rivet_dealloc(void *ptr, size_t size, size_t align) {
    (void)size;
    (void)align;
    free(ptr);
}

void rivet_panic(void) {
    fputs("rivet_verify_step panicked\n", stderr);
    abort();
}

int main(int argc, char **argv) {
    if (argc != 3 || strlen(argv[2]) != 64) {
        fputs("usage: verify LOG ROOT_BEFORE_HEX (64 hex digits)\n", stderr);
        return 3;
    }
    uint8_t before[32], after[32];
    for (int i = 0; i < 32; i++) {
        unsigned v;
        if (sscanf(argv[2] + 2 * i, "%2x", &v) != 1) return 3;
        before[i] = (uint8_t)v;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 3;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *log = malloc(len > 0 ? (size_t)len : 1);
    if (!log || fread(log, 1, (size_t)len, f) != (size_t)len) return 3;
    fclose(f);
    int r = rivet_verify_step(log, (size_t)len, before, after);
    if (r == 0) {
        for (int i = 0; i < 32; i++) printf("%02x", after[i]);
        printf("\n");
    }
    free(log);
    return r;
}
