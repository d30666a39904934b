if a:
    pass
elif b:
    x = 1
elif c:
    y = 2
else:
    z = 3
if a: b
if a: b; c
else: d
