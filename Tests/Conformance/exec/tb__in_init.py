class Thing:
    def __init__(self, n):
        self.n = int(n)
items = [Thing("1"), Thing("x")]
