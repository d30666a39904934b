from functools import lru_cache

@lru_cache(maxsize=None)
def points(level):
    if level <= 1:
        return 100
    return points(level - 1) + 50 * level

result = points(member["level"])
