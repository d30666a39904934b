import re
NUM = re.compile(r"""
    (?P<sign>[-+])?     # optional sign
    (?P<int>\d+)        # integer part
    (?:\.(?P<frac>\d+))? # fraction
    \s*\#?              # literal hash allowed when escaped
""", re.VERBOSE)
for s in ["-12.5", "+7", "3.14 #", "x"]:
    m = NUM.match(s)
    print(s, m.groupdict() if m else None)
print(re.findall(r"a[ ]b", "a b ab", re.X), re.findall(r"a\ b", "a b", re.X))
