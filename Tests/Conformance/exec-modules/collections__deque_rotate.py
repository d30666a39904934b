from collections import deque

d = deque(range(6))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
deque().rotate(5)
one = deque([1])
one.rotate(-7)
print(one)

# Round-robin assignment of tickets to agents.
agents = deque(["ann", "bob", "cy"])
for ticket in range(1, 8):
    print(ticket, agents[0])
    agents.rotate(-1)

try:
    d.rotate("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.rotate(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
