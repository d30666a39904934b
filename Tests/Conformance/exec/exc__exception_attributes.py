try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    [].pop()
except IndexError as e:
    print(e, e.args)
try:
    int("q")
except ValueError as e:
    print(e.args[0])
err = OSError("disk")
print(isinstance(err, Exception), err)
