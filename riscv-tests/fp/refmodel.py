"""Executable model of the RISC-V F/D rules (unprivileged ISA, chapters "F" and "D"),
written from the specification with exact rational arithmetic (fractions.Fraction).

It is NOT the reference the expected data comes from (that is QEMU, an independent
soft-float); it is a cross-check: check_expected.py runs every vector through this model
and lists the vectors where QEMU's output differs (deviations.txt).

Conventions
  * FP register values are 64-bit integers. Single-precision results are NaN-boxed
    (upper 32 bits all ones); single-precision operands that are not properly boxed read
    as the canonical NaN 0x7fc00000 (spec: "NaN Boxing of Narrower Values").
  * Every operation returns (result_bits_64, fflags) with fflags = NV|DZ|OF|UF|NX as
    in the fflags CSR (NV=0x10, DZ=0x08, OF=0x04, UF=0x02, NX=0x01).
  * Rounding modes: 0 RNE, 1 RTZ, 2 RDN, 3 RUP, 4 RMM.
  * Tininess is detected after rounding (RISC-V); UF is raised when the result is
    tiny and inexact.
"""

from fractions import Fraction

NV, DZ, OF, UF, NX = 0x10, 0x08, 0x04, 0x02, 0x01
RNE, RTZ, RDN, RUP, RMM = 0, 1, 2, 3, 4
MASK64 = (1 << 64) - 1
BOX = 0xFFFFFFFF00000000


class Fmt:
    def __init__(self, name, ebits, fbits):
        self.name = name
        self.ebits = ebits
        self.fbits = fbits
        self.p = fbits + 1  # precision
        self.bias = (1 << (ebits - 1)) - 1
        self.emin = 1 - self.bias
        self.emax = self.bias
        self.width = 1 + ebits + fbits
        self.expmask = (1 << ebits) - 1
        self.fracmask = (1 << fbits) - 1
        self.signbit = 1 << (self.width - 1)
        self.qbit = 1 << (fbits - 1)
        self.canon_nan = (self.expmask << fbits) | self.qbit
        self.inf = self.expmask << fbits
        self.maxfinite = ((self.expmask - 1) << fbits) | self.fracmask


S = Fmt("s", 8, 23)
D = Fmt("d", 11, 52)
FMTS = {"s": S, "d": D}


# ---------------------------------------------------------------- register <-> value
def unbox(reg, f):
    """Operand bits of format f read from a 64-bit FP register."""
    if f is S:
        if (reg >> 32) != 0xFFFFFFFF:
            return S.canon_nan
        return reg & 0xFFFFFFFF
    return reg & MASK64


def box(bits, f):
    """64-bit register value of a result of format f."""
    if f is S:
        return BOX | (bits & 0xFFFFFFFF)
    return bits & MASK64


def classify(bits, f):
    """('nan', is_snan) | ('inf', sign) | ('num', sign, Fraction magnitude) (zero included)."""
    sign = (bits >> (f.width - 1)) & 1
    e = (bits >> f.fbits) & f.expmask
    m = bits & f.fracmask
    if e == f.expmask:
        if m == 0:
            return ("inf", sign)
        return ("nan", (m & f.qbit) == 0)
    if e == 0:
        mag = Fraction(m) / (Fraction(2) ** (f.bias - 1 + f.fbits))
    else:
        mag = Fraction(m | (1 << f.fbits)) * Fraction(2) ** (e - f.bias - f.fbits)
    return ("num", sign, mag)


def is_snan(bits, f):
    c = classify(bits, f)
    return c[0] == "nan" and c[1]


def is_nan(bits, f):
    return classify(bits, f)[0] == "nan"


def pow2(k):
    return Fraction(2) ** k


def ilog2(mag):
    """floor(log2(mag)) for a Fraction mag > 0."""
    e = mag.numerator.bit_length() - mag.denominator.bit_length()
    if mag < pow2(e):
        e -= 1
    elif mag >= pow2(e + 1):
        e += 1
    return e


def round_int(x, sign, rm):
    """Round the non-negative Fraction x (a magnitude; the value is (-1)^sign * x) to an
    integer magnitude under rm. Returns (n, inexact)."""
    n = x.numerator // x.denominator
    rem = x - n
    if rem == 0:
        return n, False
    half = Fraction(1, 2)
    if rm == RNE:
        if rem > half or (rem == half and (n & 1)):
            n += 1
    elif rm == RMM:
        if rem >= half:
            n += 1
    elif rm == RTZ:
        pass
    elif rm == RDN:
        if sign:
            n += 1
    elif rm == RUP:
        if not sign:
            n += 1
    else:
        raise ValueError("bad rm")
    return n, True


def pack_signed_zero(sign, f):
    return f.signbit if sign else 0


