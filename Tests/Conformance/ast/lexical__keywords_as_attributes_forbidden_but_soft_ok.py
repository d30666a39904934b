x.match
x.case
x.type
x._
match.case = 1
