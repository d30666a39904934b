'a'
"a"
'''a'''
"""a"""
'it\'s'
"say \"hi\""
'"'
"'"
'''it's "quoted" '''
