from decimal import Decimal as D
print(hash(D(1)) == hash(1), hash(D("1.5")) == hash(1.5), hash(D("0.1")) == hash(D("0.10")))
print(hash(D("-2")) == hash(-2), hash(D("1e20")) == hash(10**20), hash(D("inf")) == hash(float("inf")), hash(D("-inf")))
print(hash(D("123.456")), hash(D("-0.001")), hash(D(0)), hash(D("-0")))
try:
    hash(D("snan"))
except TypeError as e:
    print("TypeError", e)
