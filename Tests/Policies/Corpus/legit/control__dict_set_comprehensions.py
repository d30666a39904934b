by_id = {c["id"]: c for c in customers}
vip_ids = {c["id"] for c in customers if c["spend"] > 10000}
result = sorted(by_id[i]["name"] for i in vip_ids)
