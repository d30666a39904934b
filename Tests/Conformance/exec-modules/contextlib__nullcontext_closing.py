from contextlib import nullcontext, closing, contextmanager

with nullcontext() as x:
    print(x)
with nullcontext(42) as x:
    print(x)
cm = nullcontext("shared")
with cm as a, cm as b:
    print(a, b, a is b)

class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        self.open = False
        print("closed", self.name)

conn = Connection("db")
with closing(conn) as c:
    print(c is conn, c.open)
print(conn.open)

try:
    with closing(Connection("cache")):
        raise ValueError("boom")
except ValueError as e:
    print("error after close:", e)

@contextmanager
def locked(name):
    print("lock", name)
    yield name
    print("unlock", name)

def process(value, lock=None):
    with (locked(lock) if lock else nullcontext(value)) as ctx:
        return f"processed {value} under {ctx}"

print(process(1))
print(process(2, "L1"))

class NoClose:
    pass

try:
    with closing(NoClose()):
        pass
except AttributeError as e:
    print(type(e).__name__, e)
try:
    with nullcontext(1, 2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
