import dataclasses
from dataclasses import dataclass, field, fields, is_dataclass, MISSING, Field

@dataclass
class Item:
    sku: str
    qty: int = 1
    tags: list = field(default_factory=list, metadata={"unit": "pcs", "doc": "labels"})
    secret: str = field(default="", repr=False, compare=False, hash=False)

fs = fields(Item)
print(len(fs), [f.name for f in fs])
for f in fs:
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(fs[2].metadata["unit"], dict(fs[2].metadata), len(fs[0].metadata))
print(fs[1].default, fs[2].default_factory is list)
print(type(fs[0]).__name__, isinstance(fs[0], Field))
print(fields(Item("a")) == fs)
print(list(Item.__dataclass_fields__))
print(Item.__dataclass_params__.frozen, Item.__dataclass_params__.eq, Item.__dataclass_params__.order)
print(is_dataclass(Item), is_dataclass(Item("a")), is_dataclass(dict), is_dataclass(3), is_dataclass("Item"))
for bad in (3, dict, "x", None):
    try:
        fields(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"))
print(dataclasses.Field is Field, callable(dataclasses.field))
f = field(default=3)
print(f.name, f.type, f.default, f.init)

@dataclass
class Annotated:
    a: "int"
    b: "list[str]" = field(default_factory=list)

print([(f.name, f.type) for f in fields(Annotated)])
print(Annotated.__doc__)
