import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
s = Sink()
json.dump({"a": [1, 2]}, s, indent=1)
print("".join(s.parts))
print(json.load(Source('{"k": [true, null]}')))
print(json.load(Source('[1.5]'), parse_float=str))