def round_pack(sign, mag, f, rm):
    """Round the exact non-zero value (-1)^sign * mag to format f. Returns (bits, flags)."""
    assert mag > 0
    e = ilog2(mag)
    flags = 0
    # tininess after rounding: round with unbounded exponent range, compare with 2^emin
    tiny = False
    if e < f.emin:
        qu = e - (f.p - 1)
        nu, _ = round_int(mag / pow2(qu), sign, rm)
        tiny = nu * pow2(qu) < pow2(f.emin)
    q = max(e, f.emin) - (f.p - 1)
    n, inexact = round_int(mag / pow2(q), sign, rm)
    if n == (1 << f.p):  # carry out of the significand
        n >>= 1
        q += 1
    if n * pow2(q) > ((1 << f.p) - 1) * pow2(f.emax - f.p + 1):
        flags |= OF | NX
        to_inf = rm in (RNE, RMM) or (rm == RUP and not sign) or (rm == RDN and sign)
        bits = f.inf if to_inf else f.maxfinite
        return bits | (f.signbit if sign else 0), flags
    if inexact:
        flags |= NX
        if tiny:
            flags |= UF
    if n < (1 << (f.p - 1)):
        # subnormal (or zero): q must be the minimum quantum
        assert q == f.emin - (f.p - 1) or n == 0
        bits = n
    else:
        bexp = q + (f.p - 1) + f.bias
        bits = (bexp << f.fbits) | (n - (1 << (f.p - 1)))
    return bits | (f.signbit if sign else 0), flags


def round_value(v, f, rm, zero_sign=0):
    """Round a signed Fraction v; an exact zero gets zero_sign."""
    if v == 0:
        return pack_signed_zero(zero_sign, f), 0
    return round_pack(1 if v < 0 else 0, abs(v), f, rm)


def nan_result(f, *opbits):
    """Canonical NaN, NV if any operand is a signaling NaN."""
    fl = NV if any(is_snan(b, f) for b in opbits) else 0
    return f.canon_nan, fl


def signed(c):
    """Signed Fraction of a ('num', sign, mag) class."""
    return -c[2] if c[1] else c[2]


# ---------------------------------------------------------------- arithmetic
def add_core(a, b, f, rm, negb=False):
    ca, cb = classify(a, f), classify(b, f)
    if ca[0] == "nan" or cb[0] == "nan":
        return nan_result(f, a, b)
    sa = ca[1]
    sb = cb[1] ^ (1 if negb else 0)
    if ca[0] == "inf" and cb[0] == "inf":
        if sa != sb:
            return f.canon_nan, NV
        return f.inf | (f.signbit if sa else 0), 0
    if ca[0] == "inf":
        return f.inf | (f.signbit if sa else 0), 0
    if cb[0] == "inf":
        return f.inf | (f.signbit if sb else 0), 0
    va = -ca[2] if sa else ca[2]
    vb = -cb[2] if sb else cb[2]
    s = va + vb
    if s == 0:
        if ca[2] == 0 and cb[2] == 0 and sa == sb:
            zs = sa
        else:
            zs = 1 if rm == RDN else 0
        return pack_signed_zero(zs, f), 0
    return round_value(s, f, rm)


def mul_core(a, b, f, rm):
    ca, cb = classify(a, f), classify(b, f)
    if ca[0] == "nan" or cb[0] == "nan":
        return nan_result(f, a, b)
    s = ca[1] ^ cb[1]
    a_inf, b_inf = ca[0] == "inf", cb[0] == "inf"
    a_zero = ca[0] == "num" and ca[2] == 0
    b_zero = cb[0] == "num" and cb[2] == 0
    if (a_inf and b_zero) or (b_inf and a_zero):
        return f.canon_nan, NV
    if a_inf or b_inf:
        return f.inf | (f.signbit if s else 0), 0
    if a_zero or b_zero:
        return pack_signed_zero(s, f), 0
    return round_pack(s, ca[2] * cb[2], f, rm)


def div_core(a, b, f, rm):
    ca, cb = classify(a, f), classify(b, f)
    if ca[0] == "nan" or cb[0] == "nan":
        return nan_result(f, a, b)
    s = ca[1] ^ cb[1]
    a_inf, b_inf = ca[0] == "inf", cb[0] == "inf"
    a_zero = ca[0] == "num" and ca[2] == 0
    b_zero = cb[0] == "num" and cb[2] == 0
    if (a_inf and b_inf) or (a_zero and b_zero):
        return f.canon_nan, NV
    if a_inf:
        return f.inf | (f.signbit if s else 0), 0
    if b_inf:
        return pack_signed_zero(s, f), 0
    if b_zero:
        return f.inf | (f.signbit if s else 0), DZ
    if a_zero:
        return pack_signed_zero(s, f), 0
    return round_pack(s, ca[2] / cb[2], f, rm)


