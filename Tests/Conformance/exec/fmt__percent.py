print("%s is %d years" % ("Ann", 30), "%5.2f|%-6s|%06d" % (3.14159, "ab", 42), "%x %o %e" % (255, 8, 12345.678))
print("%(name)s has %(n)03d" % {"name": "Bob", "n": 7}, "%%", "%c%c" % (72, "i"), "%r" % "q", "%s" % [1, 2])
print("%.3s|%10.4f|%-10d|" % ("abcdef", 2.5, 5), "%+d %+d" % (5, -5), "% d" % 3)
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
