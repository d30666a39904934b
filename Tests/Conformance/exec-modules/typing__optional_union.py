from typing import Optional, Union, Any


class Node:
    pass


print(Optional[int], Union[int, str], Union[int, None], Union[None, int])
print(Union[int, str, None], Optional[Union[int, str]], Union[int, Union[str, float]])
print(Union[int], Union[int, int], Optional[None], Union[Node, None], Optional["Node"])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Optional[int]) == hash(Union[None, int]), {Optional[int]: 1}[Union[int, None]])
print(Any, Optional, Union, repr(Optional[list]))
for bad in [lambda: Optional[int, str], lambda: Union[()], lambda: Optional[()]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: Any(), lambda: Optional(), lambda: Union()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Any[int]
except TypeError as e:
    print(type(e).__name__, e)


def find(items: list, key: str) -> Optional[dict]:
    for item in items:
        if item.get("id") == key:
            return item
    return None


print(find([{"id": "a"}], "a"), find([], "b"))
print(Optional[int].__args__, Union[int, str].__origin__)
