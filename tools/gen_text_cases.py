#!/usr/bin/env python3
"""Regenerates Tests/Runtime/Text/TextCases.Generated.cs: expected results of the text core, from CPython 3.12.

Run with CPython 3.12: PYENV_VERSION=3.12.1 python3 tools/gen_text_cases.py
Every row is [op, args..., expected]; expected is the result (usually its repr) or "!Type: message".
The NUnit fixtures in Tests/Runtime/Text dispatch on op and compare exactly.
"""
import json
import math
import os
import sys

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Runtime", "Text", "TextCases.Generated.cs")

SECTIONS = {}


def run(fn):
    try:
        return fn()
    except Exception as e:  # the expected value is the exception CPython raises
        return "!%s: %s" % (type(e).__name__, e)


def add(section, *row):
    SECTIONS.setdefault(section, []).append([str(x) for x in row])


def frepr(x):
    return repr(x)


# ---------------------------------------------------------------- numbers
FLOATS = [0.0, -0.0, 1.0, -1.5, 2.675, 0.125, 0.375, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
          123456.789, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 9.995, 9.9999, 99.5, 0.5, 2.5, -2.5, 1234567.891,
          0.000123456, math.nan, math.inf, -math.inf, 12345678901234567890.0, 1e22, 1e23, 0.00001,
          -0.0004, 999999.5, 0.05, 1e-7, 123.0, 12.0, 100.0]
FLOAT_SPECS = ['', 'f', '.2f', '.0f', '#.0f', '.10f', 'e', '.3e', 'E', '.0e', '#.0e', 'g', '.3g', '#.3g',
               'G', '.0g', '.10g', '%', '.1%', 'n', '.3n', '.3', '.1', '#', ',', '_', ',.2f', '_.3f',
               '15,.2f', '015,.2f', '020,.2f', '+', ' ', '+.2f', ' .3e', 'z.1f', 'z', '-10.3', '<10.2f',
               '^12.3e', '*^12.3e', '=10.2f', '010.2f', '010', '0=10.2f', '+010.2f', '10', 'x<10', 'F',
               '.1F', '.2%', ',g', ',.10g', '20,', '.50f', '.30e', '#g', '#.10g', '#10.3g', '-^20,.2f',
               'z.0f', 'z+.1e', '012,', '0<12', '\u00e9>12.1f', '.17g', '.16', '.17']
FLOAT_BAD_SPECS = ['d', 'c', 'x', ',s', '.f', 'ff', '10.3.3', ',_', '_,', ',n', '.2s', 's', '#x', '\u00e9']
for x in FLOATS:
    for spec in FLOAT_SPECS:
        add("Number", "fmt_float", frepr(x), spec, run(lambda: format(x, spec)))
for spec in FLOAT_BAD_SPECS:
    add("Number", "fmt_float", "1.5", spec, run(lambda: format(1.5, spec)))
add("Number", "fmt_float", "1e300", ".400f", format(1e300, ".400f"))
add("Number", "fmt_float", "5e-324", ".1100f", format(5e-324, ".1100f"))

INTS = [0, 1, -1, 7, 255, -255, 1234567, -1234567, 10 ** 20, -(10 ** 30), 2 ** 64, 65, 0x10FFFF, 0x110000,
        2 ** 100 + 12345]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', '_b', '_x', '#_x', 'n',
             '+', ' ', '-', '010', '010,', '012_', '#010x', '#010_b', '+010', '<10', '^10', '>10', '=10',
             '*=10', '0>10', '0<10', '0=10', '08,', '09,', '010_x', 'e', '.2f', '%', 'g', 'G', '#X', '+#x',
             ' 020_o', '020,', '^+15,', '\U0001F600^9']
INT_BAD_SPECS = [',x', ',b', ',n', '.2', '.2d', 'zd', 's', '+c', '#c', 'q', ',c', '_c', '_,', 'dd', '.x',
                 '\u00e9', 'z']
for v in INTS:
    for spec in INT_SPECS:
        add("Number", "fmt_int", str(v), spec, run(lambda: format(v, spec)))
for spec in INT_BAD_SPECS:
    add("Number", "fmt_int", "42", spec, run(lambda: format(42, spec)))
