from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def heavier_than(self, other):
        return self.mass > other.mass

    @classmethod
    def lightest(cls):
        return min(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return "m/s^2"

    def __str__(self):
        return self.name.title()


print(Planet.EARTH.value)
print(round(Planet.EARTH.surface_gravity, 2), Planet.unit())
print(Planet.JUPITER.heavier_than(Planet.EARTH), Planet.lightest())
print(str(Planet.EARTH), repr(Planet.EARTH), f"{Planet.MERCURY}")
print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH)


class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    SUN = 7

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def __repr__(self):
        return f"Weekday<{self.name}>"

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([d.is_weekend() for d in Weekday])
print(repr(Weekday.MON), Weekday.SUN.next(), Weekday.TUE.next())
print(sorted(Weekday, key=lambda d: -d.value))
