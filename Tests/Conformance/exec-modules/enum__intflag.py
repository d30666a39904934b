from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R | Perm.W), int(Perm.R | Perm.W))
print(Perm.R | 8, repr(Perm.R | 8), repr(Perm(0)), repr(Perm(12)))
print(repr(~Perm.R), repr(~Perm(0)), repr(Perm.R & 6), Perm.R + 1, Perm.R == 4)
print(isinstance(Perm.R, int), Perm.R < Perm.W, sorted(Perm), list(Perm(7)))
print(Perm(7) & Perm.X, bool(Perm.R & Perm.X), 6 & Perm.R, repr(6 | Perm.X))
print(f"{Perm.R | Perm.X}", "%d" % (Perm.R | Perm.X), Perm.W in Perm(6))
mode = Perm(0)
for flag in (Perm.R, Perm.X):
    mode |= flag
print(repr(mode), mode == 5, oct(mode))
print(Perm["W"], Perm(2) is Perm.W, len(Perm(7)))
