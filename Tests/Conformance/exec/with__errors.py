try:
    with 5:
        pass
except TypeError as e:
    print(e)
