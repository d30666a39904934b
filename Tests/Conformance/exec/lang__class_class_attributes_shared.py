class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.instances, objs[0].instances)
