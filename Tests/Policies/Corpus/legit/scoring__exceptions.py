class RuleError(Exception):
    pass

def parse_amount(text):
    try:
        return float(text)
    except (TypeError, ValueError) as err:
        raise RuleError(f"bad amount: {text!r}") from err

try:
    result = parse_amount(order["amount"])
except RuleError:
    result = 0.0
finally:
    checked = True
