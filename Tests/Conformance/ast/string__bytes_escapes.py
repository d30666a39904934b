b'\\ \' \" \a \b \f \n \r \t \v'
b'\0 \7 \12 \123 \x41 \xff \x00'
b'\u00e9 \N{x}'
b'a\
b'
