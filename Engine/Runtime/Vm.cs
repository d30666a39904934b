using System.Diagnostics;
using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// One execution: the interpreter state and its meter. A Vm runs on one thread at a time; the
/// thread it runs on sees it as <see cref="Current"/>.
/// </summary>
/// <remarks>
/// Metering follows CPython's eval breaker: the loop decrements one budget counter per instruction
/// and builtins subtract the work they do. When the budget reaches zero, <see cref="Poll"/> folds
/// every slow check (fuel, deadline, cancellation, process heap) into one place and refills the
/// budget for at most <see cref="PollInterval"/> more instructions.
/// </remarks>
public sealed partial class Vm
{
    [ThreadStatic] private static Vm? t_current;

    private const long PollInterval = 2048;

    private long _budget;
    private long _budgetGranted;
    private long _fuelUsed;
    private long _allocated;
    private long _allocatedBeforeEnter; // bytes this execution allocated on threads it has left
    private long _enterAllocated;       // the thread's allocation counter when the scope began
    private long _outputBytes;
    private readonly Stopwatch _clock = new();
    private readonly CancellationToken _cancel;
    private int _depth;
    private int _nesting;
    private readonly HashSet<PyObject> _reprStack = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionalWeakTable<PyObject, StrongBox<long>> _ids = new();
    private long _nextId = 0x7f0000001000;

    /// <summary>A VM with its limits, output writer and builtins.</summary>
    public Vm(ExecutionLimits limits, TextWriter stdout, CancellationToken cancel = default)
    {
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        Stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        _cancel = cancel;
        Builtins = Runtime.Builtins.CreateModuleDict();
        _budget = _budgetGranted = Math.Min(PollInterval, limits.MaxFuel);
    }

    /// <summary>The execution running on this thread, if any.</summary>
    public static Vm? Current => t_current;

    /// <summary>The limits.</summary>
    public ExecutionLimits Limits { get; }

    /// <summary>Where <c>print</c> writes.</summary>
    public TextWriter Stdout { get; }

    /// <summary>The builtins namespace.</summary>
    public PyDict Builtins { get; }

    /// <summary>Fuel consumed so far.</summary>
    public long FuelUsed => _fuelUsed + (_budgetGranted - _budget);

    /// <summary>Tracked bytes allocated so far.</summary>
    public long AllocatedBytes => _allocated;

    /// <summary>Characters printed so far.</summary>
    public long OutputBytes => _outputBytes;

    /// <summary>Elapsed run time.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The innermost frame of the running code (for super() and tracebacks).</summary>
    internal Frame? CurrentFrame;

    /// <summary>The exception being handled (<c>sys.exc_info()</c>).</summary>
    internal PyBaseException? HandledException;

    /// <summary>Native modules available to <c>import</c>, by name (created on first import).</summary>
    public Dictionary<string, Func<PyModule>> ModuleFactories { get; } = new(StringComparer.Ordinal);

    internal readonly Dictionary<string, PyModule> Modules = new(StringComparer.Ordinal);

    /// <summary>Makes this VM current on the calling thread for the duration of the returned scope.</summary>
    public IDisposable Enter()
    {
        var previous = t_current;
        t_current = this;
        Text.TextLimits.MaxResultLength = Math.Max(1, Limits.MaxMemoryBytes / 2);
        _clock.Start();
        _enterAllocated = GC.GetAllocatedBytesForCurrentThread();
        return new Scope(this, previous);
    }

    private sealed class Scope(Vm vm, Vm? previous) : IDisposable
    {
        public void Dispose()
        {
            vm._clock.Stop();
            vm._allocatedBeforeEnter += GC.GetAllocatedBytesForCurrentThread() - vm._enterAllocated;
            t_current = previous;
        }
    }

    // ------------------------------------------------------------------ metering

    /// <summary>Charges <paramref name="units"/> of fuel for work done by a builtin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Charge(long units)
    {
        _budget -= units;
        if (_budget <= 0) Poll();
    }

