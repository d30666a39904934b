from typing import List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Sequence, Mapping
from typing import DefaultDict, Deque, Counter, OrderedDict, Generator, MutableMapping

print(List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int], MutableMapping[str, Any] if False else "")
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], Generator[int, None, None])
print(List, Dict, List[None], Dict[str, "Node"])
print(List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[str, int])
for bad in [lambda: List[int, str], lambda: Dict[str], lambda: Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: List(), lambda: Dict(), lambda: Set()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(List[int].__origin__, Dict[str, int].__args__, Tuple[int, ...].__args__)


def totals(rows: List[Dict[str, float]], keys: Tuple[str, ...]) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for row in rows:
        for k in keys:
            out[k] = out.get(k, 0.0) + row.get(k, 0.0)
    return out


handler: Callable[[float], float] = lambda x: x * 2
print(totals([{"a": 1.5, "b": 2}, {"a": 0.5}], ("a", "b")), handler(2.5))
