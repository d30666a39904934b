import copy

DEFAULTS = {"limits": {"daily": 500, "monthly": 5000}, "alerts": True}
settings = copy.deepcopy(DEFAULTS)
settings["limits"].update(overrides.get("limits", {}))
result = settings
