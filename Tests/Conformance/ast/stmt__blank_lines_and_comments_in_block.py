if x:

    # c
    a = 1
        # deeper comment

    b = 2
# c
c = 3
