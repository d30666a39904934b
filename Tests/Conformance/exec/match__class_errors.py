class P:
    def __init__(self): self.x = 1
try:
    match P():
        case P(1):
            pass
except TypeError as e:
    print(e)
match 5:
    case int(x):
        print("int", x)
match "s":
    case int():
        print("no")
    case str(v):
        print("str", v)
