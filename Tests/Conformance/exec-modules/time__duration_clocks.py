# The duration clocks: types, monotonicity and ns/float agreement (no absolute values printed).
import time

a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b - a >= 0)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(type(p1).__name__, p2 - p1 >= 0, total)
q1 = time.perf_counter_ns()
q2 = time.perf_counter_ns()
print(type(q1).__name__, q2 - q1 >= 0)
c1 = time.process_time()
c2 = time.process_time()
print(type(c1).__name__, c2 >= c1, type(time.process_time_ns()).__name__)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 1.0)

for name in ["monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time", "process_time_ns"]:
    try:
        getattr(time, name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
