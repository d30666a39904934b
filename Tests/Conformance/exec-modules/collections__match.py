from collections import deque, ChainMap, UserDict, UserList, Counter, OrderedDict, defaultdict, namedtuple

Event = namedtuple("Event", "kind amount")

def classify(value):
    match value:
        case Event(kind="refund", amount=a) if a > 100:
            return f"large refund {a}"
        case Event("sale", a):
            return f"sale {a}"
        case [first, *rest]:
            return f"sequence starting {first!r} (+{len(rest)})"
        case {"status": "blocked", **others}:
            return f"blocked mapping, other keys {sorted(others)}"
        case {"total": t}:
            return f"mapping with total {t}"
        case _:
            return "something else"

samples = [
    Event("refund", 250), Event("sale", 10), Event("refund", 5),
    deque([1, 2, 3]), UserList(["a"]), deque(),
    ChainMap({"status": "blocked"}, {"x": 1}), UserDict(total=9),
    Counter(total=3), OrderedDict(status="blocked", y=2), defaultdict(int, total=0),
    {"other": 1}, 42,
]
for s in samples:
    print(classify(s))
