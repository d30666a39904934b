r'\n \t \\ \''
r"\d+\.\d*"
rb'\x00\n'
r'''\
'''
R'\N{DASH}'
