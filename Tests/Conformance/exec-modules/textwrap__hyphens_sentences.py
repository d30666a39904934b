import textwrap
text = "The re-evaluation of high-risk, long-term accounts is well-known--and over-due. Really? Yes!  Done."
for width in (6, 9, 13, 17, 25):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 14, fix_sentence_endings=True))
print(textwrap.wrap('He said "stop." Then left. Mr. Smith agreed.', 20, fix_sentence_endings=True))
print(textwrap.wrap("---dashes--- and -- alone", 7))
print(textwrap.wrap("e-mail a-b-c-d-e-f-g-h", 5))
print(textwrap.wrap("xxxxxxxx-yyyyyyyy", 10))
print(textwrap.wrap("----------", 4))
print(textwrap.wrap("naïve café-au-lait", 8))
print(textwrap.wrap("word " * 12, 11, max_lines=3))
print(textwrap.wrap("tight", 5, initial_indent="> ", subsequent_indent=">> "))
print(textwrap.fill("indent wider than width", 4, initial_indent="-----"))
