print(repr("tab\there"), repr("nl\n"), repr("\\"), repr("\x00"), repr("é"), repr("'\""), repr("\u200b"))
print(ascii("é😀"), str(b"x"), repr(b"\x00\xff'"))
