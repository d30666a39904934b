class Item:
    def __init__(self, sku): self.sku = sku
    def __eq__(self, other): return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self): return hash(self.sku)
    def __repr__(self): return f"Item({self.sku!r})"
cart = [Item("a"), Item("b")]
print(Item("a") in cart, cart.index(Item("b")), cart.count(Item("a")))
cart.remove(Item("a"))
print(cart, {Item("x"): 1}[Item("x")], len({Item("q"), Item("q")}))
