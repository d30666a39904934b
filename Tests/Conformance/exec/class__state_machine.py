class Light:
    transitions = {"green": "yellow", "yellow": "red", "red": "green"}
    def __init__(self):
        self.state = "red"
        self.history = []
    def step(self):
        self.history.append(self.state)
        self.state = self.transitions[self.state]
        return self
l = Light()
l.step().step().step().step()
print(l.state, l.history)
