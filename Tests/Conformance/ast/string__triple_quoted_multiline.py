"""line 1
line 2
    indented
	tab"""
'''a


b'''
x = """\
continued"""
