class Account:
    bank = 'ACME'
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'
a = Account('ann').deposit(50).deposit(25)
print(a, a.bank, Account.bank)
try:
    a.deposit(-1)
except ValueError as e:
    print('error:', e)
