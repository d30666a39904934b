from string import Template
t = Template("Hi $first $last, balance $$${balance} on ${date}; $ 1 $9")
print(t.safe_substitute(first="Ann"))
print(t.safe_substitute({"last": "Lee", "balance": 3}))
print(t.get_identifiers())
print(t.is_valid())
print(Template("$a ${b} $a $$").get_identifiers(), Template("$a ${b} $a $$").is_valid())
print(Template("${unclosed").is_valid(), Template("${unclosed").get_identifiers())
print(Template("$").safe_substitute())
print(Template("a $$ b").get_identifiers())
class Record:
    def __init__(self, **values):
        self.values = values
    def __getitem__(self, key):
        if key.startswith("opt_"):
            raise KeyError(key)
        return self.values.get(key, "<" + key + ">")
print(Template("$x and $y").substitute(Record(x=1)))
print(Template("$x, $y and $opt_z").safe_substitute(Record(y=2)))
