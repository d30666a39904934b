import cmath


def settle(balance):
    # A rule that takes the log of a zero balance fails with CPython's message.
    return cmath.log(balance)


print(settle(100))
print(settle(0))