add("Number", "fmt_int", "-1", "c", run(lambda: format(-1, 'c')))
add("Number", "fmt_int", str(2 ** 70), "c", run(lambda: format(2 ** 70, 'c')))
add("Number", "fmt_int", str(10 ** 400), "e", run(lambda: format(10 ** 400, 'e')))
add("Number", "fmt_int", str(10 ** 30), ",", run(lambda: format(10 ** 30, ',')))
add("Number", "fmt_int", str(2 ** 200), "_x", run(lambda: format(2 ** 200, '_x')))

# Random spec strings from the grammar's pieces (valid and invalid mixes): error precedence.
import random as _random

spec_rng = _random.Random(7)


def random_spec():
    rng = spec_rng
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(['*', '0', ' ', '\u00e9', '{', 'x']) + rng.choice('<>=^'))
    elif rng.random() < 0.3:
        parts.append(rng.choice('<>=^'))
    for piece, p_ in [(rng.choice('+- '), 0.3), ('z', 0.15), ('#', 0.2), ('0', 0.25), (str(rng.randint(0, 25)), 0.5),
                      (rng.choice([',', '_', ',_', '_,']), 0.25), ('.' + rng.choice(['', '0', '3', '12']), 0.35),
                      (rng.choice('bcdeEfFgGnosxX%qz'), 0.6)]:
        if rng.random() < p_:
            parts.append(piece)
    spec = ''.join(parts)
    if rng.random() < 0.05:
        spec += rng.choice(['d', 'x', '!'])
    return spec


for _ in range(1500):
    spec = random_spec()
    rng = spec_rng
    kind = rng.choice(['int', 'float', 'str'])
    if kind == 'int':
        v = rng.choice([0, 7, -42, 123456789, -2 ** 70])
        add("Number", "fmt_int", str(v), spec, run(lambda: format(v, spec)))
    elif kind == 'float':
        v = rng.choice([0.0, -0.0, 2.675, -1234.5678, 1e21, math.inf, math.nan, 5e-324])
        add("Number", "fmt_float", repr(v), spec, run(lambda: format(v, spec)))
    else:
        v = rng.choice(['', 'abc', '\U0001F600x'])
        add("Number", "fmt_str", v, spec, run(lambda: format(v, spec)))

STRS = ['abc', '', 'h\u00e9llo', '\U0001F600ab', '\u01c5x']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '10.2', '\U0001F600^7', '010', '.0',
             '=10', '+', ' ', '-', '#', 'z', 'd', ',', '_', 'x', '.1s', '3', '^', '10,']
for v in STRS:
    for spec in STR_SPECS:
        add("Number", "fmt_str", v, spec, run(lambda: format(v, spec)))

COMPLEX = [(1.0, 2.0), (0.0, 2.0), (-0.0, 1.0), (1.5, -2.25), (math.inf, math.nan), (1234567.5, -0.0),
           (0.0, -0.0)]
COMPLEX_SPECS = ['', '.2f', '20', '<20', '^20.3e', '+', 'g', '.3', '010', '=10', ',.2f', 'n', 'd', '0<20',
                 'E', '+.1f', ' ', 'z.0f', '*>30']
for re_, im in COMPLEX:
    for spec in COMPLEX_SPECS:
        add("Number", "fmt_complex", frepr(re_), frepr(im), spec, run(lambda: format(complex(re_, im), spec)))

ROUND = [(2.675, 2), (0.125, 2), (0.375, 2), (1.5, 0), (2.5, 0), (-2.5, 0), (0.5, 0), (-0.4, 0),
         (1234.5678, -2), (5e-324, 323), (5e-324, 400), (1e300, -308), (1e300, -309), (1.7976931348623157e308, -308),
         (123.456, 1), (1e16, -16), (0.1, 20), (15.0, -1), (25.0, -1), (35.0, -1), (math.nan, 2), (math.inf, 2),
         (-0.0, 2), (0.285, 2), (1.005, 2), (-1.005, 2), (2.5e-5, 5), (123456789.0, -9), (5e15 + 0.5, 0),
         (0.5, -1), (4.35, 1), (-0.05, 1)]
for x, n in ROUND:
    add("Number", "round", frepr(x), n, run(lambda: repr(round(x, n))))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, math.nan, math.inf, -math.inf, 4.5, -4.51, 2.0 ** 60 + 2 ** 8, 0.49999999999999994]:
    add("Number", "round0", frepr(x), run(lambda: str(round(x))))
