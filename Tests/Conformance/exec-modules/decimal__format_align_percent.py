from decimal import Decimal as D
d = D("123.456")
print(repr(format(d, ">12.1f")), repr(format(d, "<12.1f")), repr(format(d, "^12.1f")), repr(format(d, "*^13.2f")))
print(repr(format(d, "012.2f")), repr(format(-d, "012.2f")), repr(format(d, "=+12.2f")), repr(format(D("1234567"), "015,.1f")))
print(format(D("0.125"), ".2%"), format(D("0.5"), "%"), format(D("nan"), ".2f"), format(D("-inf"), ">8"))
print("{:,}".format(D("1234567.125")), "{:>10}".format(D("1.5")), "%s" % D("2.50"))
try:
    format(D(1), "abc")
except ValueError as e:
    print("ValueError", e)
