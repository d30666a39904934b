import itertools

ordered = sorted(shipments, key=lambda s: s["warehouse"])
result = {
    warehouse: [s["id"] for s in group]
    for warehouse, group in itertools.groupby(ordered, key=lambda s: s["warehouse"])
}
