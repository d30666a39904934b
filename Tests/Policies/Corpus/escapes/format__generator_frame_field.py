# expect: RS304
gen = (i for i in range(3))
result = '{0.gi_frame.f_globals}'.format(gen)
