from statistics import NormalDist
import random
n = NormalDist(100, 15)
print(n.samples(5, seed=42))
print(NormalDist(0, 1).samples(3, seed='abc'), n.samples(0, seed=1), n.samples(-2, seed=1))
random.seed(7)
print(n.samples(3))
s = n.samples(2000, seed=3)
print(round(sum(s) / len(s), 6))
try:
    n.samples(2.5)
except TypeError as e:
    print('TypeError', e)
try:
    n.samples(3, 4)
except TypeError as e:
    print('TypeError', e)
