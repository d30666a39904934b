def valid(events):
    for e in events:
        if e.get("amount", 0) > 0:
            yield e

def amounts(events):
    for e in events:
        yield e["amount"]

result = sum(amounts(valid(events)))
