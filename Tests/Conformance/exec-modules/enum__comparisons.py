from enum import Enum


class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW == Priority.LOW, Priority.LOW != Priority.HIGH, Priority.LOW is Priority(1))
print(Priority.LOW == 1, 1 == Priority.LOW, Priority.LOW.value == 1)
for attempt in (lambda: Priority.LOW < Priority.HIGH, lambda: Priority.LOW >= Priority.HIGH,
                lambda: Priority.LOW + Priority.HIGH):
    try:
        print(attempt())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(Priority, key=lambda p: p.value, reverse=True))
print(max(Priority, key=lambda p: p.value), min(Priority, key=lambda p: p.value).name)
counts = {Priority.LOW: 0, Priority.HIGH: 0}
for p in [Priority.HIGH, Priority.LOW, Priority.HIGH]:
    counts[p] += 1
print(counts)
print(hash(Priority.MEDIUM) == hash("MEDIUM"), len({Priority.LOW, Priority.LOW, Priority.HIGH}))
print(Priority.HIGH in [Priority.LOW, Priority.HIGH], Priority.MEDIUM in {Priority.LOW})


class Other(Enum):
    LOW = 1


print(Other.LOW == Priority.LOW, Other.LOW.value == Priority.LOW.value)
print([p.name for p in Priority if p.value >= Priority.MEDIUM.value])
print(Priority.LOW.__copy__() is Priority.LOW, Priority.LOW.__deepcopy__({}) is Priority.LOW)
