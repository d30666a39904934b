# expect: RS302
import operator
gen = (i for i in range(3))
result = operator.attrgetter('gi_frame.f_globals')(gen)
