import textwrap
w = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ")
items = ["Check the applicant's income against the regional threshold.",
         "Escalate when the loan-to-value ratio exceeds 80%.",
         "Done."]
for item in items:
    print(w.fill(item))
print(w.width, w.initial_indent, repr(w.subsequent_indent), w.expand_tabs, w.max_lines, w.placeholder, w.tabsize)
w.width = 40
w.initial_indent = ""
print(w.wrap(items[0]))
w2 = textwrap.TextWrapper(30, max_lines=2, placeholder=" …")
print(w2.wrap(" ".join(items)))
class Bullets(textwrap.TextWrapper):
    def __init__(self, bullet="•", **kwargs):
        super().__init__(initial_indent=bullet + " ", subsequent_indent=" " * (len(bullet) + 1), **kwargs)
    def fill_all(self, paragraphs):
        return "\n".join(self.fill(p) for p in paragraphs)
print(Bullets(width=30).fill_all(items))
print(Bullets("1.", width=20).fill("Numbered entries keep their hanging indent"))
print(isinstance(Bullets(), textwrap.TextWrapper), type(w).__name__)
