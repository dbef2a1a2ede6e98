/* keccak: Keccak-256 (the original padding, as Ethereum and rivet's Merkle tree use) of a
 * 2 MiB pseudo-random buffer, several rounds (each round's digest seeds the next buffer).
 * The implementation is checked against the known digest of the empty message first. */
#include "workload.h"

WORKLOAD("keccak", 0x81a24f6cdfbfdda0ull)

#define BUF_LEN (2u << 20)
#define ROUNDS 2
#define RATE 136

static uint8_t buf[BUF_LEN];

static const uint64_t RC[24] = {
    0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull,
};
static const unsigned ROT[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43,
                                 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

static inline uint64_t rol(uint64_t x, unsigned n)
{
    return n ? (x << n) | (x >> (64 - n)) : x;
}

/* PI[i]: where lane i (= x + 5y) goes: x' = y, y' = 2x + 3y. */
static const unsigned char PI[25] = {0,  10, 20, 5,  15, 16, 1,  11, 21, 6,  7,  17, 2,
                                     12, 22, 23, 8,  18, 3,  13, 14, 24, 9,  19, 4};

static void keccak_f(uint64_t s[25])
{
    for (int r = 0; r < 24; r++) {
        uint64_t c0 = s[0] ^ s[5] ^ s[10] ^ s[15] ^ s[20];
        uint64_t c1 = s[1] ^ s[6] ^ s[11] ^ s[16] ^ s[21];
        uint64_t c2 = s[2] ^ s[7] ^ s[12] ^ s[17] ^ s[22];
        uint64_t c3 = s[3] ^ s[8] ^ s[13] ^ s[18] ^ s[23];
        uint64_t c4 = s[4] ^ s[9] ^ s[14] ^ s[19] ^ s[24];
        uint64_t d[5] = {c4 ^ rol(c1, 1), c0 ^ rol(c2, 1), c1 ^ rol(c3, 1), c2 ^ rol(c4, 1),
                         c3 ^ rol(c0, 1)};
        uint64_t b[25];
        for (int i = 0; i < 25; i++) /* theta, rho and pi */
            b[PI[i]] = rol(s[i] ^ d[i % 5], ROT[i]);
        for (int y = 0; y < 25; y += 5) { /* chi */
            uint64_t b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
            s[y] = b0 ^ (~b1 & b2);
            s[y + 1] = b1 ^ (~b2 & b3);
            s[y + 2] = b2 ^ (~b3 & b4);
            s[y + 3] = b3 ^ (~b4 & b0);
            s[y + 4] = b4 ^ (~b0 & b1);
        }
        s[0] ^= RC[r];
    }
}

static uint64_t load64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static void keccak256(const uint8_t *p, size_t n, uint8_t out[32])
{
    uint64_t s[25] = {0};
    while (n >= RATE) {
        for (int i = 0; i < RATE / 8; i++)
            s[i] ^= load64(p + 8 * i);
        keccak_f(s);
        p += RATE;
        n -= RATE;
    }
    uint8_t last[RATE];
    for (int i = 0; i < RATE; i++)
        last[i] = 0;
    for (size_t i = 0; i < n; i++)
        last[i] = p[i];
    last[n] ^= 0x01;
    last[RATE - 1] ^= 0x80;
    for (int i = 0; i < RATE / 8; i++)
        s[i] ^= load64(last + 8 * i);
    keccak_f(s);
    for (int i = 0; i < 32; i++)
        out[i] = (uint8_t)(s[i / 8] >> (8 * (i % 8)));
}

uint64_t workload_run(void)
{
    static const uint8_t empty[32] = {
        0xc5, 0xd2, 0x46, 0x01, 0x86, 0xf7, 0x23, 0x3c, 0x92, 0x7e, 0x7d, 0xb2, 0xdc, 0xc7, 0x03, 0xc0,
        0xe5, 0x00, 0xb6, 0x53, 0xca, 0x82, 0x27, 0x3b, 0x7b, 0xfa, 0xd8, 0x04, 0x5d, 0x85, 0xa4, 0x70,
    };
    uint8_t d[32];
    keccak256(buf, 0, d);
    for (int i = 0; i < 32; i++)
        if (d[i] != empty[i])
            return 0xbad; /* the implementation is wrong */
    uint64_t seed = 0x6b656363616b3235ull;
    uint64_t h = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < BUF_LEN; i += 8) {
            uint64_t v = rng_next(&seed);
            for (int k = 0; k < 8; k++)
                buf[i + k] = (uint8_t)(v >> (8 * k));
        }
        keccak256(buf, BUF_LEN, d);
        char line[] = "keccak-256 of round r: "
                      "................................................................\n";
        line[20] = (char)('0' + r);
        for (int i = 0; i < 32; i++) {
            line[23 + 2 * i] = "0123456789abcdef"[d[i] >> 4];
            line[24 + 2 * i] = "0123456789abcdef"[d[i] & 15];
        }
        rt_puts(line);
        for (int i = 0; i < 32; i += 8)
            h = mix64(h, load64(d + i));
        seed ^= h;
    }
    return h;
}
