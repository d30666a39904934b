from datetime import timedelta
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta(hours=1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timedelta(hours=1) // timedelta(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timedelta(days="1")
except TypeError as e:
    print("TypeError", e)
try:
    timedelta(hours=1) + 1
except TypeError as e:
    print("TypeError", e)
