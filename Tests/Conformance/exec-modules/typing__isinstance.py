from typing import Union, Optional, List, Dict, Any, Literal
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), isinstance(None, Optional[int]), isinstance("x", Optional[str]))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Dict), issubclass(bool, Union[int, str]), issubclass(list, List))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: isinstance(1, Union[List[int], None]), lambda: isinstance(1, Literal[1])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)



def normalize(value):
    if isinstance(value, Union[int, float]):
        return float(value)
    if isinstance(value, Optional[str]):
        return (value or "").strip()
    return value


print([normalize(v) for v in (3, 2.5, " x ", None, [1])])
