import re
for repl in [r"\2", r"\g<x>", r"\g<2>", r"\g<", r"\g<1", r"\q", r"\g<a-b>", "\\"]:
    try:
        print(re.sub(r"(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
