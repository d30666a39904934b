import math
print([math.gamma(n) for n in range(1, 12)])
print(math.gamma(0.5), math.gamma(1.5), math.gamma(-0.5), math.gamma(25), math.gamma(171), math.gamma(-200.5), math.gamma(1e-30))
print(math.lgamma(1), math.lgamma(2), math.lgamma(10), math.lgamma(0.5), math.lgamma(100), math.lgamma(-0.5), math.lgamma(math.inf))
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, -math.inf), (math.lgamma, 0), (math.lgamma, -3)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, e)
math.gamma(200)
