import textwrap
note = ("The customer called on Monday to report that the replacement parcel, which was "
        "shipped on 3 May, still had not arrived. She asked for a full refund.")
for width in (20, 35, 60):
    print(f"--- width {width}")
    for line in textwrap.wrap(note, width):
        print(f"|{line}|")
print(textwrap.fill(note, width=40))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("one", 70))
print(textwrap.fill("tabs\there\tand\tthere", 12))
print(textwrap.wrap("a  b   c", 3))
print(textwrap.fill("Line one.\nLine two.\n\nLine four.", 15))
