result = x + 1
