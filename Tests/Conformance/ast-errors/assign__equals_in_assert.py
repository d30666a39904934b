assert a = b
