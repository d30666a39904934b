using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Contextlib;

/// <summary>
/// The native context manager types of <c>contextlib</c>, built once per process (native types
/// cannot be changed from Python): the <c>@contextmanager</c> manager, <c>suppress</c>,
/// <c>nullcontext</c> and <c>closing</c>. <c>ExitStack</c> is in <see cref="ContextlibExitStack"/>.
/// </summary>
internal static class ContextlibTypes
{
    public static readonly PyType GeneratorContextManager = PyType.NewNative("_GeneratorContextManager", "contextlib");
    public static readonly PyType Suppress = PyType.NewNative("suppress", "contextlib");
    public static readonly PyType NullContext = PyType.NewNative("nullcontext", "contextlib");
    public static readonly PyType Closing = PyType.NewNative("closing", "contextlib");
    public static readonly PyType ExitStack = PyType.NewNative("ExitStack", "contextlib");

    private static PyObject None => PyNone.Instance;

    static ContextlibTypes()
    {
        InitGeneratorContextManager();
        InitSuppress();
        InitNullContext();
        InitClosing();
        ContextlibExitStack.Init(ExitStack);
    }

    internal static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void InitGeneratorContextManager()
    {
        var t = GeneratorContextManager;
        Method(t, "__enter__", (a, kw) =>
        {
            ArgParser.Count("__enter__", a, kw, 1, 1);
            var cm = (PyGeneratorContextManager)a[0];
            var v = Next(cm.Gen);
            if (v is null)
            {
                var e = Err.RuntimeError("generator didn't yield");
                e.Value.SuppressContext = true;
                throw e;
            }
            return v;
        });
        Method(t, "__exit__", (a, kw) =>
        {
            ArgParser.Count("__exit__", a, kw, 4, 4);
            return PyBool.From(GeneratorExit((PyGeneratorContextManager)a[0], a[1], a[2]));
        });
        Method(t, "_recreate_cm", (a, kw) =>
        {
            var cm = (PyGeneratorContextManager)a[0];
            return new PyGeneratorContextManager(cm.Func, cm.Args, cm.KwNames);
        });
        // ContextDecorator: using the manager as a decorator makes a fresh manager per call.
        Method(t, "__call__", (a, kw) =>
        {
            ArgParser.Count("__call__", a, kw, 2, 2);
            var cm = (PyGeneratorContextManager)a[0];
            return ContextlibModule.Decorated(a[1], () => new PyGeneratorContextManager(cm.Func, cm.Args, cm.KwNames));
        });
    }

