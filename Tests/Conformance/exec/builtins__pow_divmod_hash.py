print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), divmod(17, 5), hash(1) == hash(1.0), hash('a') == hash('a'))
