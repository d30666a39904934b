from collections import deque

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index missing", lambda: d.index(9))
attempt("index range", lambda: d.index(1, 1))
attempt("index bad start", lambda: d.index(1, "a"))
attempt("remove missing", lambda: d.remove(9))
attempt("getitem range", lambda: d[3])
attempt("getitem neg", lambda: d[-4])
attempt("getitem slice", lambda: d[0:2])
attempt("getitem str", lambda: d["a"])
attempt("not iterable", lambda: deque(5))
attempt("too many args", lambda: deque([1], 2, 3))
attempt("bad keyword", lambda: deque([1], size=2))
attempt("append no arg", lambda: d.append())
attempt("append kw", lambda: d.append(x=1))
attempt("pop arg", lambda: d.pop(0))
attempt("extend int", lambda: d.extend(5))
attempt("insert args", lambda: d.insert(1))
attempt("count args", lambda: d.count())
attempt("copy args", lambda: d.copy(1))
attempt("hash", lambda: hash(d))
attempt("concat list", lambda: d + [4])
attempt("mul str", lambda: d * "a")
attempt("attr", lambda: d.size)
attempt("overflow", lambda: deque(maxlen=2**70))

def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
attempt("mutate", mutate)

def assign_ok():
    q = deque([1, 2, 3])
    for x in q:
        q[0] = x * 10
    return q
attempt("assign during iteration", assign_ok)
