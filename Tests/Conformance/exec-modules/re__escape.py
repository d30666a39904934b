import re
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l"), re.escape("hello world"), re.escape("tab\there"), re.escape("-&~#"), re.escape("üñí_09"))
s = "1+1=2? (yes) [sure] $5.00"
print(re.search(re.escape(s), "x " + s + " y").span())
