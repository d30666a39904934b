from enum import Enum


class Fruit(Enum):
    APPLE = 1
    PEAR = 2
    POME = 1


members = Fruit.__members__
print(type(members).__name__, len(members), list(members))
print(members["POME"], "PEAR" in members, members.get("KIWI"))
print(list(members.items()))
print(list(members.keys()), list(members.values()))
try:
    members["KIWI"] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del members["APPLE"]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(members))
print({name: m.value for name, m in members.items()})
print(Fruit._member_map_ == dict(members), Fruit._value2member_map_)