for x in [0.0, -0.0, 1.0, 1.5, -0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf,
          math.nan, 3.141592653589793, 1e-310, 1024.0]:
    add("Number", "hex", frepr(x), x.hex())
for s in ['0x1.8p1', '1p-1074', '0x1p-1075', '0x3p-1076', '-0x1.fffffffffffffp+1023', '0x1p1024', 'inf', ' 0x1.0 ',
          'garbage', '0x.8', '0x1.', '1.', '0xg', '0x1p', '0x1.00000000000008p0', '0x1.00000000000018p0', '-nan',
          '0X1P+2', 'ff', '0x1.fffffffffffff8p1023', '0x0p0', '-0x0.0p+0', '.', '0x', '0x1_0']:
    add("Number", "fromhex", s, run(lambda: repr(float.fromhex(s))))

INT_TEXTS = [('123', 10), (' -123 ', 10), ('+1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x1f', 16),
             ('0x_1f', 16), ('0x1f', 0), ('0o17', 0), ('0b101', 0), ('010', 0), ('00', 0), ('0_0', 0), ('z', 36),
             ('Z', 36), ('10', 2), ('2', 2), ('', 10), (' ', 10), ('\u0661\u0662\u0663', 10), ('\u00a012\u2003', 10),
             ('12\x00', 10), ('abc', 10), ('1e5', 10), ('1.5', 10), ('-', 10), ('0x', 16), ('0x', 0), ('x' * 300, 10),
             ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 5000 + 'x', 10), ('0' + '1' * 5000, 0), ('1' * 5000, 16),
             ('1' * 5000, 7), ('12', 1), ('12', 37), ('12', -1), ('0B1', 2), ('0b1', 16), ('0x_', 16), ('0x__1', 16),
             ('\t\n 42\x0b\x0c\r', 10), ('\x1c42', 10), ('4\u00b2', 10), ('\U0001D7CE\U0001D7CF', 10),
             ('-0', 10), ('0o', 8), ('9', 8), ('-0b_1', 0), ('1_2_3', 0), ('0_7', 0), ('07', 8),
             ('123456789012345678901234567890', 10), ('-' + '9' * 40, 10), ('zz_zz', 36), ('1' * 70, 2)]
sys.set_int_max_str_digits(4300)


def parse_then_str(t, b):
    v = int(t, b)
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(4300)


for t, b in INT_TEXTS:
    add("Number", "int", t, b, run(lambda: parse_then_str(t, b)))
for expr in ['10**4299', '10**4300', '-(10**4300-1)', '2**14284', '2**14285', '10**4300-1', '-10**4300', '0', '-5',
             '10**5000']:
    sys.set_int_max_str_digits(0)
    v = eval(expr)
    arg = str(v)
    sys.set_int_max_str_digits(4300)
    add("Number", "intstr", arg, run(lambda: "len=%d" % len(str(v))))
sys.set_int_max_str_digits(4300)

FLOAT_TEXTS = ['1.5', ' 1.5 ', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5', '1e1_0', 'inf', '-Infinity', 'nan',
               '-nan', 'infinit', '1e', '.e1', '.5', '5.', '.', '', '1e400', '1e-400', '-1e-400', '0x10',
               '\u0661.\u0665', '\u20031.5', '1,5', '1.5f', '++1', '0.1', '2.675', '1.7976931348623157e308',
               '2.2250738585072014e-308', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
               '+.5e-3', '1E+5', '  -0  ', '- 1', 'iNfInItY', '+nan', '1e_5', '1_e5', '0_1.0_1', '9' * 400,
               '1.' + '0' * 500 + '1', '\x00', '1\x00', '\u00a0', '12\u00e9']
for t in FLOAT_TEXTS:
    add("Number", "float", t, run(lambda: repr(float(t))))


COMPLEX_TEXTS = ['1_0+2_0j', '1__0', '(1+2j)', ' ( 1+2j ) ', 'j', '-j', '1+j', '1e', 'infj', '1+infinityj',
                 'nan-nanj', '', '1 + 2j', '\u0661+\u0662j', '(1+2j', '1e5J', '.5-.5j', '1+2jj', '-1.5e-3-2.5E+2j',
                 '+j', '1-', '(j)', ')', '1e+j', '1.j', '-0j', 'Infinity-infj', '1_j', '_1j', '1.5', '  7  ']
