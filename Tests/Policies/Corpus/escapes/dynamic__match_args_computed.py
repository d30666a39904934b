# expect: RS303
class Probe:
    __match_args__ = tuple(names)

result = Probe
