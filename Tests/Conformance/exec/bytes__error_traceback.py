# An uncaught bytes error ends the run with CPython's traceback.
def parse(text):
    return bytes.fromhex(text)

print(parse('00 ff'))
print(parse('0g'))