for t in COMPLEX_TEXTS:
    add("Number", "complex", t, run(lambda: repr(complex(t))))


# Random doubles (all exponents, from raw bits) and random specs: exactness of digits and rounding.
import random
import struct

rng = random.Random(20241122)
RANDOM_SPECS = ['.0f', '.1f', '.2f', '.3f', '.6f', '.12f', '.20f', 'e', '.0e', '.1e', '.5e', '.16e', '.20e', 'g', '.1g',
                '.2g', '.4g', '.15g', '.17g', '', '.3', '.12', '%', '.3%', ',.2f', '_.4e', '#.3g', 'z.2f', '+.3e',
                '016.3f', '^20.5g']
for _ in range(1500):
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            break
    if rng.random() < 0.5:
        # everyday magnitudes get most of the cases
        x = rng.uniform(-1e6, 1e6) if rng.random() < 0.7 else x * 1e-300 if abs(x) > 1e300 else x
    spec = rng.choice(RANDOM_SPECS)
    add("Number", "fmt_float", repr(x), spec, run(lambda: format(x, spec)))
for _ in range(1000):
    # significant-digit modes over every magnitude, including exact powers of ten and ties
    x = rng.choice([struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0], 10.0 ** rng.randint(-300, 300),
                    rng.randint(1, 10**6) * 10.0 ** rng.randint(-30, 30), rng.randint(1, 2**53) / 2 ** rng.randint(0, 60)])
    if not math.isfinite(x):
        continue
    spec = rng.choice(['.1e', '.2e', '.5e', '.10e', '.17e', 'g', '.1g', '.3g', '.6g', '.16g', '.19g', '.20g', '', '.4', 'e'])
    add("Number", "fmt_float", repr(x), spec, run(lambda: format(x, spec)))
for _ in range(600):
    x = rng.choice([rng.uniform(-1000, 1000), rng.uniform(-1, 1), rng.uniform(-1e20, 1e20),
                    round(rng.uniform(-100, 100), 3), rng.randint(-10**6, 10**6) / 8])
    n = rng.randint(-5, 8)
    add("Number", "round", repr(x), n, run(lambda: repr(round(x, n))))
INT_RANDOM_SPECS = ['', 'd', ',', '_', 'x', '#X', '_b', '#o', '+015,', '^+20_', '=+12', '08x', 'n', '>30,', 'e', '.3%']
for _ in range(500):
    v = rng.choice([rng.randint(-10**6, 10**6), rng.randint(-2**200, 2**200), rng.randint(0, 255)])
    spec = rng.choice(INT_RANDOM_SPECS)
    add("Number", "fmt_int", str(v), spec, run(lambda: format(v, spec)))


# ---------------------------------------------------------------- str.format and printf
import types


