1 .real
1.0.real
1j.imag
"a".join(b)
b"x".decode()
[].append
{}.keys()
