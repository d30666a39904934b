# Business-like use: splitting an inheritance and a profit pool exactly, then paying in cents.
from fractions import Fraction as F

estate = 1_000_000
shares = {'spouse': F(1, 2), 'child_a': F(1, 6), 'child_b': F(1, 6), 'charity': F(1, 12)}
remainder = 1 - sum(shares.values())
print('remainder share', remainder)
shares['child_c'] = remainder
for name, share in shares.items():
    amount = share * estate
    print(f"{name:8} {str(share):>5} {amount!s:>18} {float(amount):>14.2f}")
print('total', sum(shares.values()), sum(s * estate for s in shares.values()))

# Profit pool split by hours worked; the rounding residue goes to the largest share.
hours = {'ana': 37.5, 'ben': 41, 'cho': 22.25}
pool = F('12345.67')
total_hours = sum(F(h) for h in hours.values())
cents = {}
for name, h in hours.items():
    cents[name] = int(pool * F(h) / total_hours * 100)
residue = int(pool * 100) - sum(cents.values())
top = max(hours, key=hours.get)
cents[top] += residue
for name in hours:
    print(name, F(hours[name]) / total_hours, '%d.%02d' % divmod(cents[name], 100))
print('paid', sum(cents.values()) / 100, 'residue', residue)
