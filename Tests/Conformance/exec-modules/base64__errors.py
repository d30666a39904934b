import base64
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("encode str", lambda: base64.b64encode("text"))
attempt("encode int", lambda: base64.b64encode(5))
attempt("decode int", lambda: base64.b64decode(5))
attempt("decode non-ascii", lambda: base64.b64decode("héllo"))
attempt("altchars len", lambda: base64.b64encode(b"x", altchars=b"-"))
attempt("altchars str", lambda: base64.b64encode(b"x", altchars="-_"))
attempt("decode altchars", lambda: base64.b64decode(b"x", altchars=b"abc"))
attempt("no args", lambda: base64.b64decode())
attempt("too many", lambda: base64.b64encode(b"a", b"-_", 3))
attempt("bad kw", lambda: base64.b64decode(b"YQ==", strict=True))
attempt("mime str", lambda: base64.encodebytes("x"))
attempt("map01", lambda: base64.b32decode(b"MFRGG===", map01=b"LL"))
try:
    base64.b64decode("abc")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    base64.b64decode("abc")
except base64.binascii.Error as e:
    print("caught as binascii.Error:", e)
print(issubclass(base64.binascii.Error, ValueError))