    /// <summary>The periodic check: fuel, deadline, cancellation, heap size.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Poll()
    {
        _fuelUsed += _budgetGranted - _budget;
        _budget = _budgetGranted = 0;
        if (_fuelUsed >= Limits.MaxFuel)
            throw new LimitExceededException(LimitKind.Fuel, $"fuel limit exceeded ({Limits.MaxFuel} units)");
        if (_cancel.IsCancellationRequested)
            throw new LimitExceededException(LimitKind.Cancelled, "execution cancelled by the host");
        if (_clock.Elapsed > Limits.Timeout)
            throw new LimitExceededException(LimitKind.Time, $"time limit exceeded ({Limits.Timeout.TotalSeconds:0.###} s)");
        // The backstop for memory no preflight check saw: a large managed heap. The heap is the
        // process's, shared with other executions of an in-process host, so it only counts against
        // an execution that has itself allocated more than its limit (allocations, not live bytes:
        // conservative, but it never blames a neighbour).
        if (GC.GetTotalMemory(false) > Limits.MaxMemoryBytes * 2 + 512L * 1024 * 1024
            && _allocatedBeforeEnter + GC.GetAllocatedBytesForCurrentThread() - _enterAllocated > Limits.MaxMemoryBytes)
            throw new LimitExceededException(LimitKind.Memory, $"memory limit exceeded ({Limits.MaxMemoryBytes} bytes)");
        _budget = _budgetGranted = Math.Min(PollInterval, Limits.MaxFuel - _fuelUsed);
    }

    /// <summary>Preflight check: refuses an allocation of <paramref name="bytes"/> before it is made.</summary>
    public void CheckAllocation(long bytes)
    {
        if (bytes > Limits.MaxMemoryBytes || bytes < 0)
            throw new LimitExceededException(LimitKind.Memory, $"memory limit exceeded: an object of {(bytes < 0 ? "unbounded" : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))} bytes was refused (limit {Limits.MaxMemoryBytes})");
    }

    /// <summary>Checks and records an allocation whose size the program controls; charges fuel by size.</summary>
    public void ChargeAllocation(long bytes)
    {
        CheckAllocation(bytes);
        _allocated += bytes;
        Charge(bytes >> 6);
    }

    /// <summary>The limit signal for a result too large to build.</summary>
    public LimitExceededException MemoryLimit(string what)
        => new(LimitKind.Memory, $"memory limit exceeded: {what}");

    /// <summary>Writes program output, counting it against the output limit.</summary>
    public void Write(string s)
    {
        _outputBytes += s.Length;
        if (_outputBytes > Limits.MaxOutputBytes)
            throw new LimitExceededException(LimitKind.Output, $"output limit exceeded ({Limits.MaxOutputBytes} bytes)");
        Charge(s.Length >> 4);
        Stdout.Write(s);
    }

    /// <summary>A stable id for <c>id()</c> within this execution.</summary>
    internal long IdOf(PyObject o)
    {
        var box = _ids.GetValue(o, _ => new StrongBox<long>(_nextId += 0x30));
        return box.Value;
    }

    internal bool ReprEnter(PyObject o)
    {
        EnsureStack();
        return _reprStack.Add(o);
    }

    internal void ReprLeave(PyObject o) => _reprStack.Remove(o);

