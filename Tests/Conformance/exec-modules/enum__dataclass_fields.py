from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from typing import ClassVar, List, Optional


class Tier(IntEnum):
    BASIC = 1
    GOLD = 2


class Status(Enum):
    OPEN = auto()
    CLOSED = auto()


@dataclass
class Account:
    id: str
    tier: Tier = Tier.BASIC
    status: Status = Status.OPEN
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None
    fee_table: ClassVar[dict] = {Tier.BASIC: 5, Tier.GOLD: 0}

    def fee(self) -> int:
        return self.fee_table[self.tier]


a = Account("a-1")
b = Account("b-2", Tier.GOLD, tags=["vip"])
print(a)
print(b, b.fee(), a.fee())
print(a == Account("a-1"), b.tier > a.tier, sorted([b, a], key=lambda x: x.tier)[0].id)
b.status = Status.CLOSED
print([x.id for x in (a, b) if x.status is Status.OPEN], Account.__dataclass_fields__.keys())
