class Plugin:
    registry = {}
    def __init_subclass__(cls, key, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key] = cls
class Csv(Plugin, key='csv'):
    pass
class Json(Plugin, key='json'):
    pass
print(sorted(Plugin.registry), Plugin.registry['csv'].__name__)
