import base64
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    print(s, base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
print(base64.b32decode(b"MZXW6YTBOI======"))
print(base64.b32decode("mzxw6ytboi======", casefold=True))
print(base64.b32decode("MZXW6YTB0I======".replace("0", "O")))
print(base64.b32decode(b"ME======"), base64.b32hexdecode(b"CO======"))
print(base64.b32decode(b"0E======", map01=b"L"))
print(base64.b16decode(b"CAFEBABE"), base64.b16decode("cafe", casefold=True))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("b32 length", lambda: base64.b32decode(b"MZXW6"))
attempt("b32 digit", lambda: base64.b32decode(b"MZXW6YT1"))
attempt("b32 lower", lambda: base64.b32decode(b"mzxw6ytb"))
attempt("b32 pad", lambda: base64.b32decode(b"MZXW6Y=="))
attempt("b16 lower", lambda: base64.b16decode(b"cafe"))
attempt("b16 odd", lambda: base64.b16decode(b"CAF"))
attempt("b16 digit", lambda: base64.b16decode(b"XY"))
attempt("b32 str", lambda: base64.b32encode("text"))
attempt("b16 str", lambda: base64.b16encode("text"))
