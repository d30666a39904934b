import string
print(string.capwords("hello world"))
print(string.capwords("  the   QUICK brown\tfox \n jumps  "))
print(string.capwords("o'neil mcdonald-smith"))
print(string.capwords("o'neil mcdonald-smith", "-"))
print(string.capwords("a,b,,c", ","))
print(string.capwords(""))
print(string.capwords("élan vital über"))
print(string.capwords("x y", sep=None))
names = ["ANNA maria  GARCIA", "li wei", "  jean-luc  picard "]
print([string.capwords(n) for n in names])
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("empty sep", lambda: string.capwords("a b", ""))
attempt("no args", lambda: string.capwords())
attempt("not str", lambda: string.capwords(5))
