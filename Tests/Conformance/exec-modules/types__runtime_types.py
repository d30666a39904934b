import types


def f(x):
    return x


def gen():
    yield 1


class C:
    def m(self):
        return 1


checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (len, types.BuiltinFunctionType),
    ([].append, types.BuiltinMethodType), (C().m, types.MethodType), (types, types.ModuleType),
    (None, types.NoneType), (gen(), types.GeneratorType), (..., types.EllipsisType),
    (NotImplemented, types.NotImplementedType),
]
for obj, tp in checks:
    print(tp.__name__, isinstance(obj, tp))
print(isinstance(f, types.BuiltinFunctionType), isinstance(len, types.FunctionType), isinstance(C.m, types.MethodType))
print(types.FunctionType, types.NoneType, types.ModuleType)


def kind(obj):
    if isinstance(obj, types.FunctionType):
        return "python function"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, types.MethodType):
        return "method"
    return type(obj).__name__


print([kind(o) for o in (f, abs, C().m, 3, "s")])
