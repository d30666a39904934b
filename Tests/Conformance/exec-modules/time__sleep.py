# sleep: short sleeps return None after at least that long; bad lengths raise.
import time

t = time.monotonic()
print(time.sleep(0))
print(time.sleep(0.01), time.monotonic() - t >= 0.01)
time.sleep(False)
time.sleep(0.0)
print("ok")

for bad in [-1, -0.5, float("nan"), "1", None, [1], 10**30, float("inf")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.sleep(secs=1)
except TypeError as e:
    print(type(e).__name__, e)
