def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally")
x = g()
print(next(x))
x.close()
print("closed")
y = g()
print(list(y))
