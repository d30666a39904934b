class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name + "!"
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.name == "suppress"
with CM("a") as x:
    print("body", x)
with CM("suppress"):
    raise ValueError("hidden")
print("after")
try:
    with CM("b"), CM("c") as y:
        print("inner", y)
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "value"
print(f())
