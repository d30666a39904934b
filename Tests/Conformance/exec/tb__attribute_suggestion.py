class Invoice:
    def __init__(self):
        self.amount = 5
        self.currency = "EUR"
inv = Invoice()
print(inv.ammount)
