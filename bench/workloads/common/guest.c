/* The guest side of every workload: HTIF console and exit, memset/memcpy (GCC may emit calls
 * to them even when freestanding), and main. */
#include "workload.h"

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(8)));

#define HTIF(dev, cmd, payload) \
    (((uint64_t)(dev) << 56) | ((uint64_t)(cmd) << 48) | (uint64_t)(payload))

static void rt_putchar(char c)
{
    tohost = HTIF(1, 1, (uint8_t)c); /* one 64-bit store: console putchar */
    while (tohost != 0)              /* the host clears tohost when done */
        ;
    fromhost = 0;
}

void htif_exit(int code) __attribute__((noreturn));
void htif_exit(int code)
{
    tohost = HTIF(0, 0, ((uint64_t)code << 1) | 1);
    for (;;)
        ;
}

void rt_puts(const char *s)
{
    while (*s)
        rt_putchar(*s++);
}

void rt_put_hex64(uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    rt_puts("0x");
    for (int shift = 60; shift >= 0; shift -= 4)
        rt_putchar(digits[(v >> shift) & 0xf]);
}

void rt_finish(uint64_t checksum)
{
    rt_puts(workload_name);
    rt_puts(": checksum ");
    rt_put_hex64(checksum);
    if (checksum == workload_expected) {
        rt_puts(" ok\n");
        htif_exit(0);
    }
    rt_puts(" WRONG, expected ");
    rt_put_hex64(workload_expected);
    rt_puts("\n");
    htif_exit(1);
}

void *memset(void *d, int c, size_t n)
{
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--)
        *p++ = *q++;
    return d;
}

int main(void)
{
    rt_finish(workload_run());
}
