#!/usr/bin/env python3
"""Regenerates conformance expectations from CPython 3.12 (dev machines only).

    PYENV_VERSION=3.12.1 python3 tools/regen_conformance.py [SUITE...]

Without arguments every suite under Tests/Conformance/ is regenerated. Files whose name starts
with '_' are helper modules that cases import, not cases. For each CASE.py it writes
CASE.out (stdout, always), CASE.err (stderr, only when not empty) and CASE.exit (exit status, only
when not zero), removing stale .err/.exit files.

How a suite is run depends on the command its folder is named after (the name up to the first '-'):
- ast: emulates `rulesandbox ast CASE.py` - the source bytes are compiled with
  compile(src, 'CASE.py', 'exec', dont_inherit=True) to get CPython's full compile-time verdict
  ('return' outside function is an error there, not in ast.parse); on success stdout is
  ast.dump(ast.parse(src)) and a newline; on SyntaxError stderr is
  'CASE.py:LINE:OFFSET: TYPE: MSG' and a newline, exit 1. CPython leaves LINE and OFFSET None for a
  few errors (null bytes in the source, unknown encodings: offset -1); those are written as 0, -1 is
  written as is. Warnings (SyntaxWarning for an
  invalid escape, 'is' with a literal) are ignored: `rulesandbox ast` prints none.
- exec: runs `python3 CASE.py` (this same interpreter) in the suite folder and captures stdout,
  stderr and exit status; the absolute paths CPython prints in tracebacks become relative to the
  suite folder ('CASE.py'). Caret lines stay as CPython prints them: the fixture ignores lines made
  only of '^' and '~' in the stderr of exec suites.
"""
import ast
import os
import subprocess
import sys
import warnings

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Tests', 'Conformance'))


def run_ast(path, name):
    with open(path, 'rb') as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(src, name, 'exec', dont_inherit=True)
            return ast.dump(ast.parse(src)) + '\n', '', 0
        except SyntaxError as e:
            line = 0 if e.lineno is None else e.lineno
            offset = 0 if e.offset is None else e.offset
            return '', f'{name}:{line}:{offset}: {type(e).__name__}: {e.msg}\n', 1
        except (RecursionError, MemoryError, ValueError) as e:
            # CPython's verdict here is not a SyntaxError (or ast.dump itself fails: an int literal
            # of more than 4300 decimal digits written in hex), so there is nothing `rulesandbox ast`
            # could be compared with: such inputs belong in the fuzz tests, not in a suite.
            sys.exit(f'regen_conformance: {path}: CPython raises {type(e).__name__} ({e}); not a conformance case')


def run_exec(path, name):
    folder = os.path.dirname(path)
    env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1', PYTHONHASHSEED='0')
    env.pop('PYTHONPATH', None)
    # Caret lines ('^^^^', '~~^~~') are kept as CPython prints them; the fixture ignores lines made
    # only of them when it compares stderr of exec suites (they are optional for us).
    p = subprocess.run([sys.executable, '-X', 'utf8', name], cwd=folder, env=env,
                       capture_output=True, timeout=120)
    out = p.stdout.decode('utf-8', 'surrogateescape')
    err = p.stderr.decode('utf-8', 'surrogateescape')
    # Every file of the suite folder (the case and the '_helper.py' modules it imports) is named
    # relative to it, as `rulesandbox exec` run in that folder names them.
    err = err.replace(folder + os.sep, '')
    return out, err, p.returncode


RUNNERS = {'ast': run_ast, 'exec': run_exec}


def write(path, text):
    with open(path, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
        f.write(text)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def regen(suite):
    folder = os.path.join(ROOT, suite)
    command = suite.split('-')[0]
    runner = RUNNERS.get(command)
    if runner is None:
        sys.exit(f'regen_conformance: no runner for command {command!r} (suite {suite})')
    counts = {'cases': 0, 'failing': 0}
    for file in sorted(os.listdir(folder)):
        if not file.endswith('.py') or file.startswith('_'):
            continue  # '_helper.py' files are modules that cases import, not cases
        name = file
        base = os.path.join(folder, file[:-3])
        out, err, status = runner(os.path.join(folder, file), name)
        write(base + '.out', out)
        if err:
            write(base + '.err', err)
        else:
            remove(base + '.err')
        if status:
            write(base + '.exit', f'{status}\n')
            counts['failing'] += 1
        else:
            remove(base + '.exit')
        counts['cases'] += 1
    print(f'{suite}: {counts["cases"]} cases, {counts["failing"]} with a non-zero exit')


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit('regen_conformance: needs CPython 3.12 (PYENV_VERSION=3.12.1 python3 tools/regen_conformance.py)')
    suites = argv or sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)))
    for suite in suites:
        if not os.path.isdir(os.path.join(ROOT, suite)):
            sys.exit(f'regen_conformance: no suite {suite!r} under {ROOT}')
        regen(suite)


if __name__ == '__main__':
    main(sys.argv[1:])
