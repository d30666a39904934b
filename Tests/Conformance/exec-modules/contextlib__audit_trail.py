from contextlib import contextmanager, ExitStack
from dataclasses import dataclass, field

@dataclass
class AuditTrail:
    entries: list = field(default_factory=list)
    depth: int = 0

    @contextmanager
    def section(self, name, **details):
        indent = "  " * self.depth
        extra = "".join(f" {k}={v}" for k, v in sorted(details.items()))
        self.entries.append(f"{indent}begin {name}{extra}")
        self.depth += 1
        try:
            yield self
        except Exception as e:
            self.entries.append(f"{indent}  failed {name}: {type(e).__name__}: {e}")
            raise
        else:
            self.entries.append(f"{indent}  ok {name}")
        finally:
            self.depth -= 1
            self.entries.append(f"{indent}end {name}")

def score(applicant, audit):
    with audit.section("score", applicant=applicant["name"]):
        total = 0
        with audit.section("income"):
            total += min(applicant["income"] // 1000, 50)
        with audit.section("history"):
            if applicant["defaults"] > 2:
                raise ValueError("too many defaults")
            total -= applicant["defaults"] * 10
        return total

audit = AuditTrail()
results = {}
for applicant in [{"name": "ann", "income": 72000, "defaults": 1}, {"name": "bob", "income": 30000, "defaults": 3}]:
    try:
        results[applicant["name"]] = score(applicant, audit)
    except ValueError as e:
        results[applicant["name"]] = f"rejected ({e})"
print(results)
print("\n".join(audit.entries))
print(audit.depth)

with ExitStack() as stack:
    for stage in ("fetch", "transform", "store"):
        stack.enter_context(audit.section(stage))
    print(audit.depth, audit.entries[-1])
print(audit.depth, audit.entries[-3:])
