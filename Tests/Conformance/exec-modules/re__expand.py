import re
m = re.match(r"(?P<a>\w)(\w)?", "x")
print(m.expand(r"[\1|\2|\g<a>|\g<0>]"), repr(m.expand(r"\n")))
