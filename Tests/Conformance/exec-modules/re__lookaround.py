import re
print(re.findall(r"\w+(?=!)", "hi! bye. yo!"), re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"), re.findall(r"(?<=@)\w+", "a@b c@d"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.search(r"q(?!u)", "quit qat").start())
