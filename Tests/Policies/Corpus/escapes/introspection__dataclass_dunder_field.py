# expect: RS202
from dataclasses import dataclass

@dataclass
class Failure(Exception):
    __traceback__: object = None

result = Failure
