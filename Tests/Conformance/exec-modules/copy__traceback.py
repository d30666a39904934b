import copy

DEFAULTS = {"currency": "EUR", "limits": {"daily": 100}}

def settings_for(customer):
    s = copy.deepcopy(DEFAULTS)
    del s["limits"]["daily"]
    if customer == "vip":
        s["limits"]["daily"] = 1000
    return s

print(settings_for("vip"))
print(DEFAULTS)
print(settings_for("regular")["limits"]["daily"])
