class Account:
    def __init__(self):
        self.__balance = 100
    def __secret(self):
        return "hidden"
    def reveal(self):
        return self.__balance, self.__secret()
a = Account()
print(a.reveal(), hasattr(a, "__balance"), hasattr(a, "_Account__balance"), a._Account__secret())
