from dataclasses import dataclass, field

def attempt(make):
    try:
        cls = make()
        print("ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int
    return Bad

def mutable_list():
    @dataclass
    class Bad:
        items: list = []
    return Bad

def mutable_dict():
    @dataclass
    class Bad:
        x: int
        index: dict = {}
    return Bad

def mutable_set():
    @dataclass
    class Bad:
        seen: set = set()
    return Bad

def field_without_annotation():
    @dataclass
    class Bad:
        x: int
        y = field(default=1)
    return Bad

def both_defaults():
    @dataclass
    class Bad:
        x: list = field(default=(), default_factory=list)
    return Bad

def order_without_eq():
    @dataclass(eq=False, order=True)
    class Bad:
        x: int
    return Bad

def order_overwrite():
    @dataclass(order=True)
    class Bad:
        x: int
        def __lt__(self, other):
            return True
    return Bad

def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int
        def __hash__(self):
            return 1
    return Bad

def tuple_default_is_fine():
    @dataclass
    class Good:
        x: tuple = ()
        y: frozenset = frozenset()
    return Good

for make in [non_default_after_default, mutable_list, mutable_dict, mutable_set, field_without_annotation,
             both_defaults, order_without_eq, order_overwrite, hash_overwrite, tuple_default_is_fine]:
    attempt(make)
try:
    dataclass(1, 2)
except TypeError as e:
    print(e)
try:
    dataclass(frozn=True)
except TypeError as e:
    print(e)
try:
    field(1)
except TypeError as e:
    print(e)