    /// <summary>Stops C#-side recursion (repr of deeply nested lists, nested calls) before the .NET stack runs out.</summary>
    internal static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LimitExceededException(LimitKind.Recursion, "recursion limit exceeded (nesting too deep)");
    }

    private void PushDepth()
    {
        if (++_depth > Limits.MaxRecursionDepth)
        {
            _depth--;
            throw new LimitExceededException(LimitKind.Recursion, $"recursion limit exceeded (depth {Limits.MaxRecursionDepth})");
        }
    }

    // ------------------------------------------------------------------ running code

    /// <summary>Runs a module-level code object with <paramref name="globals"/> as its namespace.</summary>
    public PyObject RunModule(CodeObject code, PyDict globals)
    {
        if (globals.Get("__builtins__") is null) globals.Set("__builtins__", new PyModule("builtins", Builtins));
        var frame = new Frame(code, RuntimeConstants.For(code), globals, Builtins, globals);
        PushDepth();
        return RunFrame(frame);
    }

    /// <summary>Calls any Python callable from C# (re-entrant; depth is counted and bounded).</summary>
    public PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        switch (callable)
        {
            case PyBuiltinFunction bf:
                Charge(1);
                if (bf.IsMethod && !bf.IsClassMethod) CheckDescriptorSelf(bf, args);
                return bf.Fn(args, kwnames);
            case PyFunction fn:
            {
                var frame = BindArguments(fn, args, kwnames, null);
                if ((fn.Code.Flags & CodeFlags.Generator) != 0) return new PyGenerator(frame, fn);
                PushDepth();
                return RunFrame(frame);
            }
            case PyBoundMethod bm:
            {
                if (bm.Func is PyFunction bfn)
                {
                    var frame = BindArguments(bfn, args, kwnames, bm.Self);
                    if ((bfn.Code.Flags & CodeFlags.Generator) != 0) return new PyGenerator(frame, bfn);
                    PushDepth();
                    return RunFrame(frame);
                }
                var all = new PyObject[args.Length + 1];
                all[0] = bm.Self;
                args.CopyTo(all.AsSpan(1));
                return Call(bm.Func, all, kwnames);
            }
            case PyType t:
                return TypeCall.Call(this, t, args, kwnames);
        }
        // Native module types (functools.partial, operator.itemgetter) are callable through a
        // builtin __call__ just as classes defined in Python are through theirs.
        var m = callable.Type.Lookup("__call__");
        if (m is not null && (callable.Type.IsHeapType || callable.Type.NativeDunders))
        {
            var all = new PyObject[args.Length + 1];
            all[0] = callable;
            args.CopyTo(all.AsSpan(1));
            // A function or a builtin method takes the object as its first argument directly.
            if (m is PyFunction or PyBuiltinFunction { IsMethod: true }) return Call(m, all, kwnames);
            return Call(Ops.BindDescriptor(m, callable, callable.Type), args.ToArray(), kwnames);
        }
        throw Err.TypeError($"'{Ops.TypeName(callable)}' object is not callable");
    }

    /// <summary>A builtin method called unbound (<c>str.join(1, x)</c>) must get an instance of its type.</summary>
    internal static void CheckDescriptorSelf(PyBuiltinFunction bf, ReadOnlySpan<PyObject> args)
    {
        var owner = bf.OwnerType!;
        if (args.Length == 0)
            throw Err.TypeError($"unbound method {owner.Name}.{bf.Name}() needs an argument");
        var t = args[0].Type;
        if (!ReferenceEquals(t, owner) && !t.IsSubtypeOf(owner) && !(owner == PyType.TypeType && args[0] is PyType))
            throw Err.TypeError($"descriptor '{bf.Name}' for '{owner.Name}' objects doesn't apply to a '{t.Name}' object");
    }

    /// <summary>Calls with positional arguments only.</summary>
    public PyObject Call(PyObject callable, params PyObject[] args) => Call(callable, args.AsSpan(), null);

    /// <summary>Resumes a generator: returns the next yielded value, or null when it finished (its return value in <paramref name="returned"/>).</summary>
    internal PyObject? ResumeGenerator(PyGenerator gen, PyObject sent, PyBaseException? toThrow, out PyObject? returned)
    {
        returned = null;
        if (gen.Finished)
        {
            if (toThrow is not null) throw new PythonException(toThrow);
            return null;
        }
        if (gen.Running) throw Err.New(ExcTypes.ValueError, "generator already executing");
        var frame = gen.Frame;
        if (!gen.Started)
        {
            if (toThrow is not null)
            {
                gen.Finished = true;
                throw new PythonException(toThrow);
            }
            if (sent is not PyNone) throw Err.TypeError("can't send non-None value to a just-started generator");
            gen.Started = true;
        }
        else
        {
            frame.Stack[frame.Sp++].V = sent;
        }
        gen.Running = true;
        frame.Yielded = false;
        frame.InlineForIter = false;
        PushDepth();
        var saved = HandledException;
        HandledException = gen.SavedHandled;
        try
        {
            var v = RunFrame(frame, toThrow);
            if (frame.Yielded) return v;
            gen.Finished = true;
            returned = v;
            return null;
        }
        catch (PythonException)
        {
            gen.Finished = true;
            throw;
        }
        finally
        {
            gen.SavedHandled = HandledException;
            HandledException = saved;
            gen.Running = false;
        }
    }
}
