from enum import IntEnum


class Tier(IntEnum):
    BRONZE = 1
    SILVER = 2
    GOLD = 3
    PLATINUM = 4


print(Tier.GOLD, repr(Tier.GOLD), str(Tier.SILVER), f"{Tier.GOLD}", f"{Tier.GOLD:03d}")
print(Tier.GOLD > 2, Tier.GOLD >= Tier.PLATINUM, Tier.BRONZE < 2, Tier.GOLD == 3, 3 == Tier.GOLD)
print(Tier.GOLD + 1, Tier.GOLD * 10, -Tier.SILVER, Tier.PLATINUM // 3, type(Tier.GOLD + 1).__name__)
print(isinstance(Tier.GOLD, int), int(Tier.GOLD), float(Tier.SILVER), hash(Tier.GOLD) == hash(3))
print(sorted([Tier.PLATINUM, Tier.BRONZE, Tier.GOLD]), max(Tier), min(Tier))
print(Tier(3), Tier["SILVER"], [t.name for t in Tier if t >= 3])
print({3: "three"}[Tier.GOLD], [10, 20, 30, 40][Tier.SILVER], list(range(Tier.GOLD)))
print(sum(Tier), Tier.GOLD.value, type(Tier.GOLD.value).__name__, Tier.GOLD.name)
try:
    Tier(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad(IntEnum):
        X = "not a number"
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


class Code(IntEnum):
    OK = 200
    CREATED = 201
    TEAPOT = 418


print(Code(201), Code.OK + Code.CREATED, "%d" % Code.TEAPOT, "{}".format(Code.OK))
print(str(Code.OK).zfill(5), Code.TEAPOT.bit_length(), divmod(Code.TEAPOT, 100))
