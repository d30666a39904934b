def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case 500 | 502 | 503:
            return "server"
        case _:
            return "unknown"
print([http(s) for s in (200, 201, 404, 503, 418)])
match (1, "a"):
    case (1, "b"):
        print("no")
    case (1, x):
        print("yes", x)
match {"a": 1}:
    case {"b": _}:
        print("no")
    case {}:
        print("empty pattern matches any mapping")
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a + b + c)
match 3.0:
    case 3:
        print("3.0 == 3")
match True:
    case 1:
        print("True matches 1")
