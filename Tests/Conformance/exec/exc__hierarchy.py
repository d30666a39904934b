for exc in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, ModuleNotFoundError, RecursionError, NotImplementedError, StopIteration, GeneratorExit, SystemExit, OverflowError, UnicodeDecodeError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
print(issubclass(KeyError, LookupError), issubclass(bool, int), isinstance(ValueError(), Exception))
