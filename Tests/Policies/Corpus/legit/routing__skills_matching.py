def best_agent(agents, needed):
    scored = sorted(agents, key=lambda a: (-len(set(a["skills"]) & needed), a["load"]))
    return scored[0]["name"] if scored else None

result = best_agent(agents, set(ticket["skills"]))
