'it\'s'
"it's"
'both \' and "'
"\\"
'\x7f \x80 \xa0 \xad'
'\r\n'
