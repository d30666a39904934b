with (a as b, c as d):
    pass
with (a, b):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
def g():
    with (yield):
        pass
