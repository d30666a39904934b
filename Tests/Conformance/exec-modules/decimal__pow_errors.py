from decimal import Decimal as D, InvalidOperation
try:
    D(0) ** 0
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D(2) ** 0.5
except TypeError as e:
    print("TypeError", e)
