'a' 'b'
'a' "b" '''c'''
b'a' b'b'
('a'
 'b'
 'c')
x = ('first '
     'second')
'a' r'\n' 'c'
