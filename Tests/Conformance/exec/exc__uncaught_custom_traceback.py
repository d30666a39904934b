class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f'need {amount - balance} more')
    return balance - amount
def pay(order):
    return withdraw(100, order['total'])
print(pay({'total': 30}))
pay({'total': 130})
