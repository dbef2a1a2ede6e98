#!/usr/bin/env python3
"""Deterministic generator of the RV64F/RV64D test-vector table for fpvec.S.

Writes (into build/ by default):
  table.bin   the vectors, see README.md "Table format"
  stubs.S     one code stub per (instruction, rounding mode) and the stub address table
  stubs.txt   stub id -> mnemonic, rounding-mode variant, operand kinds
  counts.txt  number of vectors per instruction and in total

The same seed always gives byte-identical output (random.Random with a fixed seed,
no hashing of sets/dicts, no time or environment dependence).
"""

import argparse
import os
import random
import struct
from fractions import Fraction

import refmodel as M

SEED = 0x5249564554  # "RIVET"

RM_NAMES = ["rne", "rtz", "rdn", "rup", "rmm"]
# rounding-mode variants of an instruction that has an rm field: the five static modes
# and DYN (rm=7: mode taken from frm, which the table entry sets)
RM_VARIANTS = RM_NAMES + ["dyn"]

# ------------------------------------------------------------------ instruction table
# (mnemonic, model op, model fmt, source kinds, destination kind, has rm field, group)
# source kinds: 'f' FP register (fld from the table), 'x' integer register (ld)
OPS = []


def _op(mn, mop, fmt, srcs, dst, rm, group):
    OPS.append(dict(mn=mn, op=mop, fmt=fmt, srcs=srcs, dst=dst, rm=rm, group=group))


for _f in ("s", "d"):
    for _o in ("fadd", "fsub", "fmul", "fdiv"):
        _op(f"{_o}.{_f}", _o, _f, "ff", "f", True, _o)
    _op(f"fsqrt.{_f}", "fsqrt", _f, "f", "f", True, "fsqrt")
    for _o in ("fmadd", "fmsub", "fnmsub", "fnmadd"):
        _op(f"{_o}.{_f}", _o, _f, "fff", "f", True, "fma")
    for _o in ("fmin", "fmax"):
        _op(f"{_o}.{_f}", _o, _f, "ff", "f", False, "minmax")
    for _o in ("fsgnj", "fsgnjn", "fsgnjx"):
        _op(f"{_o}.{_f}", _o, _f, "ff", "f", False, "sgnj")
    for _o in ("feq", "flt", "fle"):
        _op(f"{_o}.{_f}", _o, _f, "ff", "x", False, "cmp")
    _op(f"fclass.{_f}", "fclass", _f, "f", "x", False, "fclass")
    for _i in ("w", "wu", "l", "lu"):
        _op(f"fcvt.{_i}.{_f}", f"fcvt.to.{_i}", _f, "f", "x", True, "f2i")
    for _i in ("w", "wu", "l", "lu"):
        # int32 -> double is always exact: GNU as takes no rm operand for it
        exact = _f == "d" and _i in ("w", "wu")
        _op(f"fcvt.{_f}.{_i}", f"fcvt.from.{_i}", _f, "x", "f", not exact, "i2f")
_op("fcvt.s.d", "fcvt.s.d", "d", "f", "f", True, "f2f")
_op("fcvt.d.s", "fcvt.d.s", "s", "f", "f", False, "f2f")  # exact, no rm operand
_op("fmv.x.w", "fmv.x.w", "s", "f", "x", False, "fmv")
_op("fmv.w.x", "fmv.w.x", "s", "x", "f", False, "fmv")
_op("fmv.x.d", "fmv.x.d", "d", "f", "x", False, "fmv")
_op("fmv.d.x", "fmv.d.x", "d", "x", "f", False, "fmv")

# operand tuples per instruction (an instruction with an rm field runs every tuple in all
# six variants, so it gets 6x this many vectors)
TUPLES = {
    "fadd": 700, "fsub": 600, "fmul": 700, "fdiv": 600, "fsqrt": 450, "fma": 600,
    "minmax": 1600, "sgnj": 900, "cmp": 1600, "fclass": 1200, "f2i": 550,
    "i2f": 450, "i2f_exact": 1000, "fcvt.s.d": 700, "fcvt.d.s": 1600, "fmv": 600,
}


