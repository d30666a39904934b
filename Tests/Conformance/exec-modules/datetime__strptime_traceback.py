from datetime import datetime
def parse(s):
    try:
        return datetime.strptime(s, "%Y-%m-%d")
    except ValueError as e:
        raise ValueError(f"bad date {s!r}: {e}") from None
print(parse("2024-07-01"))
print(parse("07/01/2024"))
