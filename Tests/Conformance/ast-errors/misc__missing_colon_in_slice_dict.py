d = {a b: c}