def stubs():
    """[(stub id, op dict, rm variant or None)] in stub-id order."""
    out = []
    for op in OPS:
        for v in (RM_VARIANTS if op["rm"] else [None]):
            out.append((len(out), op, v))
    return out


# ------------------------------------------------------------------ float helpers
def fbits(v, f, rm=M.RNE):
    """Bits of the Fraction v rounded to format f (sign of zero: +)."""
    return M.round_value(Fraction(v), f, rm)[0]


def neg(b, f):
    return b ^ f.signbit


def mkf(f, sign, bexp, frac):
    return (sign << (f.width - 1)) | (bexp << f.fbits) | (frac & f.fracmask)


def fields(b, f):
    return (b >> (f.width - 1)) & 1, (b >> f.fbits) & f.expmask, b & f.fracmask


def specials(f):
    one = f.bias << f.fbits
    v = []
    for s in (0, 1):
        sb = s << (f.width - 1)
        v += [
            sb | 0,  # zero
            sb | 1,  # min subnormal
            sb | f.fracmask,  # max subnormal
            sb | (1 << f.fbits),  # min normal
            sb | f.maxfinite,  # max normal
            sb | one,  # 1.0
            sb | f.inf,  # infinity
            sb | fbits(Fraction(1, 2), f),
            sb | fbits(Fraction(3, 2), f),
            sb | fbits(Fraction(5, 2), f),
            sb | (one - 1),  # largest below 1
            sb | (one + 1),  # smallest above 1
        ]
    v += [
        f.canon_nan,  # canonical qNaN
        f.canon_nan | 1,  # qNaN with payload
        f.signbit | f.canon_nan | 0x55,  # negative qNaN with payload
        f.inf | 1,  # sNaN, minimal payload
        f.inf | (f.qbit >> 1),  # sNaN, high payload
        f.signbit | f.inf | 0x2A,  # negative sNaN
        (1 << f.width) - 1,  # all ones: negative qNaN
    ]
    return v


SPECIALS = {"s": specials(M.S), "d": specials(M.D)}
# a smaller set for cross products of 2 and 3 operands
def small_specials(f):
    one = f.bias << f.fbits
    v = []
    for s in (0, 1):
        sb = s << (f.width - 1)
        v += [sb, sb | 1, sb | (1 << f.fbits), sb | f.maxfinite, sb | one, sb | f.inf]
    v += [f.canon_nan, f.inf | 1, f.signbit | f.canon_nan | 0x55]
    return v


SMALL = {"s": small_specials(M.S), "d": small_specials(M.D)}


def rand_mant(r, n):
    k = r.random()
    if k < 0.5:
        return r.getrandbits(n)
    if k < 0.75:  # a run of ones (or its complement), testfloat style
        i, j = sorted((r.randint(0, n), r.randint(0, n)))
        m = ((1 << j) - 1) ^ ((1 << i) - 1)
        return m if r.random() < 0.5 else m ^ ((1 << n) - 1)
    if k < 0.9:  # few bits set
        m = 0
        for _ in range(r.randint(1, 3)):
            m |= 1 << r.randrange(n)
        return m
    return r.choice([0, (1 << n) - 1, 1, 1 << (n - 1), (1 << (n - 1)) | 1])


