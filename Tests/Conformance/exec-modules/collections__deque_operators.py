from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3], maxlen=10), a == [1, 2, 3], a != (1, 2, 3))
print(deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]))
try:
    print(a < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(deque([1, "a"]) < deque([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)

print(a + b)
print(deque(range(5), maxlen=3) + deque([9]))
print(a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2], maxlen=3) * 3)
c = deque([1])
c += [2, 3]
c += deque([4])
c *= 2
print(c)
m = deque("ab", maxlen=5)
m *= 10
print(m)
print(1 in a, 4 in a, "1" in a)
print(sorted(deque([3, 1, 2])), max(a), sum(a), list(enumerate(deque("xy"))))
print(deque([deque([1]), deque([2])]))
r = deque([1])
r.append(r)
print(r)
print(str(deque(["s", 1.5, None])))
