using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Contextlib;

/// <summary>
/// The <c>contextlib</c> module of CPython 3.12: <c>contextmanager</c> (also usable as a
/// decorator), <c>suppress</c>, <c>nullcontext</c>, <c>closing</c>, <c>ExitStack</c>,
/// <c>ContextDecorator</c> and <c>AbstractContextManager</c>. There is no
/// <c>redirect_stdout</c>: rules have no streams to redirect.
/// </summary>
public static class ContextlibModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    // Methods of the two classes rules derive from. They bind like Python functions, so one
    // builtin serves every execution's copy of the class.
    private static readonly PyBuiltinFunction s_enterSelf = new("__enter__", (a, kw) => a[0]) { BindsLikeFunction = true };
    private static readonly PyBuiltinFunction s_exitNone = new("__exit__", (a, kw) => PyNone.Instance) { BindsLikeFunction = true };
    private static readonly PyBuiltinFunction s_recreateSelf = new("_recreate_cm", (a, kw) => a[0]) { BindsLikeFunction = true };
    private static readonly PyBuiltinFunction s_decoratorCall = new("__call__", (a, kw) =>
    {
        ArgParser.Count("__call__", a, kw, 2, 2);
        var self = a[0];
        return Decorated(a[1], () => Vm.Current!.Call(Ops.GetAttr(self, "_recreate_cm"), ReadOnlySpan<PyObject>.Empty, null));
    }) { BindsLikeFunction = true };

    /// <summary>A fresh <c>contextlib</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        // Classes rules subclass are classes like Python-defined ones; those can be changed by
        // the rule, so each execution gets its own.
        var acm = PyType.NewHeap("AbstractContextManager", new[] { PyType.ObjectType }, null);
        acm.Members["__module__"] = PyStr.From("contextlib");
        acm.Members["__enter__"] = s_enterSelf;
        acm.Members["__exit__"] = s_exitNone;
        d.Set("AbstractContextManager", acm);
        var cd = PyType.NewHeap("ContextDecorator", new[] { PyType.ObjectType }, null);
        cd.Members["__module__"] = PyStr.From("contextlib");
        cd.Members["_recreate_cm"] = s_recreateSelf;
        cd.Members["__call__"] = s_decoratorCall;
        d.Set("ContextDecorator", cd);
        return new PyModule("contextlib", d);
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        e.Add(new("contextmanager", new PyBuiltinFunction("contextmanager", (a, kw) =>
        {
            ArgParser.Count("contextmanager", a, kw, 1, 1);
            var func = a[0];
            return new PyBuiltinFunction(NameOf(func), (ha, hkw) => new PyGeneratorContextManager(func, ha.ToArray(), hkw))
            {
                BindsLikeFunction = true,
            };
        })));
        e.Add(new("suppress", ContextlibTypes.Suppress));
        e.Add(new("nullcontext", ContextlibTypes.NullContext));
        e.Add(new("closing", ContextlibTypes.Closing));
        e.Add(new("ExitStack", ContextlibTypes.ExitStack));
        return e;
    }

    private static string NameOf(PyObject func)
        => Ops.TryGetAttr(func, "__name__") is PyStr s ? s.Value : "helper";

    /// <summary>
    /// <c>ContextDecorator.__call__</c>: a function that runs <paramref name="func"/> inside the
    /// manager <paramref name="makeManager"/> returns (a fresh one per call).
    /// </summary>
    internal static PyObject Decorated(PyObject func, Func<PyObject> makeManager)
        => new PyBuiltinFunction(NameOf(func), (a, kw) =>
        {
            var args = a.ToArray();
            return With(makeManager(), () => Vm.Current!.Call(func, args, kw));
        })
        {
            BindsLikeFunction = true,
        };

    /// <summary>
    /// A <c>with</c> statement run from C#: enter, run <paramref name="body"/>, exit with the
    /// exception if one escaped (a true result from <c>__exit__</c> suppresses it, giving None).
    /// </summary>
    internal static PyObject With(PyObject manager, Func<PyObject> body)
    {
        var vm = Vm.Current!;
        var type = manager.Type;
        var enter = type.Lookup("__enter__");
        var exit = type.Lookup("__exit__");
        if (enter is null || exit is null)
            throw Err.TypeError($"'{type.Name}' object does not support the context manager protocol");
        var boundExit = Ops.BindDescriptor(exit, manager, type);
        Ops.CallMethod(manager, enter);
        PyObject result;
        try
        {
            result = body();
        }
        catch (PythonException e)
        {
            var exc = e.Value;
            var saved = vm.HandledException;
            vm.HandledException = exc;
            bool suppress;
            try
            {
                var tb = exc.Traceback.Count > 0 ? SpecialAttributes.TracebackToken : PyNone.Instance;
                suppress = Ops.IsTrue(vm.Call(boundExit, new[] { exc.Type, exc, tb }, null));
            }
            finally
            {
                vm.HandledException = saved;
            }
            if (suppress) return PyNone.Instance;
            throw;
        }
        vm.Call(boundExit, new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance }, null);
        return result;
    }
}
