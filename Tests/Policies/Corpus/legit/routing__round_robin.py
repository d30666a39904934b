import itertools

agents = itertools.cycle(["ana", "ben", "chen"])
result = {ticket["id"]: next(agents) for ticket in tickets}
