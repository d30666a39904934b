from contextlib import ExitStack, contextmanager

order = []

@contextmanager
def resource(name):
    order.append(f"open {name}")
    try:
        yield name
    finally:
        order.append(f"close {name}")

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    stack.callback(order.append, "callback 1")
    stack.callback(lambda *args, **kw: order.append(f"cb {args} {kw}"), 1, 2, key="v")
    order.append(f"body {names}")
print(order)

order.clear()
stack = ExitStack()
stack.enter_context(resource("x"))
moved = stack.pop_all()
stack.close()
print("after close of emptied stack:", order)
moved.close()
print(order)

def pusher(exc_type, exc, tb):
    order.append(f"pushed saw {exc_type.__name__ if exc_type else None}")
    return exc_type is KeyError

order.clear()
with ExitStack() as stack:
    stack.push(pusher)
    raise KeyError("swallowed by push")
print(order)

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        order.append("manager exit")
        return False

order.clear()
with ExitStack() as stack:
    m = Manager()
    print(stack.push(m) is m)
    print(stack.callback(print, "cb") is print)
print(order)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)
with ExitStack() as stack:
    print(stack.__enter__() is stack)
