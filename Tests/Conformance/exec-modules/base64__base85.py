import base64
for s in [b"", b"a", b"hello", b"\x00\x00\x00\x00", b"    ", b"\x00\x00\x00\x00abc", b"Man is distinguished"]:
    print(s, base64.b85encode(s), base64.a85encode(s))
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"abc", pad=True))
print(base64.a85encode(b"    spaces    ", foldspaces=True))
print(base64.a85encode(b"wrap me at seven columns", wrapcol=7))
print(base64.a85encode(b"adobe framed", adobe=True))
print(base64.a85encode(b"adobe framed and wrapped", adobe=True, wrapcol=10))
print(base64.b85decode(b"Xk~0{Zy"), base64.a85decode(b"BOu!rDZ"))
print(base64.a85decode(b"<~@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$V~>", adobe=True))
print(base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"BO u!\nrDZ"))
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("b85 bad", lambda: base64.b85decode(b"ab\"cd"))
attempt("b85 overflow", lambda: base64.b85decode(b"~~~~~"))
attempt("a85 z inside", lambda: base64.a85decode(b"!!z"))
attempt("a85 bad", lambda: base64.a85decode(b"abc~"))
attempt("a85 overflow", lambda: base64.a85decode(b"uuuuu"))
attempt("a85 adobe", lambda: base64.a85decode(b"<~abc", adobe=True))
