assert(x, "msg")
assert x y