def rand_float(r, f, exp_center=None, exp_spread=None):
    k = r.random()
    if k < 0.14:
        return r.choice(SPECIALS[f.name])
    s = r.getrandbits(1)
    if k < 0.18:
        return r.getrandbits(f.width)
    if k < 0.22:  # NaN with random payload, quiet or signaling
        m = rand_mant(r, f.fbits) or 1
        return mkf(f, s, f.expmask, m)
    if k < 0.32:
        return mkf(f, s, 0, rand_mant(r, f.fbits) or 1)
    if k < 0.42:
        e = r.choice([1, 2, 3, f.expmask - 1, f.expmask - 2, f.expmask - 3])
        return mkf(f, s, e, rand_mant(r, f.fbits))
    if k < 0.85:
        c = f.bias if exp_center is None else exp_center
        sp = (f.p + 4) if exp_spread is None else exp_spread
        e = min(max(c + r.randint(-sp, sp), 1), f.expmask - 1)
        return mkf(f, s, e, rand_mant(r, f.fbits))
    return mkf(f, s, r.randint(1, f.expmask - 1), rand_mant(r, f.fbits))


def finite_rand(r, f, **kw):
    while True:
        b = rand_float(r, f, **kw)
        if fields(b, f)[1] != f.expmask:
            return b


def near(r, b, f, maxd=3):
    """b moved by a few ulps (staying finite and of the same sign)."""
    s, e, m = fields(b, f)
    mag = (b & ~f.signbit) + r.randint(-maxd, maxd)
    mag = min(max(mag, 0), f.maxfinite)
    return mag | (s << (f.width - 1))


# ------------------------------------------------------------------ NaN boxing
def box_s(r, b32):
    """64-bit register image of a single-precision operand; occasionally improperly
    NaN-boxed (upper 32 bits not all ones): such an operand must read as the canonical NaN."""
    if r.random() < 0.04:
        hi = r.choice([0, 0xFFFFFFFE, 0x7FFFFFFF, 0xFFFF0000, 0xFFFFFFF7, r.getrandbits(32)])
        if hi == 0xFFFFFFFF:
            hi = 0
        return (hi << 32) | b32
    return M.BOX | b32


def reg_of(r, b, f):
    return box_s(r, b) if f is M.S else b


# ------------------------------------------------------------------ operand generators
def near_emin(r, f):
    """A value within a few half-ulps of the smallest normal 2^emin (the underflow
    boundary, where tininess after vs before rounding matters)."""
    t = Fraction(2) ** f.emin - r.randint(-3, 3) * Fraction(2) ** (f.emin - f.p - 1)
    if r.random() < 0.5:
        t += Fraction(r.randint(-99, 99), 100) * Fraction(2) ** (f.emin - f.p - 2)
    return t


def toward_emin(r, f, other, how):
    """how = 'mul': x with other * x near 2^emin; how = 'div': x with x / other near 2^emin."""
    c = M.classify(other, f)
    t = near_emin(r, f)
    x = t / c[2] if how == "mul" else t * c[2]
    return fbits(x, f, r.randrange(5)) | (r.getrandbits(1) << (f.width - 1))


