"""CPython baseline for `Perf parse-throughput`: ast.parse over the files listed in LISTFILE.

    python3 parse_throughput.py LISTFILE PASSES

Reads every file into memory, parses each once to warm up, then times PASSES passes and prints one
JSON object: version, files, lines (newline bytes, counted as the .NET side counts them), failed
(files ast.parse rejects), seconds (best pass) and lines_per_second. Standard library only.
"""
import ast
import json
import platform
import sys
import time
import warnings


def parse_all(sources):
    failed = 0
    for path, src in sources:
        try:
            ast.parse(src, path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            failed += 1
    return failed


def main():
    list_file, passes = sys.argv[1], int(sys.argv[2])
    with open(list_file, encoding='utf-8') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    lines = sum(src.count(b'\n') for _, src in sources)
    warnings.simplefilter('ignore')
    failed = parse_all(sources)
    best = float('inf')
    for _ in range(passes):
        start = time.perf_counter()
        parse_all(sources)
        best = min(best, time.perf_counter() - start)
    print(json.dumps({
        'version': platform.python_version(),
        'files': len(sources),
        'lines': lines,
        'failed': failed,
        'seconds': best,
        'lines_per_second': lines / best,
    }))


if __name__ == '__main__':
    main()
