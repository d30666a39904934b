import re
print(re.findall(r"[a-c]+", "ABCabcDEF", re.I), re.findall(r"[^a-c]+", "ABCdef", re.I), re.sub(r"hello", "bye", "Hello HELLO hello", flags=re.IGNORECASE), re.match(r"straße", "STRASSE", re.I))
