#!/usr/bin/env python3
"""Regenerates expectations of the exec conformance suites from CPython 3.12.

Stopgap until tools/regen_conformance.py lands: same format (see notes/common.md):
<case>.out always, <case>.err only when non-empty, <case>.exit only when non-zero.
Runs `python3 <case>.py` with the suite folder as the current directory. Caret lines are kept
in .err exactly as CPython prints them; the test runner ignores caret-only lines (see
tools/regen_conformance_notes.md).

usage: PYENV_VERSION=3.12.1 tools/regen_exec_cases.py [suite-dir...]   (default Tests/Conformance/exec)
"""
import os, subprocess, sys

def regen(suite):
    for name in sorted(os.listdir(suite)):
        if not name.endswith('.py'):
            continue
        case = name[:-3]
        p = subprocess.run([sys.executable, name], cwd=suite, capture_output=True, timeout=120,
                           env={**os.environ, 'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8'})
        out = p.stdout
        err = p.stderr.replace(os.path.abspath(os.path.join(suite, name)).encode(), name.encode())
        with open(os.path.join(suite, case + '.out'), 'wb') as f:
            f.write(out)
        for ext, data in (('.err', err), ('.exit', (str(p.returncode) + '\n').encode() if p.returncode else b'')):
            path = os.path.join(suite, case + ext)
            if data:
                with open(path, 'wb') as f:
                    f.write(data)
            elif os.path.exists(path):
                os.remove(path)

if __name__ == '__main__':
    if sys.version_info[:2] != (3, 12):
        sys.exit('needs CPython 3.12 (PYENV_VERSION=3.12.1)')
    for s in sys.argv[1:] or ['Tests/Conformance/exec']:
        regen(s)
