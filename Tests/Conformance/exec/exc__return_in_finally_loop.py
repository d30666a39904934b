def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(f())
def g():
    try:
        raise KeyError("x")
    except KeyError:
        return "from except"
    finally:
        print("g finally")
print(g())
def h():
    while True:
        try:
            break
        finally:
            print("h finally")
    return "h done"
print(h())
