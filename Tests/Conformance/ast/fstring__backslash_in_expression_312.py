f'{"\n".join(lines)}'
f'{ord("\t")}'
f"{'\\'}"
