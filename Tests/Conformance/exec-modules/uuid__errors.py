import uuid
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("short", lambda: uuid.UUID("1234"))
attempt("not hex", lambda: uuid.UUID("zz345678123456781234567812345678"))
attempt("nothing", lambda: uuid.UUID())
attempt("two forms", lambda: uuid.UUID("12345678123456781234567812345678", int=5))
attempt("negative", lambda: uuid.UUID(int=-1))
attempt("too big", lambda: uuid.UUID(int=2 ** 128))
attempt("version", lambda: uuid.UUID(int=1, version=6))
attempt("bytes len", lambda: uuid.UUID(bytes=b"short"))
attempt("bytes_le len", lambda: uuid.UUID(bytes_le=b"x"))
attempt("fields len", lambda: uuid.UUID(fields=(1, 2, 3)))
attempt("field 1", lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)))
attempt("field 4", lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
attempt("field 6", lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2 ** 48)))
attempt("hex int", lambda: uuid.UUID(hex=5))
attempt("bad kw", lambda: uuid.UUID(text="x"))
attempt("ns str", lambda: uuid.uuid3("dns", "x"))
attempt("name int", lambda: uuid.uuid5(uuid.NAMESPACE_DNS, 42))
attempt("missing name", lambda: uuid.uuid5(uuid.NAMESPACE_DNS))
