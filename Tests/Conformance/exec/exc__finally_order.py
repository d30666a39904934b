def f():
    try:
        print("try")
        return "ret"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        raise ValueError("x")
    except ValueError:
        print("handled")
    else:
        print("no")
    finally:
        print("cleanup")
h()
def k():
    try:
        return 1
    finally:
        return 2
print(k())