    // _GeneratorContextManager.__exit__: resume the generator, or throw the exception into it,
    // and decide from how it ends whether the exception is suppressed.
    private static bool GeneratorExit(PyGeneratorContextManager cm, PyObject typ, PyObject value)
    {
        var vm = Vm.Current!;
        if (typ is PyNone)
        {
            if (Next(cm.Gen) is null) return false;
            Close(cm.Gen);
            throw Err.RuntimeError("generator didn't stop");
        }
        if (value is PyNone) value = vm.Call(typ, ReadOnlySpan<PyObject>.Empty, null);
        var exc = value as PyBaseException ?? throw Err.TypeError("exceptions must derive from BaseException");
        // CPython resets the exception's traceback to the with statement's when it comes back
        // out of the generator, so the generator's frames do not show in the report.
        var savedTb = exc.Traceback.ToList();
        try
        {
            if (Throw(cm.Gen, exc) is null) return true; // the generator returned: StopIteration, not ours
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.StopIteration))
        {
            return !ReferenceEquals(e.Value, exc);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.RuntimeError))
        {
            if (ReferenceEquals(e.Value, exc))
            {
                Restore(exc, savedTb);
                return false;
            }
            if (exc.Is(ExcTypes.StopIteration) && ReferenceEquals(e.Value.Cause, exc))
            {
                Restore(exc, savedTb);
                return false;
            }
            throw;
        }
        catch (PythonException e)
        {
            if (!ReferenceEquals(e.Value, exc)) throw;
            Restore(exc, savedTb);
            return false;
        }
        Close(cm.Gen);
        throw Err.RuntimeError("generator didn't stop after throw()");
    }

    private static void Restore(PyBaseException e, List<TracebackEntry> tb)
    {
        e.Traceback.Clear();
        e.Traceback.AddRange(tb);
    }

    private static PyObject? Next(PyObject gen)
        => gen is PyGenerator g ? Vm.Current!.ResumeGenerator(g, PyNone.Instance, null, out _) : Ops.Next(gen);

    // gen.throw(exc): the next yielded value, or null when the generator returned.
    private static PyObject? Throw(PyObject gen, PyBaseException exc)
    {
        if (gen is PyGenerator g) return Vm.Current!.ResumeGenerator(g, PyNone.Instance, exc, out _);
        try { return Vm.Current!.Call(Ops.GetAttr(gen, "throw"), exc); }
        catch (PythonException e) when (e.Value.Is(ExcTypes.StopIteration) && !ReferenceEquals(e.Value, exc)) { return null; }
    }

    private static void Close(PyObject gen) => Vm.Current!.Call(Ops.GetAttr(gen, "close"), ReadOnlySpan<PyObject>.Empty, null);

    private static void InitSuppress()
    {
        var t = Suppress;
        t.Constructor = (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Err.TypeError($"suppress.__init__() got an unexpected keyword argument '{kw[0]}'");
            return new PySuppress(a.ToArray());
        };
        Method(t, "__enter__", (a, kw) => None);
        Method(t, "__exit__", (a, kw) =>
        {
            ArgParser.Count("__exit__", a, kw, 4, 4);
            var s = (PySuppress)a[0];
            if (a[1] is PyNone) return None;
            var exctype = a[1] as PyType ?? throw Err.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(IsSubclass(exctype, s.Exceptions));
        });
    }

    /// <summary><c>issubclass(t, classes)</c> for a tuple of classes (nested tuples allowed).</summary>
    internal static bool IsSubclass(PyType t, PyObject[] classes)
    {
        foreach (var c in classes)
        {
            switch (c)
            {
                case PyType ct when t.IsSubtypeOf(ct): return true;
                case PyType: break;
                case PyTuple nested when IsSubclass(t, nested.Items): return true;
                case PyTuple: break;
                default: throw Err.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            }
        }
        return false;
    }

    private static void InitNullContext()
    {
        var t = NullContext;
        var sig = new Dataclasses.PySignature("nullcontext.__init__", new[] { "self", "enter_result" }, 2, new[] { false, true });
        // Bound as the Python __init__ is: self counts in the messages.
        t.Constructor = (a, kw) => new PyNullContext(sig.Bind(TypeCall.Prepend(None, a), kw)[1] ?? None);
        Method(t, "__enter__", (a, kw) => ((PyNullContext)a[0]).EnterResult);
        Method(t, "__exit__", (a, kw) => None);
        t.Members["enter_result"] = new PyProperty(new PyBuiltinFunction("enter_result", (a, kw) => ((PyNullContext)a[0]).EnterResult), null, null, null) { Name = "enter_result" };
    }

    private static void InitClosing()
    {
        var t = Closing;
        var sig = new Dataclasses.PySignature("closing.__init__", new[] { "self", "thing" }, 2, new[] { false, false });
        t.Constructor = (a, kw) => new PyClosing(sig.Bind(TypeCall.Prepend(None, a), kw)[1]!);
        Method(t, "__enter__", (a, kw) => ((PyClosing)a[0]).Thing);
        Method(t, "__exit__", (a, kw) =>
        {
            Vm.Current!.Call(Ops.GetAttr(((PyClosing)a[0]).Thing, "close"), ReadOnlySpan<PyObject>.Empty, null);
            return None;
        });
        t.Members["thing"] = new PyProperty(new PyBuiltinFunction("thing", (a, kw) => ((PyClosing)a[0]).Thing), null, null, null) { Name = "thing" };
    }
}
