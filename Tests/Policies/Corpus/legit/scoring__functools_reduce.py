import functools
import operator

factors = [f["multiplier"] for f in risk_factors]
result = functools.reduce(operator.mul, factors, 1.0)
