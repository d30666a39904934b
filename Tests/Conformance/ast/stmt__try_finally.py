try:
    x = 1
finally:
    cleanup()
