from contextlib import ExitStack

log = []

def failing(msg):
    def cb():
        log.append("raise " + msg)
        raise ValueError(msg)
    return cb

try:
    with ExitStack() as stack:
        stack.callback(log.append, "first registered")
        stack.callback(failing("from callback"))
        log.append("body ok")
except ValueError as e:
    print("caught", e, log)

log.clear()
try:
    with ExitStack() as stack:
        stack.callback(failing("second"))
        stack.callback(failing("first"))
except ValueError as e:
    print("caught", e, "context:", e.__context__)
print(log)

log.clear()
try:
    with ExitStack() as stack:
        stack.callback(failing("in exit"))
        raise KeyError("body")
except ValueError as e:
    print("replaced:", e, "context:", repr(e.__context__))

def suppress_lookup(exc_type, exc, tb):
    log.append(f"suppressor saw {exc_type.__name__ if exc_type else None}")
    return exc_type is not None and issubclass(exc_type, LookupError)

log.clear()
with ExitStack() as stack:
    stack.push(lambda *exc: log.append(f"outer saw {exc[0]}"))
    stack.push(suppress_lookup)
    {}["missing"]
print(log)

stack = ExitStack()
stack.callback(failing("on close"))
try:
    stack.close()
except ValueError as e:
    print("close raised", e)
stack.close()
print("second close is a no-op")
