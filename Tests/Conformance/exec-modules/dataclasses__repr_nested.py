from dataclasses import dataclass, field

@dataclass
class Node:
    name: str
    parent: object = None
    children: list = field(default_factory=list)

root = Node("root")
child = Node("child", root)
root.children.append(child)
print(child)
print(root)
root.parent = root
print(root)

class Outer:
    @dataclass
    class Inner:
        v: int
    @dataclass
    class Other:
        inner: "Outer.Inner"

print(Outer.Inner(1), Outer.Other(Outer.Inner(2)))
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

@dataclass
class Text:
    body: str
    ratio: float
    flags: tuple = ()
    mapping: dict = field(default_factory=dict)

print(Text("it's \"quoted\"\n", 1 / 3, (True, None), {"k": [1, 2.5]}))

@dataclass
class Base:
    x: int

class Sub(Base):
    pass

print(Sub(3), repr(Sub(3)) == str(Sub(3)))

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f"Custom<{self.x}>"

@dataclass
class Wrapper:
    c: Custom
    cs: list

print(Wrapper(Custom(1), [Custom(2), Custom(3)]))
print(f"{Wrapper(Custom(1), [])!r} and {Custom(4)}")

@dataclass
class Pair:
    left: object
    right: object

p = Pair(None, None)
q = Pair(p, p)
p.left = q
print(q)
