from datetime import date
d = date(2024, 7, 4)
for f in ["%Y-%m-%d", "%d/%m/%y", "%A %d %B %Y", "%a %b %d", "%j", "%U %W %w %u", "%G-W%V", "%H:%M:%S", "%%Y", "%x", "%c", "%D", "%F", "%e"]:
    print(repr(f), d.strftime(f))
print(f"{d:%d.%m.%Y}", format(d, ""), "{:%B}".format(d))
