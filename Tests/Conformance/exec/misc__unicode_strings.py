s = "naïve café 😀 日本"
print(len(s), s[::-1], s.upper(), [c for c in s if ord(c) > 127], s.encode("utf-8")[:8], s.split())
print("😀" in s, s.index("日"), ord("😀"), chr(0x1F600) == "😀", "é".encode(), "\u00e9" == "é")
