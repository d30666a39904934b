from enum import StrEnum, auto


class Region(StrEnum):
    NORTH = auto()
    SOUTH = auto()
    EAST_COAST = auto()
    WEST = "w"


print(Region.NORTH, repr(Region.NORTH), Region.EAST_COAST.value, Region.WEST)
print(Region.NORTH == "north", "south" == Region.SOUTH, Region("w"), Region["WEST"])
print(Region.NORTH.upper(), Region.SOUTH + "!", f"<{Region.WEST}>", len(Region.EAST_COAST))
print("-".join(Region), sorted(Region), isinstance(Region.NORTH, str))
print({"north": 1}[Region.NORTH], Region.NORTH in "northern", "{:>8}|".format(Region.SOUTH))
try:
    Region("up")
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Broken(StrEnum):
        ONE = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Broken2(StrEnum):
        ONE = ("a", 1)
except TypeError as e:
    print(type(e).__name__, e)


class Status(StrEnum):
    PENDING = "pending"
    PAID = "paid"


def label(status):
    return status.value.capitalize()


print([label(s) for s in Status], Status("paid") is Status.PAID)
print(Status.PAID.startswith("pa"), Status.PENDING.replace("p", "P"), str(Status.PAID))
