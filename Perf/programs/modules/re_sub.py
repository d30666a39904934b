# Regex substitution over 1 MB of text: a template replacement and a callable.
import re

line = 'order 12345 from alice@example.com paid EUR 1,234.50 on 2024-03-15; ref=AB-99\n'
text = line * (1024 * 1024 // len(line))
masked = re.sub(r'[\w.]+@([\w.]+\.\w+)', r'***@\1', text)
print(len(masked), masked[:60])
iso = re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', text)
print(len(iso), iso[60:90])
out, n = re.subn(r'\d+', lambda m: str(len(m.group())), text[:200000])
print(n, out[:40])
