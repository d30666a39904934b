from enum import Enum

class Tier(Enum):
    BRONZE = 1
    SILVER = 2
    GOLD = 3

def tier_for(points):
    if points >= 10000:
        return Tier.GOLD
    if points >= 2500:
        return Tier.SILVER
    return Tier.BRONZE

result = tier_for(member["points"]).name
