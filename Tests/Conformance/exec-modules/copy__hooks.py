import copy

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []
    def __copy__(self):
        print("__copy__ called")
        new = Account(self.owner, self.balance)
        new.history = self.history
        return new
    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        new = Account(copy.deepcopy(self.owner, memo), self.balance)
        new.history = copy.deepcopy(self.history, memo)
        return new

a = Account("ann", 100)
a.history.append(("deposit", 100))
b = copy.copy(a)
c = copy.deepcopy(a)
a.history.append(("withdraw", 30))
print(len(b.history), len(c.history), b.history is a.history)

# __deepcopy__ is used for objects nested inside containers
wrapped = copy.deepcopy({"acct": a, "list": [a]})
print(wrapped["acct"].owner, wrapped["list"][0] is wrapped["acct"])

class Session:
    def __init__(self):
        self.user = "bob"
        self.cache = {"big": list(range(3))}
        self.secret = "token"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["secret"]
        return state
    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)
        self.secret = None

s2 = copy.deepcopy(Session())
print(s2.user, s2.cache, s2.secret)
s3 = copy.copy(Session())
print(s3.secret)

class Singleton:
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self

one = Singleton()
print(copy.copy(one) is one, copy.deepcopy([one])[0] is one)

class Frozen:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return ("v", self.v)
    def __setstate__(self, st):
        print("restore", st)
        self.v = st[1]

print(copy.deepcopy(Frozen(7)).v)
