from collections import ChainMap

defaults = {"currency": "EUR", "tax": 0.2, "rounding": 2}
region = {"tax": 0.07}
customer = {"currency": "USD"}
settings = ChainMap(customer, region, defaults)
print(settings)
print(settings["currency"], settings["tax"], settings["rounding"])
print(settings.get("missing"), settings.get("missing", "n/a"), "tax" in settings, "x" in settings)
print(len(settings), list(settings), sorted(settings.items()))
print(settings.maps[0] is customer, len(settings.maps))
settings["tax"] = 0.0
print(customer, region)
del settings["tax"]
print(settings["tax"], customer)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {})), bool(settings))
child = settings.new_child()
child["rounding"] = 0
print(child["rounding"], settings["rounding"], len(child.maps))
print(settings.new_child({"a": 1}))
print(settings.new_child(b=2).maps[0])
print(child.parents == settings, child.parents)
print(ChainMap.fromkeys(["a", "b"], 0))
cp = settings.copy()
cp["currency"] = "GBP"
print(cp["currency"], settings["currency"])
print(settings.setdefault("channel", "web"), settings.setdefault("channel", "shop"))
settings.update({"vip": True}, level=3)
print(customer)
print(settings.pop("vip"), settings.pop("nope", None))
print(settings.keys(), settings.values())
print(list(settings.values()))
print(dict(settings) == {"currency": "USD", "channel": "web", "level": 3, "tax": 0.07, "rounding": 2})
print(settings == dict(settings), settings != {})
print(type(settings).__name__, type(settings).__module__, ChainMap)
