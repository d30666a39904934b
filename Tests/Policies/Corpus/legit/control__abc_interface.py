from abc import ABC, abstractmethod

class Fee(ABC):
    @abstractmethod
    def amount(self, value):
        raise NotImplementedError

class Percent(Fee):
    def __init__(self, rate):
        self.rate = rate

    def amount(self, value):
        return value * self.rate

result = Percent(0.029).amount(payment["amount"]) + 0.30
