REGIONS = {
    "north": {"DK", "NO", "SE", "FI"},
    "central": {"DE", "AT", "CH"},
    "south": {"IT", "ES", "PT"},
}

def region_of(country):
    for name, members in REGIONS.items():
        if country in members:
            return name
    return "rest"

result = region_of(order["country"])
