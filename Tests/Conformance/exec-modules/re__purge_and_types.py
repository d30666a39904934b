import re
re.purge()
print(re.Pattern.__name__, re.Match.__name__, isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match))
print(issubclass(re.error, Exception), re.error.__name__)
