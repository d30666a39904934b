from typing import TypeVar, List

Item = TypeVar("Item")
print(List[Item])
Number = TypeVar("Number", int)
print(Number)
