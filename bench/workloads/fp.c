/* fp: an n-body simulation in double precision and a dense matrix multiply in single
 * precision. Built with -ffp-contract=off on both sides so the guest (RV64 F/D) and the
 * native build (SSE2) round identically; the checksum is over the result bit patterns. */
#include "workload.h"

WORKLOAD("fp", 0x51e0a08db5da9465ull)

#define BODIES 5
#define STEPS 200000
#define MAT_N 64
#define MAT_ROUNDS 8

struct body {
    double x, y, z, vx, vy, vz, m;
};

static struct body bodies[BODIES];
static float fa[MAT_N][MAT_N], fb[MAT_N][MAT_N], fc[MAT_N][MAT_N];

static uint64_t dbits(double d)
{
    union {
        double d;
        uint64_t u;
    } v = {d};
    return v.u;
}

static uint32_t fbits(float f)
{
    union {
        float f;
        uint32_t u;
    } v = {f};
    return v.u;
}

static double nbody_energy(void)
{
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        struct body *b = &bodies[i];
        e += 0.5 * b->m * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
        for (int j = i + 1; j < BODIES; j++) {
            double dx = b->x - bodies[j].x, dy = b->y - bodies[j].y, dz = b->z - bodies[j].z;
            e -= b->m * bodies[j].m / __builtin_sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void nbody_step(double dt)
{
    for (int i = 0; i < BODIES; i++)
        for (int j = i + 1; j < BODIES; j++) {
            double dx = bodies[i].x - bodies[j].x;
            double dy = bodies[i].y - bodies[j].y;
            double dz = bodies[i].z - bodies[j].z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * __builtin_sqrt(d2));
            bodies[i].vx -= dx * bodies[j].m * mag;
            bodies[i].vy -= dy * bodies[j].m * mag;
            bodies[i].vz -= dz * bodies[j].m * mag;
            bodies[j].vx += dx * bodies[i].m * mag;
            bodies[j].vy += dy * bodies[i].m * mag;
            bodies[j].vz += dz * bodies[i].m * mag;
        }
    for (int i = 0; i < BODIES; i++) {
        bodies[i].x += dt * bodies[i].vx;
        bodies[i].y += dt * bodies[i].vy;
        bodies[i].z += dt * bodies[i].vz;
    }
}

uint64_t workload_run(void)
{
    uint64_t seed = 0xf10a7f10a7f10a7ull;
    uint64_t h = 0;
    /* bodies: a heavy one at the centre, light ones around it */
    for (int i = 0; i < BODIES; i++) {
        double r[6];
        for (int k = 0; k < 6; k++)
            r[k] = (double)(int64_t)(rng_next(&seed) >> 11) / 9007199254740992.0 - 0.5;
        bodies[i] = (struct body){
            i ? 4.0 * r[0] + 2.0 * i : 0, i ? 4.0 * r[1] : 0, i ? 0.5 * r[2] : 0,
            i ? r[3] : 0, i ? 2.0 + r[4] : 0, i ? 0.1 * r[5] : 0, i ? 0.001 * (i + 1) : 39.47,
        };
    }
    h = mix64(h, dbits(nbody_energy()));
    for (int s = 0; s < STEPS; s++)
        nbody_step(0.001);
    h = mix64(h, dbits(nbody_energy()));
    for (int i = 0; i < BODIES; i++)
        h = mix64(h, dbits(bodies[i].x) ^ dbits(bodies[i].vy));

    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            fa[i][j] = (float)(int32_t)(rng_next(&seed) >> 40) / 16777216.0f - 0.5f;
            fb[i][j] = (float)(int32_t)(rng_next(&seed) >> 40) / 16777216.0f - 0.5f;
        }
    for (int r = 0; r < MAT_ROUNDS; r++) {
        for (int i = 0; i < MAT_N; i++)
            for (int j = 0; j < MAT_N; j++) {
                float s = 0.0f;
                for (int k = 0; k < MAT_N; k++)
                    s += fa[i][k] * fb[k][j];
                fc[i][j] = s;
            }
        /* feed back, scaled to stay in range */
        for (int i = 0; i < MAT_N; i++)
            for (int j = 0; j < MAT_N; j++)
                fa[i][j] = fc[i][j] / (8.0f + __builtin_sqrtf(fc[i][j] * fc[i][j]));
        uint64_t acc = 0;
        for (int i = 0; i < MAT_N; i++)
            for (int j = 0; j < MAT_N; j++)
                acc = acc * 31 + fbits(fc[i][j]);
        h = mix64(h, acc);
    }
    return h;
}
