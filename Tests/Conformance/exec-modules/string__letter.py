from string import Template, Formatter
# A rule that renders a payment reminder from a template stored in the policy.
LETTER = Template("""\
Dear ${title} ${last_name},

our records show an open balance of $$${amount} on invoice $invoice,
due on ${due}. Please pay within $days days.

Kind regards,
$sender""")
customers = [
    {"title": "Ms", "last_name": "Okafor", "amount": "1,250.00", "invoice": "INV-1001", "due": "2024-05-31", "days": 14},
    {"title": "Mr", "last_name": "Ng", "amount": "80.50", "invoice": "INV-1002", "due": "2024-06-07", "days": 7},
]
for c in customers:
    print(LETTER.substitute(c, sender="Accounts Receivable"))
    print("-" * 20)
print(sorted(LETTER.get_identifiers()))
missing = [name for name in LETTER.get_identifiers() if name not in customers[0]]
print("not in record:", missing)
print(LETTER.safe_substitute(title="Dr"))
f = Formatter()
subject = f.format("Reminder: {invoice} ({amount:>10}) for {last_name!r}", **customers[1])
print(subject)
print([field for _, field, _, _ in f.parse("{title} {last_name}: {amount}") if field])
