from fractions import Fraction


def share(part, label):
    # Adding a label to a fraction is a TypeError raised by the + operator itself.
    return Fraction(part, 12) + label


print(share(3, 0))
print(share(5, ' of 12'))
