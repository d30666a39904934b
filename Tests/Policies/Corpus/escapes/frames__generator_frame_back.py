# expect: RS302
gen = (i for i in range(3))
result = gen.gi_frame.f_back.f_globals
