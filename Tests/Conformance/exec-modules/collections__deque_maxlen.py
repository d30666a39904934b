from collections import deque

# A bounded deque keeps the most recent items: the classic "last N events" buffer.
recent = deque(maxlen=3)
for event in ["login", "view", "cart", "pay", "logout"]:
    recent.append(event)
    print(list(recent))
print(recent, recent.maxlen)

recent.appendleft("first")
print(recent)
recent.extendleft(["x", "y"])
print(recent)
recent.extend(range(10))
print(recent)

zero = deque([1, 2, 3], maxlen=0)
zero.append(4)
print(zero, len(zero))

print(deque(range(10), 4))
print(deque([1, 2]).maxlen)

full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)

try:
    full.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)

for bad in (-1, 1.5, "3"):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Moving average over a sliding window of prices.
window = deque(maxlen=3)
for price in [10, 12, 11, 15, 20, 18]:
    window.append(price)
    print(price, round(sum(window) / len(window), 2))
