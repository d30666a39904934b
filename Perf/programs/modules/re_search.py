# Regex search over 1 MB of text: findall, finditer and search with groups.
import re

line = 'order 12345 from alice@example.com paid EUR 1,234.50 on 2024-03-15; ref=AB-99\n'
text = line * (1024 * 1024 // len(line))
emails = re.compile(r'[\w.]+@[\w.]+\.\w+')
dates = re.compile(r'(\d{4})-(\d{2})-(\d{2})')
amounts = re.compile(r'EUR ([\d,]+\.\d{2})')
print(len(text))
print(len(emails.findall(text)))
print(sum(1 for m in dates.finditer(text) if m.group(2) == '03'))
print(len(amounts.findall(text)))
print(re.search(r'ref=ZZ-\d+', text))
