from decimal import Decimal as D, localcontext
big = D(2) ** 200
print(big, D(10) ** 50, D("1e999999") * 1)
with localcontext(prec=100):
    x = D(1) / D(7)
    print(x)
    print(D(2).sqrt())
    print(D(12345678901234567890123456789) * D(98765432109876543210987654321))
print(sum(D("0.01") for _ in range(1000)))
