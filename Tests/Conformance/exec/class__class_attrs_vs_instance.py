class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class Flag:
    enabled = False
f = Flag()
f.enabled = True
print(f.enabled, Flag.enabled, Flag().enabled)
