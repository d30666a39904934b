class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
s = {Key('A'), Key('a'), Key('b')}
print(len(s), Key('B') in s)
