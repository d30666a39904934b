import functools

@functools.lru_cache(maxsize=None)
def shipping(weight):
    if weight <= 0:
        raise ValueError(f"invalid weight {weight}")
    return 5 + weight * 2

print(shipping(3), shipping(3), shipping.cache_info())
print(functools.reduce(lambda acc, w: acc + shipping(w), [1, 2, 0], 0))
