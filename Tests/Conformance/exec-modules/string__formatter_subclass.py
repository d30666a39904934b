import string
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print(Defaulting().format("Hello {name}, your plan is {plan}", name="Ann"))

class Money(string.Formatter):
    def format_field(self, value, spec):
        if spec == "money":
            return f"EUR {value:,.2f}"
        return super().format_field(value, spec)
print(Money().format("Total {0:money}, items {1}", 1234.5, 3))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = sorted(set(kwargs) - set(k for k in used_args if isinstance(k, str)))
        if unused:
            raise ValueError("unused: " + ", ".join(unused))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format("{0!u} {0!r}", "shout"))

class Dotted(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        value = kwargs
        for part in field_name.split("."):
            value = value[part]
        return value, field_name
print(Dotted().format("{customer.name} ({customer.tier})", customer={"name": "Kim", "tier": "gold"}))
