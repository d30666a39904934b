for i in range(10):
    if i: continue
    break
else:
    pass
for a, b in c: pass
for (a, b), *c in d: pass
for x in *a, *b: pass
for x.y in z: pass
