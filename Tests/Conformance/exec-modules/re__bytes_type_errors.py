import re

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("str pattern on bytes", lambda: re.search('a', b'abc'))
show("bytes pattern on str", lambda: re.search(rb'a', 'abc'))
show("compiled str", lambda: re.compile('a').match(b'a'))
show("compiled bytes", lambda: re.compile(rb'a').findall('a'))
show("split", lambda: re.split(rb',', 'a,b'))
show("sub str repl", lambda: re.sub(rb'\d', '#', b'a1b2'))
show("sub bytes repl", lambda: re.sub('a', b'x', 'abc'))
show("sub callable str", lambda: re.sub(rb'\d', lambda m: 'x', b'a1b2'))
show("sub callable bytes", lambda: re.sub(r'\d', lambda m: b'x', 'a1b2'))
show("sub no match", lambda: re.sub(rb'z', '#', b'abc'))
show("expand", lambda: re.match(rb'(a)', b'a').expand('\\1'))
show("bad escape", lambda: re.compile(rb'\u0041'))
show("bad escape U", lambda: re.compile(rb'\U00000041'))
show("unicode flag", lambda: re.compile(rb'a', re.UNICODE))
show("inline u", lambda: re.compile(rb'(?u)a'))
show("int subject", lambda: re.search(rb'a', 5))
show("none subject", lambda: re.match(rb'a', None))
show("locale str", lambda: re.compile('a', re.LOCALE))
show("bad pattern", lambda: re.compile(rb'(a'))
show("escape int", lambda: re.escape(5))
