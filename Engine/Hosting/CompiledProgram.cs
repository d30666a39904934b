using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Hosting;

/// <summary>
/// A compiled Python program: parse and compile once, run many times. Immutable and safe to share
/// between threads and concurrent runs; every run gets fresh globals and its own meter.
/// </summary>
public sealed class CompiledProgram
{
    private CompiledProgram(CodeObject code, string filename)
    {
        Code = code;
        Filename = filename;
    }

    /// <summary>The module code.</summary>
    public CodeObject Code { get; }

    /// <summary>The file name used in tracebacks.</summary>
    public string Filename { get; }

    /// <summary>Parses and compiles <paramref name="source"/>.</summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python (or breaks a scoping rule).</exception>
    public static CompiledProgram Compile(string source, string filename = "<rule>")
    {
        ArgumentNullException.ThrowIfNull(source);
        var module = PythonParser.ParseModule(source, filename);
        return new CompiledProgram(PythonCompiler.CompileModule(module, filename, source), filename);
    }

    /// <summary>Compiles raw bytes (BOM and encoding declarations honoured, as CPython does).</summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python.</exception>
    public static CompiledProgram Compile(byte[] source, string filename)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = SourceDecoder.Decode(source, filename);
        var module = PythonParser.ParseModule(source, filename);
        return new CompiledProgram(PythonCompiler.CompileModule(module, filename, text), filename);
    }

    /// <summary>Runs the program on a fresh thread with its own stack; never throws for anything the program does.</summary>
    public ExecutionResult Run(RunOptions? options = null)
    {
        options ??= new RunOptions();
        ExecutionResult? result = null;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try { result = RunOnThisThread(options); }
            catch (Exception e) { crash = e; }
        }, options.ThreadStackBytes)
        {
            IsBackground = true,
            Name = "python-run",
        };
        thread.Start();
        thread.Join();
        if (crash is not null) throw new InvalidOperationException("internal interpreter error: " + crash.Message, crash);
        return result!;
    }

    /// <summary>Runs the program without blocking the caller.</summary>
    public Task<ExecutionResult> RunAsync(RunOptions? options = null)
        => Task.Factory.StartNew(() => Run(options), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs on the calling thread (the caller guarantees enough stack).</summary>
    public ExecutionResult RunOnThisThread(RunOptions options)
    {
        var capture = options.Stdout is null ? new StringWriter() : null;
        var vm = new Vm(options.Limits, options.Stdout ?? capture!, options.Cancellation);
        if (options.Modules is not null)
            foreach (var kv in options.Modules) vm.ModuleFactories[kv.Key] = kv.Value;
        ExecutionResult Make(Verdict v, object? value = null, PythonError? error = null, LimitKind? limit = null, string? message = null) => new()
        {
            Verdict = v,
            Value = value,
            Error = error,
            Limit = limit,
            Message = message,
            Stdout = capture?.ToString() ?? "",
            Metrics = new ExecutionMetrics(vm.FuelUsed, vm.Elapsed, vm.AllocatedBytes, vm.OutputBytes),
        };

        var globals = new PyDict();
        globals.Set("__name__", PyStr.From(options.ModuleName));
        globals.Set("__doc__", PyNone.Instance);
        try
        {
            if (options.InputJson is not null)
                foreach (var kv in ValueConverter.ParseInputJson(options.InputJson)) globals.Set(kv.Key, kv.Value);
            if (options.Inputs is not null)
                foreach (var kv in options.Inputs) globals.Set(kv.Key, ValueConverter.ToPython(kv.Value));
        }
        catch (HostValueException e)
        {
            return Make(Verdict.Invalid, message: e.Message);
        }

        using (vm.Enter())
        {
            try
            {
                vm.RunModule(Code, globals);
                PyObject? value;
                if (options.EntryPoint is { } entry)
                {
                    var fn = globals.Get(entry);
                    if (fn is null) return Make(Verdict.Invalid, message: $"entry point '{entry}' is not defined");
                    var args = (options.EntryArguments ?? Array.Empty<object?>()).Select(a => ValueConverter.ToPython(a)).ToArray();
                    value = vm.Call(fn, args, null);
                }
                else value = globals.Get("result");
                object? converted;
                try { converted = value is null ? null : ValueConverter.FromPython(value); }
                catch (HostValueException e) { return Make(Verdict.Invalid, message: e.Message); }
                return Make(Verdict.Ok, converted);
            }
            catch (PythonException e)
            {
                var exc = e.Value;
                string type = exc.Type.IsHeapType && Ops.ModuleOf(exc.Type) is not ("__main__" or "builtins")
                    ? Ops.ModuleOf(exc.Type) + "." + exc.Type.QualName
                    : exc.Type.IsHeapType ? exc.Type.QualName : exc.Type.Name;
                string message;
                try { message = Ops.Str(exc); }
                catch (Exception) { message = "<exception str() failed>"; }
                string tb;
                try { tb = TracebackFormatter.Format(exc); }
                catch (PythonException) { tb = type + ": " + message + "\n"; }
                return Make(Verdict.Error, error: new PythonError(type, message, tb));
            }
            catch (LimitExceededException e)
            {
                return Make(e.Kind == LimitKind.Time ? Verdict.Timeout : Verdict.Limit, limit: e.Kind, message: e.Message);
            }
            catch (HostValueException e)
            {
                return Make(Verdict.Invalid, message: e.Message);
            }
        }
    }
}
