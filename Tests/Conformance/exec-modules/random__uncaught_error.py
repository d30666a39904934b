# An uncaught error from the generator ends the program with a traceback.
import random

random.seed(10)
print(random.getrandbits(8))
bits = random.getrandbits(-8)
print("not reached", bits)
