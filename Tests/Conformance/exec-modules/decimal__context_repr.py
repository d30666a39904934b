import decimal
from decimal import getcontext, Context, DefaultContext, BasicContext, ExtendedContext, ROUND_DOWN
print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context(prec=10, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1))
print(Context(traps=[decimal.Inexact, decimal.Clamped], flags=[decimal.Rounded]))
print(repr(getcontext().flags))
print(getcontext().prec, getcontext().rounding, getcontext().Emin, getcontext().Emax, getcontext().capitals, getcontext().clamp)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(ROUND_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP)
