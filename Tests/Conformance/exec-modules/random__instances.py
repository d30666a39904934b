# Random instances have their own state; the module functions share one hidden instance.
import random

r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random("42")
print(r1.random() == r2.random(), r1.random(), r3.random())
print(type(r1).__name__, isinstance(r1, random.Random), random.Random.VERSION, r1.VERSION)

random.seed(42)
x = random.random()
r4 = random.Random(42)
print(x == r4.random())

# Instance calls do not disturb the module generator.
random.seed(1)
a = random.random()
random.seed(1)
random.Random(1).random()
print(a == random.random())

r = random.Random(5)
print(r.randint(1, 10), r.choice("xyz"), r.sample(range(10), 3), r.choices("ab", k=3), r.uniform(1, 2))
r.seed(5)
print(r.randint(1, 10))
print(r.getrandbits(20), r.randrange(0, 100, 5), round(r.gauss(), 12))

for args in [(1, 2), ([1],), ({},)]:
    try:
        random.Random(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    random.Random(x=3).random()
    print("keyword seed ok")
except TypeError as e:
    print(type(e).__name__, e)
