from enum import IntEnum


class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3
    PLATINUM = 4


DISCOUNT = {Tier.BASIC: 0, Tier.SILVER: 5, Tier.GOLD: 10, Tier.PLATINUM: 15}


def tier_for(points):
    if points >= 10000:
        return Tier.PLATINUM
    if points >= 5000:
        return Tier.GOLD
    if points >= 1000:
        return Tier.SILVER
    return Tier.BASIC


def price(amount, customer):
    tier = Tier(customer["tier"]) if "tier" in customer else tier_for(customer["points"])
    pct = DISCOUNT[tier]
    if tier >= Tier.GOLD and amount > 100:
        pct += 2
    return tier, round(amount * (100 - pct) / 100, 2)


customers = [{"points": 50}, {"points": 1500}, {"tier": 3}, {"points": 12000}, {"tier": 2}]
for c in customers:
    tier, total = price(250, c)
    print(tier.name, int(tier), total, tier > 2, tier == 2)
print(sorted(Tier, reverse=True)[:2], Tier.GOLD - Tier.SILVER, max(Tier.BASIC, 3))
print([t for t in Tier if t.value % 2 == 0], Tier(2) < Tier.GOLD < 4)
upgrade = Tier(min(Tier.PLATINUM, Tier.GOLD + 1))
print(upgrade, repr(upgrade), f"tier-{upgrade}")
print(sum(DISCOUNT[t] for t in Tier), {str(t): DISCOUNT[t] for t in Tier})
