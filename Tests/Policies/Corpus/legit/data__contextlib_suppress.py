from contextlib import suppress

result = 0
with suppress(KeyError):
    result = order["discount"]["amount"]
