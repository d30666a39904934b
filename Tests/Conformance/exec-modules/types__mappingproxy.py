from types import MappingProxyType

limits = {"daily": 500, "single": 200}
view = MappingProxyType(limits)
print(view, repr(view), view["daily"], len(view), "single" in view, list(view))
limits["monthly"] = 5000
print(view.get("monthly"), view.get("yearly", 0), sorted(view.keys()), sorted(view.values()))
print(list(view.items()), view == limits, view.copy() == limits, type(view.copy()).__name__)
for bad in [lambda: MappingProxyType([1, 2]), lambda: MappingProxyType(5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    view["daily"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del view["daily"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    view.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
merged = view | {"daily": 600}
print(merged, type(merged).__name__, limits["daily"])
try:
    hash(view)
except TypeError as e:
    print(type(e).__name__, e)
print(type(view).__name__, isinstance(view, MappingProxyType))
