import textwrap
# A rule that formats a decision letter for a fixed-width statement printer.
decision = {
    "customer": "Maria Gonzalez",
    "reasons": [
        "Your declared annual income is below the minimum required for the requested credit line.",
        "The loan-to-value ratio of the property exceeds our policy limit of 80 percent.",
    ],
    "note": "You may re-apply after 90 days. Contact support@example.com for details.",
}
WIDTH = 36
lines = [f"Dear {decision['customer']},", ""]
lines += textwrap.wrap("We have reviewed your application and are unable to approve it for the following reasons:", WIDTH)
for i, r in enumerate(decision["reasons"], 1):
    lines += textwrap.wrap(r, WIDTH, initial_indent=f"{i}. ", subsequent_indent="   ")
lines.append("")
lines += textwrap.wrap(decision["note"], WIDTH)
box = "+" + "-" * (WIDTH + 2) + "+"
print(box)
for line in lines:
    print(f"| {line:<{WIDTH}} |")
print(box)
print(textwrap.shorten(" ".join(decision["reasons"]), 60))
