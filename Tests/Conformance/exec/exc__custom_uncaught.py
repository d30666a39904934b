class RuleError(Exception):
    pass
def check(v):
    if v < 0:
        raise RuleError(f"negative value: {v}")
check(1)
check(-5)
