import base64
# A rule that checks attachments carried as base64 in JSON input.
attachments = [
    {"name": "invoice.txt", "data": base64.b64encode(b"Invoice 1001\nTotal: 120.50 EUR\n").decode()},
    {"name": "notes.txt", "data": "Tm90ZXM6IHBheSBieSBGcmlkYXk="},
    {"name": "broken.bin", "data": "not base64!"},
    {"name": "huge.txt", "data": base64.b64encode(b"x" * 5000).decode()},
]
MAX = 4096
for a in attachments:
    try:
        content = base64.b64decode(a["data"], validate=True)
    except ValueError as e:
        print(a["name"], "rejected:", e)
        continue
    if len(content) > MAX:
        print(a["name"], "too large:", len(content))
        continue
    first = content.decode().split("\n")[0]
    print(a["name"], len(content), repr(first))
encoded = base64.b64encode("Prüfbericht".encode())
print(encoded, base64.b64decode(encoded).decode())
