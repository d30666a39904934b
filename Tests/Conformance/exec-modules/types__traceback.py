from types import SimpleNamespace, MappingProxyType

settings = MappingProxyType({"mode": "strict"})
ctx = SimpleNamespace(settings=settings, user="ann")
print(ctx.settings["mode"], ctx.user)
ctx.settings["mode"] = "lenient"
