import decimal
for name in ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax", "DivisionByZero", "DivisionImpossible",
             "DivisionUndefined", "Inexact", "InvalidContext", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation"]:
    cls = getattr(decimal, name)
    print(cls, [c.__name__ for c in cls.__mro__])
try:
    decimal.Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", repr(e))
try:
    decimal.Decimal(0) // 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e), e)
