from collections import OrderedDict

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("two args", lambda: OrderedDict([1, 2], 3))
attempt("not iterable", lambda: OrderedDict(1))
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict().move_to_end("a"))
attempt("move no key", lambda: OrderedDict(a=1).move_to_end())
attempt("or int", lambda: OrderedDict(a=1) | 1)
attempt("pop missing", lambda: OrderedDict(a=1).pop("x"))
attempt("hash", lambda: hash(OrderedDict()))

def add_during_iteration():
    od = OrderedDict(a=1, b=2)
    for k in od:
        od["c"] = 3
attempt("add while iterating", add_during_iteration)

def delete_during_iteration():
    od = OrderedDict(a=1, b=2)
    for k in od:
        del od["b"]
attempt("delete while iterating", delete_during_iteration)

def update_value_while_iterating():
    od = OrderedDict(a=1, b=2)
    for k in od:
        od[k] *= 10
    return od
attempt("update values", update_value_while_iterating)
