#!/usr/bin/env python3
"""Compares our parser with CPython 3.12 over CPython 3.12's whole standard library.

    PYENV_VERSION=3.12.1 python3 tools/compare_stdlib.py [--refresh] [--stdlib DIR]

For every .py file under the standard library (tests included, site-packages excluded) it keeps the
files CPython itself compiles (the others are counted as skipped), writes ast.dump(ast.parse(src))
for each into out/stdlib-compare/expected/, then runs OUR parser over all of them in one process:

    dotnet run -c Release --project Perf -- parse-compare LISTFILE EXPECTED_DIR

which prints the first mismatches with context and ends with `N identical / M files (K skipped)`.
The expected dumps are cached in out/stdlib-compare/ (keyed by the stdlib path and the Python
version); --refresh rebuilds them. Exit status: 0 when every file is identical, 1 otherwise.
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import warnings

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OUT = os.path.join(REPO, 'out', 'stdlib-compare')


def stdlib_files(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages' and d != '__pycache__')
        for f in sorted(files):
            if f.endswith('.py'):
                yield os.path.join(folder, f)


def build_expectations(root, list_file, expected_dir):
    os.makedirs(expected_dir, exist_ok=True)
    kept, skipped = [], 0
    warnings.simplefilter('ignore')
    for i, path in enumerate(stdlib_files(root)):
        with open(path, 'rb') as f:
            src = f.read()
        try:
            # compile() gives CPython's whole compile-time verdict, the one `rulesandbox ast` emulates.
            compile(src, path, 'exec', dont_inherit=True)
            dump = ast.dump(ast.parse(src))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            skipped += 1
            continue
        name = f'{i:05d}.txt'
        with open(os.path.join(expected_dir, name), 'w', encoding='utf-8', errors='surrogatepass', newline='') as f:
            f.write(dump + '\n')
        kept.append((path, name))
    with open(list_file, 'w', encoding='utf-8') as f:
        f.write(f'# stdlib: {root}\n# python: {sys.version.split()[0]}\n# skipped: {skipped}\n')
        for path, name in kept:
            f.write(f'{path}\t{name}\n')
    print(f'compare_stdlib: {len(kept)} files CPython compiles, {skipped} skipped', file=sys.stderr)


def cached_header(list_file):
    try:
        with open(list_file, encoding='utf-8') as f:
            return [next(f).strip(), next(f).strip()]
    except (OSError, StopIteration):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--refresh', action='store_true', help='rebuild the cached CPython dumps')
    ap.add_argument('--stdlib', help='standard library directory (default: this Python\'s)')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit('compare_stdlib: needs CPython 3.12 (PYENV_VERSION=3.12.1 python3 tools/compare_stdlib.py)')
    root = os.path.abspath(args.stdlib or sysconfig.get_paths()['stdlib'])
    list_file = os.path.join(OUT, 'files.txt')
    expected_dir = os.path.join(OUT, 'expected')
    header = [f'# stdlib: {root}', f'# python: {sys.version.split()[0]}']
    if args.refresh or cached_header(list_file) != header:
        if os.path.isdir(expected_dir):
            for f in os.listdir(expected_dir):
                os.remove(os.path.join(expected_dir, f))
        os.makedirs(OUT, exist_ok=True)
        build_expectations(root, list_file, expected_dir)
    cmd = ['dotnet', 'run', '-c', 'Release', '--project', os.path.join(REPO, 'Perf'), '--',
           'parse-compare', list_file, expected_dir]
    sys.exit(subprocess.call(cmd, cwd=REPO))


if __name__ == '__main__':
    main()
