class Money:
    def __init__(self, cents):
        self.cents = cents

    @property
    def euros(self):
        return self.cents / 100

    @staticmethod
    def parse(text):
        return Money(int(round(float(text) * 100)))

result = Money.parse(order["price"]).euros
