import json, itertools, functools, operator, statistics, re, math, bisect, heapq, copy
from collections import namedtuple, Counter, defaultdict, OrderedDict, deque, ChainMap
from dataclasses import dataclass, field, asdict, astuple, replace
from decimal import Decimal, ROUND_HALF_EVEN, localcontext
from datetime import date, datetime, timedelta
from enum import Enum, IntEnum, StrEnum, Flag, auto
from fractions import Fraction
from typing import Optional, List, Dict, NamedTuple
import string, textwrap, hashlib, base64, uuid, random

class Status(StrEnum):
    OPEN = auto()
    PAID = auto()

class Prio(IntEnum):
    LOW = 1
    HIGH = 3

@dataclass(order=True)
class Order:
    id: int
    customer: str
    amount: Decimal
    status: Status = Status.OPEN
    placed: date = date(2024, 1, 1)
    tags: List[str] = field(default_factory=list)

orders = [Order(i, f"c{i % 3}", Decimal(i * 10) / 3, Status.PAID if i % 2 else Status.OPEN, date(2024, 1, 1) + timedelta(days=i)) for i in range(1, 10)]
by_cust = defaultdict(list)
for o in orders:
    by_cust[o.customer].append(o)
print({k: len(v) for k, v in sorted(by_cust.items())})
for cust, group in itertools.groupby(sorted(orders, key=operator.attrgetter('customer')), key=operator.attrgetter('customer')):
    total = sum((o.amount for o in group), Decimal(0)).quantize(Decimal('0.01'))
    print(cust, total)
print(json.dumps([asdict(o) for o in orders[:2]], default=str))
print(json.dumps({'status': Status.PAID, 'prio': Prio.HIGH}))
Point = namedtuple('Point', 'x y')
class P2(NamedTuple):
    x: int
    y: int = 0
print(json.dumps([Point(1, 2), P2(3)]), Point(1, 2)._asdict(), P2(5)._replace(y=7))
print(statistics.mean([o.amount for o in orders]), statistics.median([Fraction(1, 3), Fraction(1, 2), Fraction(2, 3)]))
print(functools.reduce(operator.mul, range(1, 8)), math.prod(range(1, 8)))
c = Counter(o.status for o in orders)
print(c, c.most_common(1), Prio.HIGH > 2, Prio(3), sorted([Prio.HIGH, Prio.LOW]), Status.PAID == 'paid')
print(max(orders).id, replace(orders[0], amount=Decimal('1.5')).amount, astuple(orders[0])[:3])
tiers = [0, 100, 500, 1000]
print([bisect.bisect_right(tiers, x) for x in (50, 100, 999, 5000)])
print(heapq.nlargest(2, orders, key=lambda o: o.amount)[0].id)
print(copy.deepcopy(orders[0]) == orders[0], copy.deepcopy(orders[0]) is orders[0])
print(string.Template('Dear $name, you owe $amt').substitute(name='Ann', amt=orders[0].amount))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 30))
print(hashlib.sha256(b'cust-1').hexdigest()[:16], base64.b64encode(b'hi').decode(), uuid.uuid5(uuid.NAMESPACE_DNS, 'example.com'))
random.seed(7); print(random.choice(orders).id, random.sample(range(100), 3))
dq = deque(maxlen=3); [dq.append(o.id) for o in orders]; print(dq)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], OrderedDict(a=1, b=2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), (Decimal(2).sqrt()), Decimal('1.005').quantize(Decimal('0.01'), ROUND_HALF_EVEN))
print(re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'), datetime(2024, 5, 6, 7, 8).strftime('%Y-%m-%d %H:%M %A'))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), list(Perm.R | Perm.W))
def total(items: List[Order], discount: Optional[Decimal] = None) -> Decimal:
    return sum((o.amount for o in items), Decimal(0)) * (1 - (discount or 0))
print(total(orders[:2], Decimal('0.1')))
