try:
    raise FileNotFoundError('missing.csv')
except OSError as e:
    print(type(e).__name__, e, isinstance(e, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(ConnectionResetError, ConnectionError), issubclass(TimeoutError, OSError), issubclass(SyntaxWarning, Warning))
print(hasattr(object, '__lt__'), object.__lt__(1, 2) if False else object() .__lt__(object()))
class A: pass
print(hasattr(A, '__ge__'), A().__le__(A()))
try:
    A() < A()
except TypeError as e:
    print(e)
