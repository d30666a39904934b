try:
    pass
except E:
x = 1
