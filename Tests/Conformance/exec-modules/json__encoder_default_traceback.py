import json
from decimal import Decimal

class StrictEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        return super().default(o)

def export(record):
    try:
        return json.dumps(record, cls=StrictEncoder)
    except TypeError as e:
        raise ValueError(f"cannot export: {e}") from None

print(export({"a": Decimal("1.5")}))
print(export({"when": object()}))
