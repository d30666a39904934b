# getstate/setstate: (3, 625-tuple, gauss_next); version 2 states are reduced modulo 2**32.
import random

random.seed(2)
state = random.getstate()
print(state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
a = [random.random() for _ in range(5)]
random.setstate(state)
print(a == [random.random() for _ in range(5)])

random.gauss()
state = random.getstate()
print(state[2] is not None)
g = random.gauss()
random.setstate(state)
print(g == random.gauss())

r = random.Random(0)
r.setstate(random.getstate())
print(r.random() == random.random())

words = list(state[1])
v2 = (2, tuple(w - 2**32 if w >= 2**31 else w for w in words), None)
random.setstate(v2)
random.setstate(state)
print(random.random())

bad_states = [
    5, (1, (), None), (4, (), None), (3, (1, 2), None), (3, [0] * 625, None), (3, tuple([0] * 624), None),
    (3, tuple([0] * 624 + [625]), None), (3, tuple([-1] * 625), None), (3, tuple(["a"] * 625), None),
    (3, tuple([0] * 624 + [-1]), None), (3, state[1]), (3, state[1], None, 4),
]
for s in bad_states:
    try:
        random.setstate(s)
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
