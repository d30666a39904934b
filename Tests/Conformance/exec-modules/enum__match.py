from enum import Enum, IntEnum, auto


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()


def action(light):
    match light:
        case Light.RED:
            return "stop"
        case Light.YELLOW:
            return "slow"
        case Light.GREEN:
            return "go"
        case _:
            return "unknown"


print([action(l) for l in Light], action("blue"))


class Risk(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


def review(score):
    risk = Risk(min(3, max(1, score // 30 + 1)))
    match risk:
        case Risk.LOW | Risk.MEDIUM if score < 50:
            return risk.name, "auto-approve"
        case Risk.HIGH:
            return risk.name, "manual review"
        case _:
            return risk.name, "second look"


print([review(s) for s in (5, 45, 55, 99)])
match {"light": Light.GREEN, "speed": 30}:
    case {"light": Light.GREEN, "speed": s} if s <= 50:
        print("ok at", s)
    case _:
        print("no match")
match Risk.HIGH:
    case 3:
        print("matched int literal")
