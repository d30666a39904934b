using System.Text;
using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Cli.Commands;

// The engine's verdict, not the sandbox facade's RuleSandbox.Verdict (an alias inside the namespace wins).
using Verdict = RuleSandbox.Engine.Hosting.Verdict;

/// <summary><c>rulesandbox exec FILE</c>: runs a Python file as <c>__main__</c> with generous limits.</summary>
internal sealed class ExecCommand : ICommand
{
    public string Name => "exec";

    public string Summary => "run a Python file with the sandboxed interpreter";

    public string Help => """
        usage: rulesandbox exec FILE

        Runs FILE as __main__ with RuleSandbox's Python 3.12 interpreter under generous
        limits (fuel, 5 minutes, 2 GiB, recursion depth 1000, 1 GiB of output). The
        program's output goes to stdout exactly as CPython would print it. FILE may be
        '-' for stdin.

        exit status:
          0  the program finished (or raised SystemExit with code 0/None)
          1  an uncaught exception (traceback on stderr) or a syntax error
          2  usage error or unreadable file
          3  a limit ended the program (one line naming it on stderr)

        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(Name).Parse(args);
        a.ExpectPositionals(1, "FILE");
        string path = a.Positionals[0];
        byte[] bytes = SourceFiles.Read(path, Name);
        string filename = path == "-" ? "<stdin>" : path;
        CompiledProgram program;
        try
        {
            program = CompiledProgram.Compile(bytes, filename);
        }
        catch (PythonSyntaxError e)
        {
            stderr.Write(TracebackFormatter.FormatSyntaxError(e));
            return ExitCodes.Failure;
        }

        // Console.Out flushes on every write; buffer it for programs that print a lot.
        bool ownWriter = ReferenceEquals(stdout, Console.Out);
        var output = ownWriter ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false } : stdout;
        ExecutionResult result;
        try
        {
            result = program.Run(new RunOptions { Limits = ExecutionLimits.Generous, Stdout = output, ModuleName = "__main__", Modules = Engine.Modules.NativeModules.All });
        }
        catch (InvalidOperationException e)
        {
            // A bug in the interpreter, not in the program: one line, no .NET stack dump.
            output.Flush();
            stderr.WriteLine($"rulesandbox: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            output.Flush();
            if (ownWriter) output.Dispose();
        }
        switch (result.Verdict)
        {
            case Verdict.Ok:
                return ExitCodes.Ok;
            case Verdict.Error when result.Error!.Type == "SystemExit":
            {
                var msg = result.Error.Message;
                if (msg.Length == 0 || msg == "None") return ExitCodes.Ok;
                if (int.TryParse(msg, out var code)) return code;
                stderr.WriteLine(msg);
                return ExitCodes.Failure;
            }
            case Verdict.Error:
                stderr.Write(result.Error!.Traceback);
                return ExitCodes.Failure;
            case Verdict.Limit or Verdict.Timeout:
                stderr.WriteLine($"rulesandbox: {result.Message}");
                return ExitCodes.Limit;
            default:
                stderr.WriteLine($"rulesandbox: {result.Message}");
                return ExitCodes.Failure;
        }
    }
}
