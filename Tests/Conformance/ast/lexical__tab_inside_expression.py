x	=	1
f(a,	b)
	# indented comment with a tab
