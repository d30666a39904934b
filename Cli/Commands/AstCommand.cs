using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Cli.Commands;

/// <summary><c>rulesandbox ast FILE</c>: the syntax tree as CPython 3.12's <c>ast.dump</c> prints it.</summary>
internal sealed class AstCommand : ICommand
{
    public string Name => "ast";

    public string Summary => "print a file's syntax tree as CPython's ast.dump does";

    public string Help => """
        usage: rulesandbox ast FILE

        Parses FILE as Python 3.12 and prints its syntax tree on one line, exactly as
        CPython 3.12's ast.dump(ast.parse(source)) prints it. FILE may be '-' for stdin.

        exit status:
          0  the file parsed
          1  a syntax error: 'FILE:LINE:COL: TYPE: MESSAGE' on stderr
          2  usage error or unreadable file
          70 internal error (a bug in RuleSandbox)

        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(Name).Parse(args);
        a.ExpectPositionals(1, "FILE");
        string path = a.Positionals[0];
        byte[] bytes = SourceFiles.Read(path, Name);
        try
        {
            var module = PythonParser.ParseModule(bytes, path);
            stdout.WriteLine(module.Dump());
            return ExitCodes.Ok;
        }
        catch (PythonSyntaxError e)
        {
            stderr.WriteLine(e.ToCompilerString());
            return ExitCodes.Failure;
        }
    }
}
