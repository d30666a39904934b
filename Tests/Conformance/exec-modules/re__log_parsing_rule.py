import re
LINE = re.compile(r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$", re.M)
log = """2024-01-01 10:00:00 [INFO] started
2024-01-01 10:00:05 [ERROR] disk full: /dev/sda1
garbage line
2024-01-01 10:01:00 [WARN] retry 3/5"""
for m in LINE.finditer(log):
    print(m.group("level"), m.group("msg"), m.span())
print(sum(1 for m in LINE.finditer(log) if m["level"] == "ERROR"), LINE.findall(log)[1])
