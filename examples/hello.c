/* hello: a bare-metal C program for rivet (and Spike / QEMU's spike board).
 * Prints a greeting, the first Fibonacci numbers in decimal and the CRC-32 of
 * a string in hex through the HTIF console, then exits with code 0 via HTIF.
 * No libc: the crt0 is start.S, the layout is link.ld. */
#include <stdint.h>

/* The HTIF mailbox: the host finds it by these symbol names (8 bytes each). */
volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(8)));

#define HTIF(dev, cmd, payload) \
    (((uint64_t)(dev) << 56) | ((uint64_t)(cmd) << 48) | (uint64_t)(payload))

static void putchar_htif(char c)
{
    tohost = HTIF(1, 1, (uint8_t)c);   /* one 64-bit store: console putchar */
    while (tohost != 0)                /* the host clears tohost when done */
        ;
    fromhost = 0;                      /* drop the acknowledgement */
}

void htif_exit(int code)
{
    tohost = HTIF(0, 0, ((uint64_t)code << 1) | 1);
    for (;;)
        ;
}

static void puts_htif(const char *s)
{
    while (*s)
        putchar_htif(*s++);
}

static void put_dec(uint64_t v)
{
    char buf[21];
    int i = 0;
    do {
        buf[i++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (i)
        putchar_htif(buf[--i]);
}

static void put_hex32(uint32_t v)
{
    static const char digits[] = "0123456789abcdef";
    puts_htif("0x");
    for (int shift = 28; shift >= 0; shift -= 4)
        putchar_htif(digits[(v >> shift) & 0xf]);
}

/* CRC-32 (IEEE 802.3, reflected, polynomial 0xedb88320), bit by bit. */
static uint32_t crc32(const char *s)
{
    uint32_t crc = 0xffffffffu;
    while (*s) {
        crc ^= (uint8_t)*s++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

int main(void)
{
    static const char msg[] = "Hello from rivet!\n";
    puts_htif(msg);

    puts_htif("fib:");
    uint64_t a = 0, b = 1;
    for (int i = 0; i < 20; i++) {
        putchar_htif(' ');
        put_dec(a);
        uint64_t t = a + b;
        a = b;
        b = t;
    }
    putchar_htif('\n');

    puts_htif("crc32(\"rivet\") = ");
    put_hex32(crc32("rivet"));
    putchar_htif('\n');
    return 0;
}
