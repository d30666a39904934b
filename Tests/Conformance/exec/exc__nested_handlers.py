def parse_all(items):
    out = []
    for item in items:
        try:
            try:
                out.append(int(item))
            except ValueError:
                out.append(float(item))
        except ValueError:
            out.append(None)
    return out
print(parse_all(["1", "2.5", "x", "-3"]))
