import string
class Percent(string.Template):
    delimiter = "%"
print(Percent("%who owes %{amount} (100%% sure)").substitute(who="Ann", amount="$5"))
class Dotted(string.Template):
    idpattern = r"[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*"
print(Dotted("Hello $customer.name, tier $customer.tier").substitute({"customer.name": "Kim", "customer.tier": "gold"}))
class Spaced(string.Template):
    braceidpattern = r"[a-z ]+"
print(Spaced("${first name} / $x").substitute({"first name": "Ann", "x": 1}))
class CaseSensitive(string.Template):
    flags = 0
print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))
class Angle(string.Template):
    pattern = r"""
    <<(?:
      (?P<escaped><<) |
      (?P<named>[a-z]+)>> |
      (?P<braced>\b\B) |
      (?P<invalid>)
    )
    """
print(Angle("Hi <<name>>, <<<<literal").substitute(name="Lee"))
print(Percent.delimiter, string.Template.delimiter, issubclass(Percent, string.Template))
print(Percent("%a %b").get_identifiers())
