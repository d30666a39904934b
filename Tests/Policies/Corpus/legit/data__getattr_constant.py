class Profile:
    def __init__(self, tier):
        self.tier = tier

p = Profile(customer["tier"])
result = getattr(p, "tier", "basic") if hasattr(p, "tier") else "none"
