def risky(kind):
    if kind == 1: raise ValueError("v")
    if kind == 2: raise KeyError("k")
    if kind == 3: raise IndexError("i")
    return "fine"
for k in range(4):
    try:
        print(risky(k))
    except (ValueError, KeyError) as e:
        print("VK", repr(e))
    except LookupError as e:
        print("lookup", repr(e))
    else:
        print("else")
    finally:
        print("finally", k)
