import textwrap
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("  lots   of \n whitespace\there  ", 40)))
print(repr(textwrap.shorten("Supercalifragilistic", 12)))
block = """
    def rule(order):
        if order.total > 100:
            return "free shipping"
      
        return "standard"
"""
print(textwrap.dedent(block))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t\tx\n\t\ty\n\tz")))
print(repr(textwrap.dedent("no indent\n  here")))
print(textwrap.indent("first\n\nthird\n", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\n   \nc", "..", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("", "x")))
