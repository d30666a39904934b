import re
text = "line1\nline2\nline3"
print(re.findall(r"^line\d$", text), re.findall(r"^line\d$", text, re.M), re.findall(r".+", text), re.findall(r".+", text, re.S))
print(re.search(r"\d$", "a1\n").group(), re.search(r"\d\Z", "a1\n"), re.sub(r"$", "!", "a\nb\n"), re.sub(r"(?m)$", "!", "a\nb\n"))
