from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, show_flag_values, IntFlag
print(list(EnumCheck), UNIQUE)
for build in ["u", "c", "cf", "nf", "nf2", "ok"]:
    try:
        if build == "u":
            @verify(UNIQUE)
            class A(Enum):
                X = 1
                Y = 1
        elif build == "c":
            @verify(CONTINUOUS)
            class B(Enum):
                X = 1
                Y = 4
                Z = 7
        elif build == "cf":
            @verify(CONTINUOUS)
            class C(Flag):
                X = 1
                Y = 8
        elif build == "nf":
            @verify(NAMED_FLAGS)
            class D(Flag):
                X = 1
                Y = 2
                Z = 7
        elif build == "nf2":
            @verify(NAMED_FLAGS)
            class E(Flag):
                X = 1
                Y = 2
                Z = 4 | 1
                W = 8 | 16 | 1
        else:
            @verify(UNIQUE, CONTINUOUS)
            class F(Enum):
                X = 1
                Y = 2
            print(list(F))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(type(e).__name__, e)
print(show_flag_values(13))
