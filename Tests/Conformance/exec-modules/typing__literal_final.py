from typing import Literal, Final, ClassVar, Annotated, List, get_origin, get_args, Optional, Dict, Callable

Mode = Literal["r", "w"]
print(Mode, Literal[1, True, None], Literal["a", "a", "b"], Literal[Literal[1, 2], 3])
print(Literal[1] == Literal[1], Literal[1] == Literal[True], Literal["r", "w"] == Literal["w", "r"])
print(Final[int], ClassVar[List[int]], Annotated[int, "cents"], Annotated[float, "min", 0])
print(get_origin(List[int]), get_origin(Optional[int]), get_origin(Literal[1]), get_origin(int), get_origin(Final[int]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Literal["a", 1]), get_args(int), get_args(List))
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Annotated[int, "x"]))
try:
    Annotated[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Final[int, str]
except TypeError as e:
    print(type(e).__name__, e)


def open_mode(mode: Mode) -> str:
    allowed = get_args(Mode)
    if mode not in allowed:
        raise ValueError(f"mode must be one of {allowed}, got {mode!r}")
    return {"r": "read", "w": "write"}[mode]


print(open_mode("r"))
try:
    open_mode("x")
except ValueError as e:
    print(type(e).__name__, e)
LIMIT: Final[int] = 10
print(LIMIT)
