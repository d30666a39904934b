import decimal
names = ["Decimal", "Context", "getcontext", "setcontext", "localcontext", "ROUND_HALF_EVEN", "InvalidOperation", "DivisionByZero",
         "Inexact", "Rounded", "Overflow", "Underflow", "Subnormal", "Clamped", "FloatOperation", "DecimalException", "MAX_PREC"]
print([hasattr(decimal, n) for n in names])
print(decimal.Decimal, decimal.Context, type(decimal.Decimal(1)), type(decimal.getcontext()))
print(isinstance(decimal.Decimal(1), decimal.Decimal), decimal.Decimal.__name__ if False else "skip")
