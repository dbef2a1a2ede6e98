#!/usr/bin/env python3
"""Cross-check QEMU's output (expected.txt) against the spec model (refmodel.py).

  check_expected.py [--expected expected.txt] [--deviations deviations.txt]
      Runs every vector of build/table.bin through refmodel.execute and compares with
      the corresponding line of expected.txt. Writes deviations.txt (one line per vector
      where QEMU and the spec model disagree, with both values) and prints a summary
      per instruction. Exit status 0 even with deviations (they are data, see README).

  check_expected.py --dump N [M]
      Prints vectors N..M (decoded: instruction, rounding mode, frm, operands, QEMU result,
      model result) -- handy when rivet disagrees with a line.
"""

import argparse
import os
import sys

import gen_vectors as G
import refmodel as M

HERE = os.path.dirname(os.path.abspath(__file__))
RM_CODE = {"rne": 0, "rtz": 1, "rdn": 2, "rup": 3, "rmm": 4}


def load(expected):
    st = G.stubs()
    vecs = G.read_table(os.path.join(HERE, "build", "table.bin"))
    lines = open(expected).read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    trailer = lines[-1]
    body = lines[:-1]
    if trailer != "done %08x" % len(vecs) or len(body) != len(vecs):
        sys.exit(f"check_expected: {expected}: {len(body)} result lines / trailer {trailer!r}, table has {len(vecs)}")
    return st, vecs, body


def model(st, v):
    sid, frm, ops = v
    _, op, var = st[sid]
    rm = frm if var == "dyn" else RM_CODE.get(var, 0)
    r, fl = M.execute(op["op"], op["fmt"], rm, list(ops))
    return "%016x %02x" % (r & M.MASK64, fl)


def describe(st, i, v):
    sid, frm, ops = v
    _, op, var = st[sid]
    return f"{i} {op['mn']} {var or '-'} frm={frm} " + " ".join("%016x" % x for x in ops)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--expected", default=os.path.join(HERE, "expected.txt"))
    ap.add_argument("--deviations", default=os.path.join(HERE, "deviations.txt"))
    ap.add_argument("--dump", nargs="+", type=int)
    a = ap.parse_args()
    st, vecs, body = load(a.expected)
    if a.dump:
        lo = a.dump[0]
        hi = a.dump[1] if len(a.dump) > 1 else lo
        for i in range(lo, hi + 1):
            print(describe(st, i, vecs[i]), "| qemu", body[i], "| model", model(st, vecs[i]))
        return
    dev = []
    per_mn = {}
    for i, v in enumerate(vecs):
        m = model(st, v)
        mn = st[v[0]][1]["mn"]
        tot = per_mn.setdefault(mn, [0, 0])
        tot[0] += 1
        if m != body[i]:
            tot[1] += 1
            dev.append(f"{describe(st, i, v)} qemu={body[i].replace(' ', '/')} spec={m.replace(' ', '/')}")
    with open(a.deviations, "w") as fh:
        fh.write("# vectors where QEMU 7.2 (expected.txt) and the spec model (refmodel.py) differ\n")
        fh.write("# index mnemonic rm-variant frm operands... qemu=result/fflags spec=result/fflags\n")
        for d in dev:
            fh.write(d + "\n")
    for mn, (n, d) in per_mn.items():
        if d:
            print(f"{mn}: {d} of {n} differ")
    print(f"check_expected: {len(vecs)} vectors, {len(dev)} differ from the spec model")


if __name__ == "__main__":
    main()