def enc(v):
    """Tagged encoding of a test value, rebuilt by TestValues.cs."""
    if isinstance(v, bool):
        return ["b", "True" if v else "False"]
    if isinstance(v, str):
        return ["s", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", repr(v)]
    if isinstance(v, tuple):
        return ["t", [enc(x) for x in v]]
    if isinstance(v, list):
        return ["l", [enc(x) for x in v]]
    if isinstance(v, dict):
        return ["d", [[k, enc(x)] for k, x in v.items()]]
    if isinstance(v, types.SimpleNamespace):
        return ["n", [[k, enc(x)] for k, x in vars(v).items()]]
    if v is None:
        return ["none", ""]
    raise TypeError(type(v))


FMT_ARGS = ('a', 12, ['x', 'y'], types.SimpleNamespace(name='N', val=3.5), -7.25, 'h\u00e9llo')
FMT_KWARGS = {'k': 'kv', 'n': 42, 'd': {'key': 'v', '0': 'zero'}, 'f': 2.675}
FORMATS = ["{}", "{} {}", "{0}{1}{0}", "{k}", "{n:05d}", "{0!r}", "{0!s:>5}", "{2[1]}", "{3.name}", "{3.val:.2f}",
           "{d[key]}", "{d[0]}", "{f:.2f}", "{{}}", "{{{0}}}", "}}{{", "{", "}", "a}b", "{0", "{0:", "{0!", "{0!r",
           "{0!rx}", "{0!x}", "{!r}", "{:{}}", "{0:{1}}", "{n:{k}}", "{:{:{}}}", "{} {0}", "{0} {}", "{0.}", "{0[}",
           "{2]x}", "{2[0]x}", "{a{}", "{9}", "{zz}", "{0:>{1}}", "{:}", "{0:}", "{!s}", "{2[0]:^5}", "{:>{}}{}",
           "{n:,}", "{f:{n}}", "{0:\u00e9^9}", "{0[0]}", "{4:+.1e}", "{5:*^11}", "{k!a}", "{0:{}}", "{:{0}}", "{}}",
           "{0]}", "{0:d}", "{1:s}", "{[0]}", "{2[5]}", "{9} {", "x{0}y{1:x}z", "{1:{0}}", "{n!r:>{1}}",
           "{0!s:{1}}", "{0!}", "{!}", "{0:{1}", "{0:{{}}}", "{2[0][0]}", "{2[1].x}", "{0.x.y", "{d[key]:>{n}}",
           "{1:#_b}", "{4!r:>10}", "{4:%}", "plain text only", "", "{\u0661}", "{1:{5}}", "{0[]}", "{0..x}"]
fmt_rng = _random.Random(13)
for _ in range(500):
    r = fmt_rng
    pieces = []
    for _ in range(r.randint(1, 4)):
        kind = r.random()
        if kind < 0.25:
            pieces.append(r.choice(['a', ' ', '{{', '}}', '}', '{', 'x{{y']))
        else:
            name = r.choice(['', '', '0', '1', '4', 'k', 'n', 'f', '2[1]', '3.name', 'd[key]', '9', 'zz', '0[0]', '3.', '2[', '1]'])
            conv = r.choice(['', '', '!r', '!s', '!a', '!x', '!'])
            spec = r.choice(['', '', ':', ':>6', ':^{1}', ':{}', ':.2f', ':,', ':x', ':{n}', ':{:{}}', ':*<{1}'])
            close = '}' if r.random() < 0.93 else ''
            pieces.append('{' + name + conv + spec + close)
    FORMATS.append(''.join(pieces))

for _ in range(300):
    r = fmt_rng
    manual = r.random() < 0.5
    pieces = []
    for i in range(r.randint(1, 4)):
        if r.random() < 0.3:
            pieces.append(r.choice(['a', ' ', '{{', '}}', '=', '\U0001F600']))
            continue
        name = r.choice(['0', '1', '4', '5', '2[1]', '3.name', '3.val']) if manual else ''
        name = r.choice([name, 'k', 'n', 'f', 'd[key]'])
        conv = r.choice(['', '', '!r', '!s'])
        spec = r.choice(['', ':>8', ':^{n}' if not manual else ':^{1}', ':*<7', ':.3', ':10.2'])
        pieces.append('{' + name + conv + spec + '}')
    FORMATS.append(''.join(pieces))

for f in FORMATS:
    add("Format", "format", f, run(lambda: f.format(*FMT_ARGS, **FMT_KWARGS)))

import _string
for f in ["a{0}b", "{{x}}", "{0!r:>{1}}", "{}", "x{", "}", "{a.b[c]}", "", "{0:}", "{!s}", "lit", "{0!", "a{{b}}c{d}e"]:
    add("Format", "formatter_parser", f, run(lambda: repr(list(_string.formatter_parser(f)))))

PRINTF = [('%s', 'x'), ('%s', ('x',)), ('%d', 5), ('%5d|%-5d|%05d', (1, 2, 3)), ('%+d % d', (5, 5)),
          ('%x %X %#x %#X %o %#o', (255, 255, 255, 255, 8, 8)), ('%#08x', 255), ('%-#8x|', 255), ('%.5d', -42),
          ('%+.3x', 255), ('%e %E %f %F %g %G', (1.5,) * 6), ('%.2f', 2.675), ('%10.3f|', -3.14159),
          ('%-10.3f|', 3.14159), ('%010.3f', -3.14159), ('%+.0f', 0.5), ('%#.0f', 1.0), ('%#g', 1.0),
          ('%.0e', 12345.0), ('%g', 1e16), ('%g', 1e-5), ('%r', 'a'), ('%a', 'a'), ('%.2s', 'abcdef'),
          ('%5.2s|', 'abc'), ('%-5s|', 'ab'), ('%c', 65), ('%c', 'z'), ('%c', 'ab'), ('%c', -1), ('%5c|', 'x'),
          ('%%', ()), ('100%%', ()), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%y', 1), ('%y', ()), ('%', ()),
          ('%5', 1), ('%.', 1), ('%(a)s %(b)d', {'a': 'x', 'b': 3}), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}),
          ('%(a)s', (1,)), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(zz)s', {'a': 1}), ('%*d|', (5, 42)),
          ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)), ('%*.*f|', (10, 3, 3.14159)),
          ('%*d', ('a', 1)), ('%d', 'a'), ('%x', 1.5), ('%d', 3.99), ('%f', 'a'), ('%ld %hd %Lf', (1, 2, 3.0)),
          ('%i %u', (7, 8)), ('%5%', ()), ('%5%', 1), ('%.3d', 7), ('% 05d', 42), ('%+05d', -42), ('%-05d|', 42),
          ('%#5o|', 8), ('%#-8X|', 255), ('%x', -255), ('%#x', -255), ('%#010x', -255), ('%s \u00e9 %s', ('\U0001F600', '\u00fc')),
          ('%-6s|', '\U0001F600'), ('%.1s', '\U0001F600x'), ('%f', 1e300), ('%.3e', 0.0), ('%g', math.nan),
          ('%05f', math.inf), ('%+f', -math.inf), ('%010.2e', -1234.5), ('%s', None), ('%r', None),
          ('%s|%r', ([1, 'a'], [1, 'a'])), ('%(a)s', {'a': [1]}), ('%(a)s %(a)r', {'a': 'q'}), ('%((a))s', {'(a)': 5}),
          ('%s', ()), ('%s', ((),)), ('abc', ()), ('abc', 5), ('abc', {'a': 1}), ('%d%%', 50), ('%-+8.3f|', 2.0),
          ('%#.3g', 100.0), ('%.10g', 1 / 3), ('%G', 1e-10), ('%c', 0x1F600), ('%c', 0x110000), ('%3c|', 0x1F600),
          ('%s', 10 ** 20), ('%d', 10 ** 20), ('%X', 2 ** 70), ('%08.3f', 3.14159), ('%-08.3f|', 3.14159),
          ('% f', 1.0), ('%  d', 1), ('%--5d|', 1), ('%0-5d|', 1), ('%.0s|', 'abc'), ('%.*s', (2, 'abcd')),
          ('%.*s', (-2, 'abcd')), ('%*s|', (3, '\u00e9')), ('abc', [1]), ('%s', [1]),
          ('%(a)s', [1]), ('%s %s', [1, 2])]
