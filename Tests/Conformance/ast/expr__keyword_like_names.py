print
match(x)
case[1]
_ = 1
__x__ = 2
self.match = 3
