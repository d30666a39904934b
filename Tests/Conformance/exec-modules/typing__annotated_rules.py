from typing import TYPE_CHECKING, Any, Dict, List, Optional, cast, Final, ClassVar

if TYPE_CHECKING:
    from decimal import Decimal

MAX_ITEMS: Final = 50
RATES: Final[Dict[str, float]] = {"standard": 0.2, "reduced": 0.05}


class Invoice:
    currency: ClassVar[str] = "EUR"

    def __init__(self, lines: List[Dict[str, Any]], customer: Optional[str] = None) -> None:
        self.lines = lines
        self.customer = customer

    def total(self, rate_name: str = "standard") -> float:
        rate = RATES.get(rate_name, 0.0)
        net = sum(cast(float, line["price"]) * int(line.get("qty", 1)) for line in self.lines)
        return round(net * (1 + rate), 2)


def check(invoice: Invoice) -> List[str]:
    problems: List[str] = []
    if len(invoice.lines) > MAX_ITEMS:
        problems.append("too many lines")
    if invoice.customer is None:
        problems.append("no customer")
    return problems


inv = Invoice([{"price": 10.0, "qty": 3}, {"price": 2.5}], customer=None)
print(inv.total(), inv.total("reduced"), inv.total("none"), Invoice.currency)
print(check(inv), check(Invoice([], "acme")), TYPE_CHECKING)
value: Any = cast("List[int]", [1, 2])
print(value, cast(int, "not checked"), cast(Optional[str], None))
print(Invoice.__annotations__, MAX_ITEMS)
