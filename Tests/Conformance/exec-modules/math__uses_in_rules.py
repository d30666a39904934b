import math
def compound(principal, rate, years):
    return round(principal * math.pow(1 + rate, years), 2)
def monthly_payment(p, annual, months):
    r = annual / 12
    return p * r / (1 - math.pow(1 + r, -months))
print(compound(1000, 0.05, 10), round(monthly_payment(200000, 0.06, 360), 2))
print(math.ceil(17 / 5), math.floor(-17 / 5), sum(math.comb(6, k) for k in range(7)))
print(f"{math.pi:.3f} {math.e:10.4f} {math.sqrt(2)!r}")
