import copy

print(copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    raise copy.Error("cannot copy this")
except copy.Error as e:
    print(type(e).__name__, e)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def gen():
    yield 1

attempt("generator", lambda: copy.deepcopy(gen()))
attempt("generator shallow", lambda: copy.copy(gen()))
attempt("copy no args", lambda: copy.copy())
attempt("deepcopy no args", lambda: copy.deepcopy())
attempt("copy two args", lambda: copy.copy(1, 2))

class Bad:
    def __deepcopy__(self, memo):
        raise ValueError("not allowed")
    def __copy__(self):
        raise copy.Error("no shallow copies")

attempt("hook raises", lambda: copy.deepcopy([Bad()]))
attempt("hook raises shallow", lambda: copy.copy(Bad()))

class WrongArity:
    def __deepcopy__(self):
        return self

attempt("wrong arity", lambda: copy.deepcopy(WrongArity()))
attempt("unhashable memo key ok", lambda: copy.deepcopy([[1], [2]]))