def sqrt_core(a, f, rm):
    ca = classify(a, f)
    if ca[0] == "nan":
        return nan_result(f, a)
    if ca[0] == "inf":
        if ca[1]:
            return f.canon_nan, NV
        return f.inf, 0
    if ca[2] == 0:
        return pack_signed_zero(ca[1], f), 0
    if ca[1]:
        return f.canon_nan, NV
    x = ca[2]
    # sqrt(x) = sqrt(num*den)/den ; scale by 2^k to get many more bits than needed
    k = 1400
    num = x.numerator * x.denominator * (1 << (2 * k))
    from math import isqrt

    r = isqrt(num)
    if r * r == num:
        val = Fraction(r, x.denominator << k)
    else:
        # inexact: a value strictly between r and r+1 (far below any rounding boundary)
        val = Fraction(2 * r + 1, 2 * (x.denominator << k))
    return round_pack(0, val, f, rm)


def fma_core(a, b, c, f, rm, negprod, negc):
    ca, cb, cc = classify(a, f), classify(b, f), classify(c, f)
    a_inf, b_inf, c_inf = ca[0] == "inf", cb[0] == "inf", cc[0] == "inf"
    a_zero = ca[0] == "num" and ca[2] == 0
    b_zero = cb[0] == "num" and cb[2] == 0
    infzero = (a_inf and b_zero) or (b_inf and a_zero)
    if ca[0] == "nan" or cb[0] == "nan" or cc[0] == "nan":
        bits, fl = nan_result(f, a, b, c)
        if infzero:
            fl |= NV  # spec: NV for inf*0 even when the addend is a quiet NaN
        return bits, fl
    if infzero:
        return f.canon_nan, NV
    sp = ca[1] ^ cb[1] ^ (1 if negprod else 0)
    sc = cc[1] ^ (1 if negc else 0)
    if a_inf or b_inf:
        if c_inf and sc != sp:
            return f.canon_nan, NV
        return f.inf | (f.signbit if sp else 0), 0
    if c_inf:
        return f.inf | (f.signbit if sc else 0), 0
    prod = ca[2] * cb[2]
    vp = -prod if sp else prod
    vc = -cc[2] if sc else cc[2]
    s = vp + vc
    if s == 0:
        if prod == 0 and cc[2] == 0 and sp == sc:
            zs = sp
        else:
            zs = 1 if rm == RDN else 0
        return pack_signed_zero(zs, f), 0
    return round_value(s, f, rm)


def minmax_core(a, b, f, is_max):
    na, nb = is_nan(a, f), is_nan(b, f)
    fl = NV if (is_snan(a, f) or is_snan(b, f)) else 0
    if na and nb:
        return f.canon_nan, fl
    if na:
        return b, fl
    if nb:
        return a, fl
    ca, cb = classify(a, f), classify(b, f)

    def key(c):
        # total order on non-NaN values with -0 < +0
        if c[0] == "inf":
            return (Fraction(-1 if c[1] else 1) * 10 ** 400, 0)
        v = signed(c)
        return (v, 1 if (v == 0 and not c[1]) else 0)

    ka, kb = key(ca), key(cb)
    if is_max:
        return (a if ka >= kb else b), fl
    return (a if ka <= kb else b), fl


def cmp_core(a, b, f, kind):
    na, nb = is_nan(a, f), is_nan(b, f)
    if na or nb:
        if kind == "eq":
            fl = NV if (is_snan(a, f) or is_snan(b, f)) else 0
        else:
            fl = NV
        return 0, fl
    ca, cb = classify(a, f), classify(b, f)

    def val(c):
        if c[0] == "inf":
            return Fraction(-1 if c[1] else 1) * 10 ** 400
        return signed(c)

    va, vb = val(ca), val(cb)
    r = {"eq": va == vb, "lt": va < vb, "le": va <= vb}[kind]
    return int(r), 0


def fclass_core(a, f):
    c = classify(a, f)
    if c[0] == "nan":
        return (1 << 8) if c[1] else (1 << 9)
    if c[0] == "inf":
        return 1 if c[1] else (1 << 7)
    e = (a >> f.fbits) & f.expmask
    if c[2] == 0:
        return (1 << 3) if c[1] else (1 << 4)
    if e == 0:
        return (1 << 2) if c[1] else (1 << 5)
    return (1 << 1) if c[1] else (1 << 6)


def sgnj_core(a, b, f, kind):
    sa = a & f.signbit
    sb = b & f.signbit
    mag = a & ~f.signbit & ((1 << f.width) - 1)
    if kind == "j":
        s = sb
    elif kind == "n":
        s = sb ^ f.signbit
    else:
        s = sa ^ sb
    return mag | s


def sext(v, bits):
    v &= (1 << bits) - 1
    if v >> (bits - 1):
        v -= 1 << bits
    return v & MASK64


