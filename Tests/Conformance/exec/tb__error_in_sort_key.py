rows = [{"n": 1}, {"m": 2}]
rows.sort(key=lambda r: r["n"])
