if x: a; b; c
while y: break
for z in w: continue
class C: x = 1; y = 2
def f(): return
