# An uncaught error from time.sleep ends the program with a traceback.
import time

print(time.sleep(0))
time.sleep(-1)
print("not reached")