def gen_pair(r, f, group):
    k = r.random()
    if group in ("fmul", "fdiv") and k < 0.1:
        a = mkf(f, r.getrandbits(1), r.randint(f.bias - f.p, f.bias + f.p), rand_mant(r, f.fbits))
        if group == "fmul":
            return a, toward_emin(r, f, a, "mul")
        b = a
        return toward_emin(r, f, b, "div"), b
    if k < 0.12:
        return r.choice(SPECIALS[f.name]), r.choice(SPECIALS[f.name])
    a = rand_float(r, f)
    if k < 0.45:
        return a, rand_float(r, f)
    if group in ("fadd", "fsub") and k < 0.75:
        # b a fixed number of binades below a: halfway / sticky rounding cases
        s, e, _ = fields(a, f)
        if e in (0, f.expmask):
            a = finite_rand(r, f)
            s, e, _ = fields(a, f)
        d = r.randint(0, f.p + 3)
        be = max(e - d, 0)
        b = mkf(f, r.getrandbits(1), be, rand_mant(r, f.fbits))
        return (a, b) if r.random() < 0.5 else (b, a)
    if group == "fmul" and k < 0.75:
        # exponents summing near the overflow / underflow thresholds
        ea = r.randint(1, f.expmask - 1)
        target = r.choice([f.emax, f.emax + 1, f.emin, f.emin - 1, f.emin - f.p // 2, f.emin - f.p, f.emin - f.p - 1])
        eb = target - (ea - f.bias) + f.bias
        eb = min(max(eb, 0), f.expmask - 1)
        a = mkf(f, r.getrandbits(1), ea, rand_mant(r, f.fbits))
        b = mkf(f, r.getrandbits(1), eb, rand_mant(r, f.fbits))
        return a, b
    if group == "fdiv" and k < 0.75:
        b = finite_rand(r, f)
        t = r.random()
        if t < 0.4:  # exact quotient a/b = small integer or power of two
            q = r.choice([1, 2, 3, 5, 7, Fraction(1, 2), Fraction(1, 4), Fraction(3, 4)])
            c = M.classify(b, f)
            a = fbits(c[2] * q, f) | (r.getrandbits(1) << (f.width - 1))
            return a, b
        ea = r.randint(1, f.expmask - 1)
        target = r.choice([f.emax, f.emax + 1, f.emin, f.emin - 1, f.emin - f.p, 0])
        eb = (ea - f.bias) - target + f.bias
        eb = min(max(eb, 0), f.expmask - 1)
        a = mkf(f, r.getrandbits(1), ea, rand_mant(r, f.fbits))
        b = mkf(f, r.getrandbits(1), eb, rand_mant(r, f.fbits))
        return a, b
    # cancellation / equality: b close to +-a
    b = near(r, a, f) if fields(a, f)[1] != f.expmask else a
    t = r.random()
    if t < 0.3:
        b = a
    elif t < 0.6:
        b = neg(b, f)
    return a, b


def gen_triple(r, f):
    k = r.random()
    if k < 0.12:
        return tuple(r.choice(SMALL[f.name]) for _ in range(3))
    if k < 0.2:  # inf * 0 with any addend (quiet NaN included)
        inf = f.inf | (r.getrandbits(1) << (f.width - 1))
        z = r.getrandbits(1) << (f.width - 1)
        a, b = (inf, z) if r.random() < 0.5 else (z, inf)
        return a, b, r.choice(SPECIALS[f.name])
    a = rand_float(r, f)
    b = rand_float(r, f)
    if k < 0.28:  # result near the underflow boundary
        a = mkf(f, r.getrandbits(1), r.randint(f.bias - f.p, f.bias + f.p), rand_mant(r, f.fbits))
        b = toward_emin(r, f, a, "mul")
        c = M.classify(b, f)
        if c[0] != "num" or c[2] == 0:
            return a, b, rand_float(r, f)
        prod = M.classify(a, f)[2] * c[2]
        if r.random() < 0.5:  # the addend moves the exact product onto the boundary
            return a, b, fbits(near_emin(r, f) - prod, f, r.randrange(5))
        return a, b, r.getrandbits(1) << (f.width - 1)  # +-0
    if k < 0.5:
        return a, b, rand_float(r, f)
    ca, cb = M.classify(a, f), M.classify(b, f)
    if ca[0] != "num" or cb[0] != "num" or ca[2] == 0 or cb[2] == 0:
        return a, b, rand_float(r, f)
    prod = ca[2] * cb[2] * (-1 if ca[1] ^ cb[1] else 1)
    if k < 0.8:  # c close to -(a*b): massive cancellation, exact zero results
        rm = r.randrange(5)
        c = M.round_value(-prod, f, rm)[0]
        if fields(c, f)[1] != f.expmask and r.random() < 0.5:
            c = near(r, c, f, 2)
        if r.random() < 0.2:
            c = neg(c, f)
        return a, b, c
    # c tiny relative to a*b: rounding decided by c's sticky bits (halfway cases)
    pe = M.ilog2(abs(prod))
    ce = pe - r.randint(f.p - 2, f.p + 4)
    c = fbits(Fraction(2) ** ce * (1 + Fraction(rand_mant(r, f.fbits), 1 << f.fbits)), f)
    return a, b, c | (r.getrandbits(1) << (f.width - 1))


def gen_sqrt(r, f):
    k = r.random()
    if k < 0.15:
        return r.choice(SPECIALS[f.name])
    if k < 0.45:  # exact squares: x with a short significand
        nb = r.randint(1, f.p // 2)
        m = r.getrandbits(nb) | (1 << (nb - 1)) | 1
        e = r.randint(-(f.bias // 2) + 2, f.bias // 2 - nb)
        x = Fraction(m) * Fraction(2) ** e
        sq = fbits(x * x, f)
        return near(r, sq, f, 1) if r.random() < 0.4 else sq
    if k < 0.6:  # near the midpoint between two representable roots
        x = M.classify(finite_rand(r, f), f)[2]
        if x == 0:
            return 0
        e = M.ilog2(x)
        ulp = Fraction(2) ** (max(e, f.emin) - f.p + 1)
        mid = x + ulp / 2
        return near(r, fbits(mid * mid, f), f, 2)
    return rand_float(r, f)


INT_LIMITS = [2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64]


def gen_f2i(r, f):
    k = r.random()
    if k < 0.12:
        return r.choice(SPECIALS[f.name])
    if k < 0.6:
        t = r.random()
        if t < 0.45:  # around the integer limits
            L = r.choice(INT_LIMITS)
            n = r.choice([L, L - 1, L + 1, -L, -L + 1, -L - 1, L // 2, -(L // 2)])
        elif t < 0.75:
            n = r.randint(-10, 10)
        else:
            n = r.getrandbits(r.randint(1, 66)) * r.choice([1, -1])
        d = r.choice([0, Fraction(1, 2), Fraction(-1, 2), Fraction(1, 4), Fraction(3, 4),
                      Fraction(-1, 4), Fraction(-3, 4), Fraction(1, 1024), Fraction(-1, 1024)])
        x = n + d
        b = fbits(x, f) if x != 0 else 0
        if r.random() < 0.3 and fields(b, f)[1] != f.expmask:
            b = near(r, b, f, 2)
        if x == 0 and r.random() < 0.5:
            b = f.signbit
        return b
    return finite_rand(r, f, exp_center=f.bias + 30, exp_spread=40) if r.random() < 0.8 else rand_float(r, f)


def gen_int(r, width_hint):
    k = r.random()
    if k < 0.15:
        return r.choice([0, 1, 2, 3, (1 << 64) - 1, (1 << 63) - 1, 1 << 63, (1 << 31) - 1, 1 << 31,
                         (1 << 32) - 1, 1 << 32, 0xFFFFFFFF80000000, 0xFFFFFFFF7FFFFFFF, 0xFFFFFFFFFFFFFFFE])
    if k < 0.5:  # m * 2^k with m just over the precision: halfway and sticky cases
        p = r.choice([24, 53])
        nb = r.randint(p, p + 4)
        m = (1 << (nb - 1)) | rand_mant(r, nb - 1)
        if r.random() < 0.5:  # exact halfway patterns
            m = (m >> (nb - p)) << (nb - p) | (1 << (nb - p - 1)) if nb > p else m
        sh = r.randint(0, max(0, width_hint - nb))
        v = (m << sh) & ((1 << width_hint) - 1)
    else:
        v = r.getrandbits(r.randint(1, width_hint))
        if r.random() < 0.3:
            v = rand_mant(r, width_hint)
    if r.random() < 0.4:
        v = (-v) & ((1 << width_hint) - 1)
    return v


def gen_i2f(r, it):
    if it in ("w", "wu"):
        v = gen_int(r, 32)
        # the instruction reads only bits 31:0; vary bits 63:32 (sign extension, zeros, garbage)
        t = r.random()
        if t < 0.45:
            hi = 0xFFFFFFFF if (v >> 31) & 1 else 0
        elif t < 0.8:
            hi = 0
        else:
            hi = r.getrandbits(32)
        return (hi << 32) | (v & 0xFFFFFFFF)
    return gen_int(r, 64)


def gen_s_from_d(r):
    f = M.D
    k = r.random()
    if k < 0.12:
        return r.choice(SPECIALS["d"])
    if k < 0.25:  # near the single-precision underflow boundary 2^-126
        return fbits(near_emin(r, M.S), f) | (r.getrandbits(1) << 63)
    if k < 0.75:
        # a double in (or at the edge of) single range, low 29 bits chosen for rounding
        e = r.choice([r.randint(-20, 20), r.randint(-155, -120), r.randint(120, 130), r.randint(-126, 127)])
        hi = rand_mant(r, 23)
        lo = r.choice([0, 1 << 28, (1 << 28) + 1, (1 << 28) - 1, 1, r.getrandbits(29), (1 << 29) - 1])
        return mkf(f, r.getrandbits(1), e + f.bias, (hi << 29) | lo)
    return rand_float(r, f, exp_center=f.bias, exp_spread=160)


# ------------------------------------------------------------------ vector list
def operand_tuples(r, op):
    """Yield operand register tuples (64-bit values) for the instruction op."""
    g, f = op["group"], M.FMTS[op["fmt"]]
    if g in ("fadd", "fsub", "fmul", "fdiv"):
        n = TUPLES[g]
        cross = [(a, b) for a in SMALL[f.name] for b in SMALL[f.name]]
        for a, b in cross:
            yield (reg_of(r, a, f), reg_of(r, b, f))
        for _ in range(n - len(cross)):
            a, b = gen_pair(r, f, g)
            yield (reg_of(r, a, f), reg_of(r, b, f))
    elif g == "fsqrt":
        for _ in range(TUPLES[g]):
            yield (reg_of(r, gen_sqrt(r, f), f),)
    elif g == "fma":
        for _ in range(TUPLES[g]):
            yield tuple(reg_of(r, x, f) for x in gen_triple(r, f))
    elif g in ("minmax", "cmp", "sgnj"):
        cross = [(a, b) for a in SPECIALS[f.name] for b in SPECIALS[f.name]]
        n = TUPLES[g]
        if g == "sgnj":
            cross = [(a, b) for a in SMALL[f.name] for b in SMALL[f.name]]
        for a, b in cross:
            yield (reg_of(r, a, f), reg_of(r, b, f))
        for _ in range(n - len(cross)):
            a, b = gen_pair(r, f, g)
            yield (reg_of(r, a, f), reg_of(r, b, f))
    elif g == "fclass":
        for a in SPECIALS[f.name]:
            yield (reg_of(r, a, f),)
        for _ in range(TUPLES[g] - len(SPECIALS[f.name])):
            yield (reg_of(r, rand_float(r, f), f),)
    elif g == "f2i":
        for _ in range(TUPLES[g]):
            yield (reg_of(r, gen_f2i(r, f), f),)
    elif g == "i2f":
        it = op["op"].split(".")[-1]
        n = TUPLES["i2f"] if op["rm"] else TUPLES["i2f_exact"]
        for _ in range(n):
            yield (gen_i2f(r, it),)
    elif op["mn"] == "fcvt.s.d":
        for _ in range(TUPLES["fcvt.s.d"]):
            yield (gen_s_from_d(r),)
    elif op["mn"] == "fcvt.d.s":
        for _ in range(TUPLES["fcvt.d.s"]):
            yield (reg_of(r, rand_float(r, M.S), M.S),)
    elif g == "fmv":
        for _ in range(TUPLES["fmv"]):
            if op["srcs"] == "x":
                yield (r.getrandbits(64) if r.random() < 0.5 else
                       (r.getrandbits(32) << 32) | rand_float(r, f),)
            elif op["mn"] == "fmv.x.w":
                yield (reg_of(r, rand_float(r, f), f),)
            else:
                yield (rand_float(r, f) if r.random() < 0.7 else r.getrandbits(64),)
    else:
        raise ValueError(op)


def directed(by_mn):
    """Hand-picked sanity vectors (first in the table; listed in README.md)."""
    one_d, two_d = 0x3FF0000000000000, 0x4000000000000000
    qnan_d = 0x7FF8000000000000
    B = M.BOX
    V = [
        ("fadd.d", "rne", (one_d, two_d)),  # 1 + 2 = 3
        ("fdiv.d", "rne", (0, 0)),  # 0/0
        ("fcvt.w.d", "rtz", (qnan_d,)),  # NaN -> int
        ("fmin.d", None, (0x8000000000000000, 0)),  # min(-0, +0)
        ("fsqrt.s", "rne", (B | 0xBF800000,)),  # sqrt(-1)
        ("fcvt.wu.d", "rtz", (0xBFF0000000000000,)),  # -1.0 -> unsigned
    ]
    for rm in RM_NAMES:  # 2.5 and -2.5 to int under every mode
        V.append(("fcvt.w.d", rm, (0x4004000000000000,)))
    for rm in RM_NAMES:
        V.append(("fcvt.w.d", rm, (0xC004000000000000,)))
    for rm in RM_NAMES:  # 1 + 2^-53: exactly halfway between 1 and 1+2^-52
        V.append(("fadd.d", rm, (one_d, 0x3CA0000000000000)))
    V += [
        ("fadd.s", "rne", (0x000000003F800000, B | 0x3F800000)),  # improperly boxed operand
        ("fmax.s", None, (B | 0x7F800001, B | 0x3F800000)),  # max(sNaN, 1)
        ("fmadd.d", "rne", (0x7FF0000000000000, 0, qnan_d)),  # inf*0 + qNaN
        ("fcvt.s.d", "rne", (0x7FF0000000000001,)),  # sNaN double -> single
        ("fdiv.d", "rne", (one_d, 0)),  # 1/0
        ("fcvt.l.d", "rtz", (0x43E0000000000000,)),  # 2^63 -> int64
        ("fcvt.l.d", "rtz", (0xC3E0000000000000,)),  # -2^63 -> int64
        ("fcvt.wu.s", "rtz", (B | 0x4F32D05E,)),  # 3e9 -> uint32 (sign-extended result)
        ("fclass.s", None, (0x7FFFFFFF3F800000,)),  # fclass of an improperly boxed value
        ("feq.d", None, (qnan_d, qnan_d)),
        ("flt.d", None, (qnan_d, one_d)),
        ("fmul.d", "rne", (0x0010000000000000, 0x3FEFFFFFFFFFFFFF)),  # rounds up to min normal
        ("fcvt.wu.d", "rne", (0xBFE0000000000000,)),  # -0.5 -> unsigned, RNE: -0 -> 0
        ("fcvt.wu.d", "rne", (0xBFE8000000000000,)),  # -0.75 -> unsigned, RNE: -1 -> invalid
        ("fsgnjn.s", None, (0x3F800000, B | 0x3F800000)),  # fneg of improperly boxed value
        ("fmv.x.w", None, (0x12345678BF800000,)),  # raw low bits, sign-extended, no unboxing
        ("fnmadd.d", "rdn", (0, one_d, 0)),  # -(0*1) - 0 = -0 under any mode
        ("fsub.d", "rdn", (one_d, one_d)),  # x - x = -0 under RDN
        ("fsub.d", "rne", (one_d, one_d)),  # x - x = +0 otherwise
    ]
    return V


def build(seed):
    r = random.Random(seed)
    st = stubs()
    sid = {(op["mn"], v): i for i, op, v in st}
    vecs = []  # (stub id, frm, operands)

    def frm_for(v):
        # DYN: frm selects the mode (cycled); static modes: a random frm the instruction must ignore
        return r.randrange(5)

    for mn, v, ops in directed(None):
        vecs.append((sid[(mn, v)], 0 if v != "dyn" else 0, ops))
    for op in OPS:
        for ops in operand_tuples(r, op):
            if op["rm"]:
                for v in RM_VARIANTS:
                    vecs.append((sid[(op["mn"], v)], frm_for(v), ops))
            else:
                vecs.append((sid[(op["mn"], None)], frm_for(None), ops))
    return st, vecs


def write_table(path, vecs):
    with open(path, "wb") as fh:
        for s, frm, ops in vecs:
            fh.write(struct.pack("<HBBI", s, frm, len(ops), 0))
            for x in ops:
                fh.write(struct.pack("<Q", x & M.MASK64))


def read_table(path):
    data = open(path, "rb").read()
    out, p = [], 0
    while p < len(data):
        s, frm, n, _ = struct.unpack_from("<HBBI", data, p)
        ops = struct.unpack_from("<%dQ" % n, data, p + 8)
        out.append((s, frm, ops))
        p += 8 + 8 * n
    return out


def stub_asm(st):
    L = ["# generated by gen_vectors.py -- do not edit",
         "# stub ABI: a0 = address of the operands (8 bytes each); result in a1; clobbers ft0-ft3, a2",
         "        .section .text, \"ax\", @progbits", "        .option norvc", "        .balign 4"]
    for i, op, v in st:
        L.append(f"stub_{i}:  # {op['mn']} {v or ''}")
        fregs = ["ft0", "ft1", "ft2"]
        args = []
        for j, k in enumerate(op["srcs"]):
            if k == "f":
                L.append(f"        fld {fregs[j]}, {8 * j}(a0)")
                args.append(fregs[j])
            else:
                L.append(f"        ld a2, {8 * j}(a0)")
                args.append("a2")
        rd = "ft3" if op["dst"] == "f" else "a1"
        ins = f"        {op['mn']} {rd}, {', '.join(args)}"
        if v is not None:
            ins += f", {v}"
        L.append(ins)
        if op["dst"] == "f":
            L.append("        fmv.x.d a1, ft3")
        L.append("        ret")
    L += ["", "        .section .rodata, \"a\", @progbits", "        .balign 8", "        .globl stub_table", "stub_table:"]
    for i, _, _ in st:
        L.append(f"        .dword stub_{i}")
    L.append(f"        .globl stub_count\n        .set stub_count, {len(st)}")
    return "\n".join(L) + "\n"


def counts(st, vecs):
    per_stub = [0] * len(st)
    for s, _, _ in vecs:
        per_stub[s] += 1
    per_mn = {}
    for i, op, v in st:
        per_mn[op["mn"]] = per_mn.get(op["mn"], 0) + per_stub[i]
    return per_mn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "build"))
    ap.add_argument("--seed", type=lambda x: int(x, 0), default=SEED)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    st, vecs = build(a.seed)
    write_table(os.path.join(a.out, "table.bin"), vecs)
    with open(os.path.join(a.out, "stubs.S"), "w") as fh:
        fh.write(stub_asm(st))
    with open(os.path.join(a.out, "stubs.txt"), "w") as fh:
        fh.write("# stub-id mnemonic rm-variant(- = no rm field) source-kinds dest-kind\n")
        for i, op, v in st:
            fh.write(f"{i} {op['mn']} {v or '-'} {op['srcs']} {op['dst']}\n")
    pm = counts(st, vecs)
    with open(os.path.join(a.out, "counts.txt"), "w") as fh:
        for op in OPS:
            fh.write(f"{op['mn']} {pm[op['mn']]}\n")
        fh.write(f"total {len(vecs)}\n")
    print(f"gen_vectors: {len(vecs)} vectors, {len(st)} stubs")


if __name__ == "__main__":
    main()
