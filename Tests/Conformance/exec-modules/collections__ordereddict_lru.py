from collections import OrderedDict

class LRU:
    """A tiny least-recently-used cache of exchange rates."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evicted.append(old)

cache = LRU(3)
for pair, rate in [("EURUSD", 1.08), ("GBPUSD", 1.27), ("USDJPY", 151.2)]:
    cache.put(pair, rate)
print(cache.get("EURUSD"), list(cache.data))
cache.put("USDCHF", 0.88)
print(list(cache.data), cache.evicted)
cache.put("GBPUSD", 1.26)
cache.put("AUDUSD", 0.66)
print(cache.data)
print(cache.evicted)
