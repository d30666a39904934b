from abc import ABCMeta, abstractmethod


class Rule(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def build(cls, config):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

    def run(self, x):
        return f"{self.name} v{self.version()}: {self.check(x)}"

    @abstractmethod
    def check(self, x):
        ...


print(sorted(Rule.__abstractmethods__), type(Rule) is ABCMeta, isinstance(Rule, ABCMeta))
try:
    Rule()
except TypeError as e:
    print(type(e).__name__, e)


class MinAmount(Rule):
    def __init__(self, limit):
        self.limit = limit

    @property
    def name(self):
        return "min-amount"

    @classmethod
    def build(cls, config):
        return cls(config["limit"])

    @staticmethod
    def version():
        return 2

    def check(self, x):
        return x >= self.limit


r = MinAmount.build({"limit": 10})
print(r.run(5), r.run(15), MinAmount.__abstractmethods__)
print(getattr(Rule.check, "__isabstractmethod__", False), getattr(MinAmount.check, "__isabstractmethod__", False))
