'\\ \' \" \a \b \f \n \r \t \v'
'\0 \7 \12 \123 \777 \x41 \x7f \xff'
'\u00e9 \u20ac \U0001F600 \U00000041'
'\N{LATIN SMALL LETTER E WITH ACUTE} \N{EM DASH} \N{BULLET}'
'line one\
line two'
