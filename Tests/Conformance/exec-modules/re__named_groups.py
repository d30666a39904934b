import re
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "on 2024-05 ok")
print(m.groupdict(), m.groupdict("?"), m.group("year"), m["month"], m.groups(), m.groups(0))
print(m.lastindex, m.lastgroup, m.span("month"), m.start("day"), m.end("day"))
p = re.compile(r"(?P<a>x)(y)(?P<b>z)")
print(p.groups, p.groupindex, p.match("xyz").groups())
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
