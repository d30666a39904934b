a + b * c - d / e // f % g @ h
a ** b ** c
-a ** b
a << b >> c & d ^ e | f
(a + b) * c
~a + -b - +c
