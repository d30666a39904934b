(a)
((a))
(a, b)
((a, b),)
(yield_)
(a)(b)
(a).b
(a)[b]