printf_rng = _random.Random(11)
for _ in range(800):
    r = printf_rng
    conv = r.choice('diouxXeEfFgGcrsa%y')
    flags = ''.join(r.choice('-+ #0') for _ in range(r.randint(0, 3)))
    width = r.choice(['', '', str(r.randint(0, 12)), '*'])
    prec = r.choice(['', '', '.', '.' + str(r.randint(0, 8)), '.*'])
    fmt = r.choice(['', 'x=', '[']) + '%' + flags + width + prec + conv + r.choice(['', ']', ' %s'])
    value = r.choice([0, -7, 255, 10 ** 12, 3.14159, -0.5, 2.5, math.inf, 'ab', '\u00e9', 65, None, [1]])
    args = []
    if width == '*':
        args.append(r.choice([5, -6, 'w']))
    if prec == '.*':
        args.append(r.choice([2, -1, 'p']))
    args.append(value)
    if fmt.endswith(' %s'):
        args.append('tail')
    a = tuple(args) if r.random() < 0.85 else value
    PRINTF.append((fmt, a))

for f, a in PRINTF:
    add("Printf", "printf", f, json.dumps(enc(a)), run(lambda: f % a))


# ---------------------------------------------------------------- str methods
STRINGS = ['hello world', '  a b  c  ', 'a,b,,c', '', '\u00df', '\u01c5', '\u0391\u03a3', '\u0391\u03a3 \u03a3',
           '\u0130', '\ufb01', 'Stra\u00dfe', '\U0001F600a\U0001F600b', 'x\u2028y\r\nz\x85w\x1cv\n', 'h\u00e9llo w\u00f6rld',
           ' \u02b0\u03a3', 'A\u02b0\u03a3', 'a\u03a3b', '\u01c6emal', '\t a\tb\n\tc', '123', '\u0661\u0662\u0663',
           '\u00b2', '\u00bd', '\u4e00', 'abc123', 'A Title String', "they're bill's", 'UPPER', '\u1ffc', '\u0149',
           '\u1fb3', '\ufb03', '\u0345', '\u216b', '\u00a0', '\u2003', '\u200b', '\u01c8', 'o\U0001F600o', '+42', '-',
           '_id\u00e9', '1abc', 'a\u0300', '\x1f', '\ud800x', 'x\udcff']
