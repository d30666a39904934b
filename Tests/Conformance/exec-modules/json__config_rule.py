import json
config = json.loads("""
{
  "thresholds": {"gold": 1000, "silver": 500.5},
  "regions": ["EU", "US"],
  "enabled": true,
  "discount": null
}
""")
def tier(amount):
    for name, limit in sorted(config["thresholds"].items(), key=lambda kv: -kv[1]):
        if amount >= limit:
            return name
    return "none"
print([tier(a) for a in (100, 600, 5000)])
print(json.dumps({"tier": tier(750), "regions": config["regions"], "enabled": config["enabled"]}, sort_keys=True))
