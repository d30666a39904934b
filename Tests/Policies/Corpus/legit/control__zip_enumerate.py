ranked = []
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    ranked.append({"rank": rank, "name": name, "score": score})
result = ranked
