from enum import Flag, IntFlag, CONFORM, EJECT, KEEP, STRICT, FlagBoundary


class Strict(Flag):
    A = 1
    B = 2
    D = 8


for v in (3, 4, 16, -1):
    try:
        print(v, repr(Strict(v)))
    except ValueError as e:
        print(type(e).__name__, e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Conform(4)))


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Eject(3)), repr(Eject(7)), type(Eject(7)).__name__)


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keep(7)), Keep(7), repr(Keep(4)))
print(STRICT, repr(KEEP), list(FlagBoundary))
print(Strict._boundary_, Keep._boundary_, IntFlag._boundary_)
try:
    Strict("x")
except ValueError as e:
    print(type(e).__name__, e)
