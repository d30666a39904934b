using System.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Syntax;

/// <summary>
/// Feeds random, mutated and pathological source to the parser: the only exception allowed out is
/// <see cref="PythonSyntaxError"/>, and every input is answered within <see cref="TimeLimit"/>.
/// Every tree the parser accepts is also dumped, as <c>rulesandbox ast</c> would.
/// </summary>
/// <remarks>
/// Everything is deterministic (fixed seeds), so a failure names an input that fails again. Each
/// parse runs on its own thread with the default stack size, the size a host's worker thread has:
/// the parser must bound its depth itself. A .NET stack overflow cannot be caught and ends the
/// whole test process; if that happens, the last test started names the input.
/// </remarks>
public sealed class ParserFuzzTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    private static readonly string[] Tokens =
    {
        "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "def", "class", "return",
        "yield", "from", "import", "as", "with", "try", "except", "except*", "finally", "raise", "lambda",
        "global", "nonlocal", "del", "pass", "break", "continue", "assert", "async", "await", "match",
        "case", "type", "None", "True", "False", "_", "x", "y", "self", "é", "print",
        "0", "1", "0x1F", "0b1", "0o7", "1.5", "1e10", "2j", "1_000", "09", "0_", "1__2",
        "'s'", "\"s\"", "'''t'''", "b'b'", "rb'\\d'", "f'{x}'", "f'{x!r:>{w}}'", "f'{x=}'", "f'", "'", "\"\"\"",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "->", "@", "*", "**", "/", "//",
        "%", "+", "-", "~", "<", ">", "==", "!=", "<=", ">=", "<<", ">>", "&", "|", "^", "+=", "**=", "!",
        "\\", "\\\n", "#c", "\n", "\n", "\n    ", "\n\t", "\n  ", "\r\n", "$", "?", "`", "\0",
    };

    private static readonly string[] Insertions =
    {
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\n", "\t", " ", "    ", "\\", "f'{", "}", ":",
        "#", "\r", "\0", "\u00a0", "\ud800", "=", "*", ",", "@", "lambda", "async ", "await ", "\x0c",
    };

    /// <summary>Parses on a fresh thread; returns the exception that came out, or null.</summary>
    private static Exception? ParseWithin(Func<object> parse, string describe)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try { parse(); }
            catch (Exception e) { caught = e; }
        }) { IsBackground = true, Name = "parser-fuzz" };
        thread.Start();
        if (!thread.Join(TimeLimit))
            Assert.Fail($"the parser took more than {TimeLimit.TotalSeconds} s on {describe}");
        return caught;
    }

    private static void AssertOnlySyntaxErrors(string source, string describe)
    {
        // Dump() too: `rulesandbox ast` prints every tree the parser accepts, so a tree too deep
        // to print is as bad as one too deep to parse.
        var e = ParseWithin(() => PythonParser.ParseModule(source, "fuzz.py").Dump(), describe);
        AssertIsSyntaxError(e, source, describe);
    }

    private static void AssertOnlySyntaxErrors(byte[] source, string describe)
    {
        var e = ParseWithin(() => PythonParser.ParseModule(source, "fuzz.py").Dump(), describe);
        AssertIsSyntaxError(e, Encoding.UTF8.GetString(source), describe);
    }

    private static void AssertIsSyntaxError(Exception? e, string source, string describe)
    {
        if (e is null) return;
        if (e is not PythonSyntaxError se)
        {
            Assert.Fail($"{e.GetType().Name} (not PythonSyntaxError) on {describe}: {Show(source)}\n{e}");
            return;
        }
        Assert.That(se.ErrorType, Is.AnyOf("SyntaxError", "IndentationError", "TabError"), describe);
        Assert.That(se.Message, Is.Not.Empty, describe);
        Assert.That(se.Filename, Is.EqualTo("fuzz.py"), describe);
    }

    /// <summary>The input with control characters escaped, cut to a readable length.</summary>
    private static string Show(string s)
    {
        var b = new StringBuilder("\"");
        foreach (char c in s.Length > 300 ? s[..300] : s)
        {
            if (c == '\n') b.Append("\\n");
            else if (c == '"') b.Append("\\\"");
            else if (c < ' ' || char.IsSurrogate(c) || c == '\u00a0') b.Append($"\\u{(int)c:x4}");
            else b.Append(c);
        }
        b.Append(s.Length > 300 ? $"...\" ({s.Length} chars)" : "\"");
        return b.ToString();
    }

    /// <summary>Valid and invalid programs to mutate: the conformance cases, plus a few built in.</summary>
    private static List<string> Corpus()
    {
        var corpus = new List<string>
        {
            "def f(a, b=1, *c, d, **e):\n    return [x async for x in g() if (y := x)]\n",
            "match p:\n    case Point(x=0, y=[a, *rest]) | {'k': _} if a:\n        pass\n",
            "x = f'{a!r:>{w}} {b=} {f\"{c}\"}'\ntype L[T: int, *Ts, **P] = list[T]\n",
            "class C(B, metaclass=M):\n\t@d\n\tasync def m(self) -> None:\n\t\tawait x\n",
            "try:\n    pass\nexcept* E as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]\n",
        };
        string root = Path.Combine(AppContext.BaseDirectory, "Conformance");
        foreach (string suite in new[] { "ast", "ast-errors" })
        {
            string dir = Path.Combine(root, suite);
            if (!Directory.Exists(dir)) continue;
            foreach (string f in Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal))
            {
                string text = File.ReadAllText(f);
                if (text.Length <= 4000) corpus.Add(text);
            }
        }
        return corpus;
    }

    public static IEnumerable<int> Seeds() => Enumerable.Range(1, 10);

    [TestCaseSource(nameof(Seeds))]
    public void RandomTokenSoupGivesOnlySyntaxErrors(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 150; i++)
        {
            var b = new StringBuilder();
            int count = random.Next(1, 40);
            for (int t = 0; t < count; t++)
            {
                b.Append(Tokens[random.Next(Tokens.Length)]);
                if (random.Next(3) > 0) b.Append(' ');
            }
            AssertOnlySyntaxErrors(b.ToString(), $"token soup seed {seed} #{i}");
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void MutatedProgramsGiveOnlySyntaxErrors(int seed)
    {
        var corpus = Corpus();
        var random = new Random(1000 + seed);
        for (int i = 0; i < 300; i++)
        {
            string source = corpus[random.Next(corpus.Count)];
            int edits = random.Next(1, 4);
            for (int k = 0; k < edits; k++) source = Mutate(source, random);
            AssertOnlySyntaxErrors(source, $"mutation seed {seed} #{i}");
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void MutatedBytesGiveOnlySyntaxErrors(int seed)
    {
        var corpus = Corpus();
        var random = new Random(2000 + seed);
        for (int i = 0; i < 100; i++)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(corpus[random.Next(corpus.Count)]);
            if (bytes.Length == 0) continue;
            // Byte-level damage: stray high bytes, cut multi-byte sequences, a BOM or a coding line.
            int at = random.Next(bytes.Length);
            bytes = random.Next(4) switch
            {
                0 => bytes.Take(at).Append((byte)random.Next(0x80, 0x100)).Concat(bytes.Skip(at)).ToArray(),
                1 => bytes.Take(at).Concat(bytes.Skip(at + 1)).ToArray(),
                2 => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray(),
                _ => Encoding.ASCII.GetBytes("# coding: latin-1\n").Concat(bytes).ToArray(),
            };
            AssertOnlySyntaxErrors(bytes, $"byte mutation seed {seed} #{i}");
        }
    }

    private static string Mutate(string s, Random random)
    {
        if (s.Length == 0) return Insertions[random.Next(Insertions.Length)];
        int at = random.Next(s.Length);
        switch (random.Next(5))
        {
            case 0: // delete a few characters
                return s.Remove(at, Math.Min(s.Length - at, random.Next(1, 4)));
            case 1: // duplicate a slice
                int len = Math.Min(s.Length - at, random.Next(1, 20));
                return s.Insert(at, s.Substring(at, len));
            case 2: // swap two neighbours
                if (at + 1 >= s.Length) return s;
                var chars = s.ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 3: // insert a bracket, quote, indent or other troublemaker
                return s.Insert(at, Insertions[random.Next(Insertions.Length)]);
            default: // cut the program short, often inside a string or bracket
                return s[..at];
        }
    }

    public static IEnumerable<TestCaseData> Pathological()
    {
        static TestCaseData Case(string name, Func<string> make) => new TestCaseData(make).SetName($"PathologicalInputGivesOnlySyntaxErrors({name})");
        yield return Case("100000 nested parens", () => "x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + "\n");
        yield return Case("100000 unclosed parens", () => new string('(', 100_000));
        yield return Case("100000 nested brackets", () => "x = " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        yield return Case("100000 nested braces", () => "x = " + new string('{', 100_000) + new string('}', 100_000) + "\n");
        yield return Case("100000 unary minus", () => "x = " + new string('-', 100_000) + "1\n");
        yield return Case("100000 unary not", () => "x = " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "1\n");
        yield return Case("100000 tilde and plus", () => "x = " + string.Concat(Enumerable.Repeat("~+", 50_000)) + "1\n");
        yield return Case("100000 power chain", () => "x = 2" + string.Concat(Enumerable.Repeat(" ** 2", 100_000)) + "\n");
        yield return Case("100000 lambdas", () => "f = " + string.Concat(Enumerable.Repeat("lambda: ", 100_000)) + "0\n");
        yield return Case("100000 conditional expressions", () => "x = 1" + string.Concat(Enumerable.Repeat(" if a else 1", 100_000)) + "\n");
        yield return Case("100000 await", () => "async def f():\n    x = " + string.Concat(Enumerable.Repeat("await ", 100_000)) + "y\n");
        yield return Case("100000 subscripts", () => "x = a" + string.Concat(Enumerable.Repeat("[0]", 100_000)) + "\n");
        yield return Case("100000 calls", () => "x = f" + string.Concat(Enumerable.Repeat("()", 100_000)) + "\n");
        yield return Case("100000 attribute chain", () => "x = a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + "\n");
        yield return Case("100000 starred", () => "x = [" + new string('*', 100_000) + "a]\n");
        yield return Case("10000 nested if blocks", () => string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 10_000) + "pass\n");
        yield return Case("10000 nested defs with tabs", () => string.Concat(Enumerable.Range(0, 10_000).Select(i => new string('\t', i) + "def f():\n")) + new string('\t', 10_000) + "pass\n");
        yield return Case("200 nested f-strings", () => Nest(200, "f'{", "}'"));
        yield return Case("10000 nested f-strings", () => Nest(10_000, "f'{", "}'"));
        yield return Case("10000 nested f-string format specs", () => "f'{x:" + Nest(10_000, "{x:", "}") + "}'\n");
        yield return Case("10000 unclosed f-strings", () => string.Concat(Enumerable.Repeat("f'{", 10_000)));
        yield return Case("10000 nested match patterns", () => "match x:\n    case " + new string('[', 10_000) + "a" + new string(']', 10_000) + ":\n        pass\n");
        yield return Case("10000 nested class patterns", () => "match x:\n    case " + string.Concat(Enumerable.Repeat("C(", 10_000)) + new string(')', 10_000) + ":\n        pass\n");
        yield return Case("10000 nested comprehensions", () => "x = " + Nest(10_000, "[a for a in ", "]"));
        yield return Case("10000 nested lambda defaults", () => "f = " + Nest(10_000, "lambda a=", ": a"));
        yield return Case("10000 nested walruses", () => "x = " + Nest(10_000, "(a := ", ")"));
        yield return Case("10000 nested dict displays", () => "x = " + Nest(10_000, "{1: ", "}"));
        yield return Case("10000 decorators", () => string.Concat(Enumerable.Repeat("@d\n", 10_000)) + "def f(): pass\n");
        yield return Case("1 MB line of additions", () => "x = 1" + string.Concat(Enumerable.Repeat(" + 1", 250_000)) + "\n");
        // Inputs whose trees are large are kept to a few hundred KB: printing a 20 MB dump takes
        // CPython itself seconds, and the time limit is about hangs, not throughput.
        yield return Case("300 KB list on one line", () => "x = [" + string.Concat(Enumerable.Repeat("1, ", 100_000)) + "]\n");
        yield return Case("1 MB string literal", () => "x = '" + new string('a', 1_000_000) + "'\n");
        yield return Case("1 MB identifier", () => new string('a', 1_000_000) + " = 1\n");
        yield return Case("1 MB number", () => "x = " + new string('9', 1_000_000) + "\n");
        yield return Case("200 KB of semicolons", () => string.Concat(Enumerable.Repeat("x;", 100_000)) + "\n");
        yield return Case("1 MB comment", () => "#" + new string('c', 1_000_000) + "\nx = 1\n");
        yield return Case("1 MB unterminated triple-quoted string", () => "x = '''" + new string('\n', 1_000_000));
        yield return Case("100000 line continuations", () => "x = 1" + string.Concat(Enumerable.Repeat(" \\\n", 100_000)) + "\n");
        yield return Case("100000 blank lines and dedents", () => string.Concat(Enumerable.Repeat("if x:\n    y\n\n", 30_000)));
        yield return Case("NUL bytes", () => "x = 1\0\ny = '\0'\n\0");
        yield return Case("only NUL", () => "\0");
        yield return Case("NUL in f-string", () => "f'{\0}'\n");
        yield return Case("lone high surrogate in string", () => "x = '\ud800'\n");
        yield return Case("lone low surrogate in identifier", () => "a\udc00b = 1\n");
        yield return Case("lone surrogate in f-string", () => "f'{\ud800}'\n");
        yield return Case("lone surrogate in comment", () => "# \udfff\nx = 1\n");
        yield return Case("surrogate at end of input", () => "x = 1\n\ud83d");
        yield return Case("empty", () => "");
        yield return Case("only whitespace and continuations", () => " \t\x0c\\\n\\\n");
        yield return Case("only indentation", () => "    ");
        yield return Case("form feeds and tabs mixed", () => "if x:\n\x0c\t  \x0c y\n \t\x0cz\n");
        yield return Case("every ASCII character as a statement", () => string.Concat(Enumerable.Range(0, 128).Select(c => (char)c + "\n")));
        yield return Case("every ASCII character in an f-string", () => string.Concat(Enumerable.Range(0, 128).Select(c => "f'{" + (char)c + "}'\n")));
        yield return Case("every BMP non-surrogate 64th char as identifier", () => string.Concat(Enumerable.Range(0, 0xFFFF / 64).Select(i => (char)(i * 64)).Where(c => !char.IsSurrogate(c)).Select(c => c + " = 1\n")));
    }

    private static string Nest(int depth, string open, string close)
    {
        var b = new StringBuilder(depth * (open.Length + close.Length) + 1);
        for (int i = 0; i < depth; i++) b.Append(open);
        b.Append('x');
        for (int i = 0; i < depth; i++) b.Append(close);
        return b.Append('\n').ToString();
    }

    [TestCaseSource(nameof(Pathological))]
    public void PathologicalInputGivesOnlySyntaxErrors(Func<string> make)
    {
        string source = make();
        AssertOnlySyntaxErrors(source, "a pathological input");
    }

    public static IEnumerable<int> AsciiCodes() => Enumerable.Range(0, 128);

    [TestCaseSource(nameof(AsciiCodes))]
    public void EveryAsciiCharacterInEveryPositionGivesOnlySyntaxErrors(int code)
    {
        string c = ((char)code).ToString();
        string[] templates =
        {
            "{0}", "x = {0}\n", "x{0}y\n", "if x{0}:\n    pass\n", "'{0}'\n", "f'{{{0}}}'\n", "f'{{x:{0}}}'\n",
            "f'{{x!{0}}}'\n", "b'{0}'\n", "'''{0}'''\n", "def f({0}): pass\n", "match x:\n    case {0}:\n        pass\n",
            "x = 1{0}\n", "x = 0x{0}\n", "x = 1e{0}\n", "if x:\n{0}pass\n", "\\{0}", "# {0}\n",
        };
        foreach (string t in templates)
        {
            string source = string.Format(System.Globalization.CultureInfo.InvariantCulture, t, c);
            AssertOnlySyntaxErrors(source, $"ASCII {code} in template {Show(t)}");
            AssertOnlySyntaxErrors(Encoding.UTF8.GetBytes(source), $"ASCII {code} as bytes in template {Show(t)}");
        }
    }

    public static IEnumerable<TestCaseData> PathologicalBytes()
    {
        static TestCaseData Case(string name, byte[] bytes) => new TestCaseData(bytes).SetName($"PathologicalBytesGiveOnlySyntaxErrors({name})");
        yield return Case("encoded surrogate", new byte[] { (byte)'x', (byte)'=', (byte)'\'', 0xED, 0xA0, 0x80, (byte)'\'' });
        yield return Case("overlong encoding", new byte[] { (byte)'x', 0xC0, 0xAF });
        yield return Case("truncated sequence at end", new byte[] { (byte)'x', (byte)'=', 0xE2, 0x82 });
        yield return Case("lone continuation bytes", new byte[] { 0x80, 0x80, 0x80 });
        yield return Case("NUL bytes", new byte[] { (byte)'x', 0, (byte)'\n', 0 });
        yield return Case("BOM only", new byte[] { 0xEF, 0xBB, 0xBF });
        yield return Case("double BOM", new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'x' });
        yield return Case("UTF-16 BOM", new byte[] { 0xFF, 0xFE, (byte)'x', 0 });
        yield return Case("unknown coding", Encoding.ASCII.GetBytes("# coding: no-such-codec\nx = 1\n"));
        yield return Case("coding with BOM mismatch", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("# coding: latin-1\n")).ToArray());
        yield return Case("coding on third line", Encoding.ASCII.GetBytes("\n\n# coding: latin-1\nx = '\xe9'\n"));
        yield return Case("utf-16 coding declaration", Encoding.ASCII.GetBytes("# coding: utf-16\nx = 1\n"));
        yield return Case("all byte values", Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        yield return Case("latin-1 declared, all high bytes", Encoding.ASCII.GetBytes("# -*- coding: latin-1 -*-\nx = '").Concat(Enumerable.Range(0x80, 0x80).Select(i => (byte)i)).Append((byte)'\'').ToArray());
        yield return Case("1 MB of 0xFF", Enumerable.Repeat((byte)0xFF, 1_000_000).ToArray());
    }

    [TestCaseSource(nameof(PathologicalBytes))]
    public void PathologicalBytesGiveOnlySyntaxErrors(byte[] source)
        => AssertOnlySyntaxErrors(source, "pathological bytes");
}
