from enum import Flag, auto


class Perm(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw.value, rw.name)
print(list(Perm), list(rw), len(rw), len(Perm))
print(Perm.READ in rw, Perm.EXEC in rw, (Perm.READ | Perm.EXEC) in rw)
print(rw & Perm.WRITE, repr(rw & Perm.EXEC), bool(rw & Perm.EXEC), bool(rw))
print(rw ^ Perm.READ, repr(~Perm.READ), repr(~rw), repr(~(Perm.READ | Perm.WRITE | Perm.EXEC)))
print(Perm(6), Perm(0), repr(Perm(0)), Perm(7) is (Perm.READ | Perm.WRITE | Perm.EXEC))
print(rw is Perm(6), rw == Perm(6), hash(rw) == hash(Perm(6)))
try:
    3 in Perm.READ
except TypeError as e:
    print(type(e).__name__, e)
try:
    Perm.READ | 1
except TypeError as e:
    print(type(e).__name__, e)


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    EMPHASIS = BOLD | ITALIC


print(list(Style), Style.EMPHASIS, repr(Style.EMPHASIS), Style.EMPHASIS.value)
print(Style.BOLD in Style.EMPHASIS, list(Style.EMPHASIS), list(Style.__members__))
print(Style(7), repr(Style.BOLD | Style.ITALIC | Style.UNDERLINE))
combined = Style(0)
for s in (Style.UNDERLINE, Style.BOLD):
    combined |= s
print(combined, [s.name for s in combined])
