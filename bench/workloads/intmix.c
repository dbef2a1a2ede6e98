/* intmix: an integer mix in the style of CoreMark (written for rivet, not derived from it):
 * per iteration, linked-list work (build, reverse, search, merge sort), a small integer
 * matrix multiply, a state machine scanning a string of numbers, and CRC-16/CRC-32 over
 * the results. */
#include "workload.h"

WORKLOAD("intmix", 0x000045acf748eefcull)

#define ITERATIONS 4000
#define LIST_LEN 256
#define MAT_N 16
#define TEXT_LEN 512

struct node {
    struct node *next;
    uint32_t key;
    uint32_t val;
};

static struct node nodes[LIST_LEN];
static int32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];
static char text[TEXT_LEN + 1];

static uint16_t crc16_byte(uint16_t crc, uint8_t b) /* CRC-16/ARC, reflected 0xa001 */
{
    crc ^= b;
    for (int k = 0; k < 8; k++)
        crc = (uint16_t)((crc >> 1) ^ (0xa001u & (0u - (crc & 1u))));
    return crc;
}

static uint16_t crc16_u32(uint16_t crc, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        crc = crc16_byte(crc, (uint8_t)(v >> (8 * i)));
    return crc;
}

static uint32_t crc32_table[256];

static void crc32_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
        crc32_table[i] = c;
    }
}

static uint32_t crc32_buf(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    while (n--)
        crc = crc32_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ---- list ---- */
static struct node *list_build(uint64_t *seed)
{
    struct node *head = 0;
    for (int i = 0; i < LIST_LEN; i++) {
        uint64_t r = rng_next(seed);
        nodes[i].key = (uint32_t)(r >> 40) & 0xffff;
        nodes[i].val = (uint32_t)r;
        nodes[i].next = head;
        head = &nodes[i];
    }
    return head;
}

static struct node *list_reverse(struct node *h)
{
    struct node *prev = 0;
    while (h) {
        struct node *n = h->next;
        h->next = prev;
        prev = h;
        h = n;
    }
    return prev;
}

static struct node *list_find(struct node *h, uint32_t key)
{
    while (h && h->key != key)
        h = h->next;
    return h;
}

static struct node *list_sort(struct node *list) /* bottom-up merge sort by key, then val */
{
    if (!list)
        return 0;
    for (int insize = 1;; insize *= 2) {
        struct node *p = list, *tail = 0;
        int merges = 0;
        list = 0;
        while (p) {
            merges++;
            struct node *q = p;
            int psize = 0;
            for (int i = 0; i < insize && q; i++) {
                psize++;
                q = q->next;
            }
            int qsize = insize;
            while (psize > 0 || (qsize > 0 && q)) {
                struct node *e;
                if (psize == 0) {
                    e = q, q = q->next, qsize--;
                } else if (qsize == 0 || !q) {
                    e = p, p = p->next, psize--;
                } else if (p->key < q->key || (p->key == q->key && p->val <= q->val)) {
                    e = p, p = p->next, psize--;
                } else {
                    e = q, q = q->next, qsize--;
                }
                if (tail)
                    tail->next = e;
                else
                    list = e;
                tail = e;
            }
            p = q;
        }
        tail->next = 0;
        if (merges <= 1)
            return list;
    }
}

static uint16_t list_work(uint64_t *seed, uint16_t crc)
{
    struct node *h = list_build(seed);
    h = list_reverse(h);
    for (int i = 0; i < 16; i++) {
        struct node *f = list_find(h, (uint32_t)rng_next(seed) & 0xffff);
        crc = crc16_u32(crc, f ? f->val : 0xdeadu);
    }
    h = list_sort(h);
    uint32_t acc = 0, prev = 0;
    int ordered = 1;
    for (struct node *n = h; n; n = n->next) {
        ordered &= n->key >= prev;
        prev = n->key;
        acc = acc * 31 + n->val;
    }
    crc = crc16_u32(crc, acc);
    return crc16_byte(crc, (uint8_t)ordered);
}

/* ---- matrix ---- */
static uint16_t matrix_work(uint64_t *seed, uint16_t crc)
{
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            uint64_t r = rng_next(seed);
            mat_a[i][j] = (int32_t)(r & 0xfff) - 0x800;
            mat_b[i][j] = (int32_t)((r >> 20) & 0xfff) - 0x800;
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t s = 0;
            for (int k = 0; k < MAT_N; k++)
                s += mat_a[i][k] * mat_b[k][j];
            mat_c[i][j] = s;
        }
    /* a bit-field extraction pass, CoreMark-style */
    uint32_t acc = 0;
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t v = mat_c[i][j];
            acc += (uint32_t)(v > 0 ? (v >> 3) & 0x7f : (-v >> 5) & 0x3f);
            acc ^= (uint32_t)v;
        }
    return crc16_u32(crc, acc);
}

/* ---- state machine over a string of numbers ---- */
enum state { S_START, S_INT, S_DEC, S_EXP_SIGN, S_EXP, S_SCI, S_INVALID, S_COUNT };

static void text_build(uint64_t *seed)
{
    static const char alphabet[] = "0123456789+-.eE,,x";
    for (int i = 0; i < TEXT_LEN; i++)
        text[i] = alphabet[rng_next(seed) % (sizeof(alphabet) - 1)];
    text[TEXT_LEN] = 0;
}

static uint16_t state_work(uint16_t crc)
{
    uint32_t counts[S_COUNT] = {0};
    enum state s = S_START;
    for (const char *p = text;; p++) {
        char c = *p;
        if (c == ',' || c == 0) {
            counts[s]++;
            s = S_START;
            if (c == 0)
                break;
            continue;
        }
        int digit = c >= '0' && c <= '9';
        switch (s) {
        case S_START:
            s = digit ? S_INT : (c == '+' || c == '-') ? S_INT : c == '.' ? S_DEC : S_INVALID;
            break;
        case S_INT:
            s = digit ? S_INT : c == '.' ? S_DEC : (c == 'e' || c == 'E') ? S_EXP_SIGN : S_INVALID;
            break;
        case S_DEC:
            s = digit ? S_DEC : (c == 'e' || c == 'E') ? S_EXP_SIGN : S_INVALID;
            break;
        case S_EXP_SIGN:
            s = (digit || c == '+' || c == '-') ? S_EXP : S_INVALID;
            break;
        case S_EXP:
            s = digit ? S_SCI : S_INVALID;
            break;
        case S_SCI:
            s = digit ? S_SCI : S_INVALID;
            break;
        default:
            break;
        }
    }
    for (int i = 0; i < S_COUNT; i++)
        crc = crc16_u32(crc, counts[i]);
    return crc;
}

uint64_t workload_run(void)
{
    uint64_t seed = 0x1234567887654321ull;
    uint16_t crc = 0;
    uint32_t crc32 = 0;
    crc32_init();
    for (int it = 0; it < ITERATIONS; it++) {
        crc = list_work(&seed, crc);
        crc = matrix_work(&seed, crc);
        if ((it & 7) == 0)
            text_build(&seed);
        crc = state_work(crc);
        crc32 = crc32_buf(crc32, (const uint8_t *)text, TEXT_LEN);
        crc32 = crc32_buf(crc32, (const uint8_t *)mat_c, sizeof(mat_c));
    }
    return ((uint64_t)crc32 << 16) | crc;
}
