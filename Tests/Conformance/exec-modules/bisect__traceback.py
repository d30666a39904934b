import bisect

limits = [100, 200, 300]

def tier_for(amount, lo):
    return bisect.bisect(limits, amount, lo)

print(tier_for(150, 0))
print(tier_for(250, -1))
