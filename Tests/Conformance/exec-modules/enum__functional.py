from enum import Enum, IntEnum, Flag

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal.__name__)
Shape = Enum("Shape", "SQUARE, CIRCLE", start=10)
print(list(Shape))
Pair = Enum("Pair", [("ON", True), ("OFF", False)])
print(list(Pair), Pair(False))
Size = Enum("Size", {"S": "small", "L": "large"})
print(list(Size), Size("large"))
Level = IntEnum("Level", ["LOW", "MID", "HIGH"])
print(list(Level), Level.MID > 1, Level.HIGH + 0)
Mode = Flag("Mode", "A B C")
print([m.value for m in Mode], Mode.A | Mode.C)
Names = Enum("Names", ("ONE", "TWO"))
print(Names.TWO, repr(Names.ONE), Names.TWO.name)
try:
    Enum("Bad", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Enum("NoNames")
except TypeError as e:
    print(type(e).__name__, e)
Empty = Enum("Empty", names=())
print(list(Empty), Empty)
