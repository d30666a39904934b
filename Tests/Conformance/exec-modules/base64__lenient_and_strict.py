import base64
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
# non-alphabet characters are skipped unless validate=True
attempt("spaces", lambda: base64.b64decode(b"aGVs bG8=\n"))
attempt("junk", lambda: base64.b64decode(b"a*G*V*s*b*G*8*="))
attempt("after pad", lambda: base64.b64decode(b"aGk=trailing"))
attempt("strict ok", lambda: base64.b64decode(b"aGVsbG8=", validate=True))
attempt("strict space", lambda: base64.b64decode(b"aGVs bG8=", validate=True))
attempt("strict leading", lambda: base64.b64decode(b"=aGk", validate=True))
attempt("strict excess", lambda: base64.b64decode(b"aGk=aGk=", validate=True))
attempt("strict discontinuous", lambda: base64.b64decode(b"aG=k=", validate=True))
attempt("padding", lambda: base64.b64decode(b"aGVsbG8"))
attempt("one extra", lambda: base64.b64decode(b"aGVsbG8gd"))
attempt("one char", lambda: base64.b64decode("a"))
attempt("empty", lambda: base64.b64decode(""))
attempt("only pad", lambda: base64.b64decode("===="))
attempt("mime", lambda: base64.decodebytes(b"aGVs\nbG8=\n"))
e = base64.encodebytes(b"x" * 100)
print(e.decode().count("\n"), len(e), e[:20])
print(base64.encodebytes(b""))
