merged = {**defaults, **overrides}
ordered = dict(sorted(merged.items(), key=lambda kv: kv[0]))
result = list(ordered)