def f2i_core(a, f, rm, width, is_signed):
    c = classify(a, f)
    if is_signed:
        lo, hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
    else:
        lo, hi = 0, (1 << width) - 1
    if c[0] == "nan":
        return sext(hi, width) if width == 32 else hi, NV
    if c[0] == "inf":
        r = lo if c[1] else hi
        return sext(r, width) if width == 32 else (r & MASK64), NV
    n, inexact = round_int(c[2], c[1], rm)
    v = -n if c[1] else n
    if v < lo or v > hi:
        r = lo if c[1] else hi
        return (sext(r, width) if width == 32 else (r & MASK64)), NV
    return (sext(v, width) if width == 32 else (v & MASK64)), (NX if inexact else 0)


def i2f_core(x, f, rm, width, is_signed):
    x &= (1 << width) - 1
    if is_signed and x >> (width - 1):
        x -= 1 << width
    if x == 0:
        return 0, 0
    return round_pack(1 if x < 0 else 0, Fraction(abs(x)), f, rm)


def cvt_ff_core(a, fsrc, fdst, rm):
    c = classify(a, fsrc)
    if c[0] == "nan":
        return fdst.canon_nan, (NV if c[1] else 0)
    if c[0] == "inf":
        return fdst.inf | (fdst.signbit if c[1] else 0), 0
    if c[2] == 0:
        return pack_signed_zero(c[1], fdst), 0
    return round_pack(c[1], c[2], fdst, rm)


# ---------------------------------------------------------------- instruction level
def execute(op, fmt, rm, ops):
    """Execute instruction `op` (base mnemonic without the format suffix, e.g. 'fadd',
    'fcvt.w', 'fcvt.from.l' ...; see gen_vectors.OPS) on 64-bit register operands `ops`
    with effective rounding mode rm. Returns (64-bit destination register value, fflags)."""
    f = FMTS.get(fmt)
    if op in ("fadd", "fsub", "fmul", "fdiv"):
        a, b = unbox(ops[0], f), unbox(ops[1], f)
        if op == "fadd":
            r, fl = add_core(a, b, f, rm)
        elif op == "fsub":
            r, fl = add_core(a, b, f, rm, negb=True)
        elif op == "fmul":
            r, fl = mul_core(a, b, f, rm)
        else:
            r, fl = div_core(a, b, f, rm)
        return box(r, f), fl
    if op == "fsqrt":
        r, fl = sqrt_core(unbox(ops[0], f), f, rm)
        return box(r, f), fl
    if op in ("fmadd", "fmsub", "fnmsub", "fnmadd"):
        a, b, c = (unbox(x, f) for x in ops)
        negprod = op in ("fnmsub", "fnmadd")
        negc = op in ("fmsub", "fnmadd")
        r, fl = fma_core(a, b, c, f, rm, negprod, negc)
        return box(r, f), fl
    if op in ("fmin", "fmax"):
        r, fl = minmax_core(unbox(ops[0], f), unbox(ops[1], f), f, op == "fmax")
        return box(r, f), fl
    if op in ("fsgnj", "fsgnjn", "fsgnjx"):
        r = sgnj_core(unbox(ops[0], f), unbox(ops[1], f), f, {"fsgnj": "j", "fsgnjn": "n", "fsgnjx": "x"}[op])
        return box(r, f), 0
    if op in ("feq", "flt", "fle"):
        r, fl = cmp_core(unbox(ops[0], f), unbox(ops[1], f), f, op[1:])
        return r, fl
    if op == "fclass":
        return fclass_core(unbox(ops[0], f), f), 0
    if op.startswith("fcvt.to."):  # fcvt.{w,wu,l,lu}.<fmt>
        it = op[len("fcvt.to."):]
        width = 32 if it in ("w", "wu") else 64
        return f2i_core(unbox(ops[0], f), f, rm, width, not it.endswith("u"))
    if op.startswith("fcvt.from."):  # fcvt.<fmt>.{w,wu,l,lu}
        it = op[len("fcvt.from."):]
        width = 32 if it in ("w", "wu") else 64
        r, fl = i2f_core(ops[0], f, rm, width, not it.endswith("u"))
        return box(r, f), fl
    if op == "fcvt.s.d":
        r, fl = cvt_ff_core(unbox(ops[0], D), D, S, rm)
        return box(r, S), fl
    if op == "fcvt.d.s":
        r, fl = cvt_ff_core(unbox(ops[0], S), S, D, rm)
        return box(r, D), fl
    if op == "fmv.x.w":
        return sext(ops[0], 32), 0
    if op == "fmv.w.x":
        return box(ops[0] & 0xFFFFFFFF, S), 0
    if op in ("fmv.x.d", "fmv.d.x"):
        return ops[0] & MASK64, 0
    raise ValueError("unknown op " + op)