CALLS = {
    'split': [(), (None, 1), (',',), (',', 1), (' ',), ('',), ('\U0001F600',), ('o',), (None, 0), ('o', -1)],
    'rsplit': [(), (None, 1), (',',), (',', 1), (' ',), ('',), ('\U0001F600',), ('o',), (None, 0)],
    'splitlines': [(), (True,)],
    'strip': [(), ('a',), ('\U0001F600',), ('xo',), (None,)],
    'lstrip': [(), ('a ',), ('\U0001F600',)],
    'rstrip': [(), ('c ',), ('\U0001F600b',)],
    'partition': [(',',), ('',), ('\U0001F600',), ('o',)],
    'rpartition': [(',',), ('\U0001F600',), ('o',)],
    'find': [('o',), ('o', 5), ('o', -3), ('o', 1, 4), ('',), ('', 20), ('', -100, 100), ('\U0001F600',), ('b', 2), ('o', None, -2)],
    'rfind': [('o',), ('o', 5), ('o', 1, 4), ('',), ('', 20), ('\U0001F600',), ('o', -100, 100)],
    'index': [('o',), ('zz',)],
    'rindex': [('o',), ('zz',)],
    'count': [('o',), ('',), ('', 5), ('', 100), ('\U0001F600',), ('o', 1, -1), ('l',)],
    'replace': [('o', '0'), ('o', '0', 1), ('', '-'), ('', '-', 2), ('\U0001F600', 'x'), ('l', ''), ('o', 'oo', 0)],
    'startswith': [('he',), ('', 20), ('', 11), ('lo', 3, 5), ('\U0001F600',), ('a', -1), ('', -100)],
    'endswith': [('ld',), ('', 20), ('lo', 0, 5), ('\U0001F600b',), ('b', -100, -1)],
    'upper': [()], 'lower': [()], 'casefold': [()], 'swapcase': [()], 'title': [()], 'capitalize': [()],
    'center': [(10,), (10, '*'), (3,), (11, '\U0001F600'), (10, 'ab'), (12, '\u00e9'), (-1,)],
    'ljust': [(10,), (6, '.'), (10, '')],
    'rjust': [(10,), (6, '\U0001F600')],
    'zfill': [(8,), (1,), (3,)],
    'expandtabs': [(), (4,), (0,), (-1,), (1,)],
    'isdigit': [()], 'isdecimal': [()], 'isnumeric': [()], 'isalpha': [()], 'isalnum': [()], 'isspace': [()],
    'isidentifier': [()], 'isprintable': [()], 'islower': [()], 'isupper': [()], 'istitle': [()], 'isascii': [()],
    'removeprefix': [('he',), ('\U0001F600',), ('',)],
    'removesuffix': [('ld',), ('b',), ('',)],
    'encode': [(), ('ascii',), ('ascii', 'ignore'), ('ascii', 'replace'), ('latin-1',), ('latin-1', 'backslashreplace'),
               ('ascii', 'xmlcharrefreplace'), ('utf-8', 'surrogateescape'), ('utf-8', 'surrogatepass'), ('xyz',),
               ('ascii', 'bogus'), ('UTF8',), ('L1', 'replace')],
    '__len__': [()],
}
for s_ in STRINGS:
    for name, arglists in CALLS.items():
        for args in arglists:
            def call():
                r = getattr(s_, name)(*args)
                return str(r) if isinstance(r, int) and not isinstance(r, bool) else repr(r)
            add("Str", name, s_, json.dumps(enc(tuple(args))), run(call))

