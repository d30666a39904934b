print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{name} is {age}".format(name="X", age=5))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3), "{:>8}|{:<4}|{:^5}".format("r", "l", "c"))
print("{!r} {!s} {!a}".format("x", "y", "é"), "{{}} {}".format(1), "{:.2%}".format(0.1234), "{0:{1}}".format(7, "03"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
for bad in [lambda: "{}{}".format(1), lambda: "{x}".format(), lambda: "{0}{}".format(1, 2), lambda: "{".format()]:
    try:
        bad()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
