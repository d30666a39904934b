registry = []
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append((cls.__name__, kw))
class One(Base): pass
class Two(Base, tag="t"): pass
print(registry)