# Random strings over a small alphabet with spaces, separators, non-BMP and cased letters.
ALPHABET = ['a', 'b', 'A', ' ', ' ', ',', ',', '\t', '\n', '\r', '\U0001F600', '\u00e9', '\u03a3', '\u00df', 'x', '\u2028', '0']
SUBS = ['a', ',', ' ', 'ab', '\U0001F600', ', ', '', 'x', 'a\U0001F600']
for _ in range(700):
    text = ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
    sub = rng.choice(SUBS)
    method, args = rng.choice([
        ('split', (rng.choice([None, ',', ' ', 'a', ', ']), rng.randint(-1, 3))),
        ('rsplit', (rng.choice([None, ',', ' ', 'a', ', ']), rng.randint(-1, 3))),
        ('splitlines', (rng.random() < 0.5,)),
        ('strip', (rng.choice([None, 'a ', ',\U0001F600', ' \t']),)),
        ('rstrip', (rng.choice([None, 'a ', ',\U0001F600']),)),
        ('find', (sub, rng.randint(-16, 16), rng.randint(-16, 16))),
        ('rfind', (sub, rng.randint(-16, 16), rng.randint(-16, 16))),
        ('count', (sub, rng.randint(-16, 16), rng.randint(-16, 16))),
        ('replace', (sub, rng.choice(['', '-', '\U0001F601']), rng.randint(-1, 4))),
        ('startswith', (sub, rng.randint(-16, 16), rng.randint(-16, 16))),
        ('endswith', (sub, rng.randint(-16, 16))),
        ('partition', (rng.choice([',', ' ', '\U0001F600']),)),
        ('rpartition', (rng.choice([',', ' ', '\U0001F600']),)),
        ('lower', ()), ('upper', ()), ('title', ()), ('swapcase', ()), ('capitalize', ()), ('casefold', ()),
        ('center', (rng.randint(0, 20), rng.choice([' ', '*', '\U0001F600']))),
        ('expandtabs', (rng.randint(0, 5),)),
        ('zfill', (rng.randint(0, 20),)),
        ('istitle', ()), ('islower', ()), ('isspace', ()),
    ])

    def call():
        r = getattr(text, method)(*args)
        return str(r) if isinstance(r, int) and not isinstance(r, bool) else repr(r)
    add("Str", method, text, json.dumps(enc(tuple(args))), run(call))

for data in [b'\xff', b'\xe2\x82', b'\xe2\x28\xa1', b'abc\xc3\xa9', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98',
             b'\xf4\x90\x80\x80', b'\xc0\xaf', b'a\x80b', b'\xe0\x80\x80', b'\xf0\x80', b'\xe1\x80\xe1', b'\xed\xa0',
             b'\xf1\x80\x80\x41', b'']:
    for enc_, errs in [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace'),
                       ('utf-8', 'surrogateescape'), ('ascii', 'strict'), ('ascii', 'replace'), ('latin-1', 'strict'),
                       ('utf-8', 'nope')]:
        add("Str", "decode", data.decode('latin-1'), json.dumps(enc((enc_, errs))), run(lambda: repr(data.decode(enc_, errs))))

for x, y, z, text in [('abc', 'xyz', 'd', 'aabbccdd!'), ('a\U0001F600', '\U0001F600a', None, 'a\U0001F600b'), ('ab', 'x', None, 'ab')]:
    def tr():
        t = str.maketrans(x, y, z) if z is not None else str.maketrans(x, y)
        return repr(text.translate(t))
    add("Str", "translate", text, json.dumps(enc((x, y, z))), run(tr))

for a, b in [('\uffff', '\U0001F600'), ('a', 'b'), ('ab', 'a'), ('\ue000', '\U0001F600'), ('\U0001F600', '\U0001F601'),
             ('', ''), ('\ud7ff', '\ue000')]:
    add("Str", "compare", a, json.dumps(enc((b,))), str((a > b) - (a < b)))


# ---------------------------------------------------------------- output
def cs(s):
    return json.dumps(s, ensure_ascii=True)


with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("// <auto-generated> by tools/gen_text_cases.py from CPython %s. Do not edit. </auto-generated>\n"
            % sys.version.split()[0])
    f.write("namespace RuleSandbox.Tests.Runtime.Text;\n\n")
    f.write("internal static class TextCases\n{\n")
    for name, rows in SECTIONS.items():
        f.write("    internal static readonly string[][] %s =\n    [\n" % name)
        for row in rows:
            f.write("        [" + ", ".join(cs(x) for x in row) + "],\n")
        f.write("    ];\n\n")
    f.write("}\n")
print("wrote", OUT, {k: len(v) for k, v in SECTIONS.items()})
