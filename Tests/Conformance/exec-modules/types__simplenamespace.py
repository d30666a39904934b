from types import SimpleNamespace

cfg = SimpleNamespace(rate=0.2, currency="EUR", limits={"max": 100})
print(cfg, repr(cfg), cfg.rate, cfg.limits["max"])
cfg.rate = 0.25
cfg.region = "EU"
del cfg.currency
print(cfg, vars(cfg), sorted(vars(cfg)))
print(cfg == SimpleNamespace(rate=0.25, limits={"max": 100}, region="EU"), cfg == SimpleNamespace(rate=0.25))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) != SimpleNamespace(a=2), SimpleNamespace(a=1) == {"a": 1})
print(SimpleNamespace(), getattr(cfg, "missing", "default"), hasattr(cfg, "region"))
for bad in [lambda: SimpleNamespace(1), lambda: cfg.missing, lambda: hash(cfg), lambda: delattr(cfg, "nope")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
nested = SimpleNamespace(order=SimpleNamespace(id=7, total=12.5), ok=True)
print(nested, nested.order.total * 2)
nested.self_ref = nested
print(nested)
record = {"id": 3, "name": "lamp", "price": 19.99}
item = SimpleNamespace(**record)
print(f"{item.name} #{item.id}: {item.price:.2f}", item.__dict__ is vars(item))
