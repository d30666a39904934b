using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Contextlib;

/// <summary>
/// <c>contextlib.ExitStack</c>: a stack of exit callbacks unwound last-in first-out as nested
/// <c>with</c> statements would be, with CPython's suppression and exception-context rules.
/// </summary>
internal static class ContextlibExitStack
{
    private static PyObject None => PyNone.Instance;

    /// <summary>Fills the type's methods.</summary>
    public static void Init(PyType t)
    {
        t.Constructor = (a, kw) =>
        {
            if (a.Length > 0) throw Err.TypeError("ExitStack() takes no arguments");
            return new PyExitStack();
        };
        ContextlibTypes.Method(t, "__enter__", (a, kw) => a[0]);
        ContextlibTypes.Method(t, "__exit__", (a, kw) =>
        {
            if (a.Length != 4 || kw is not null) throw Err.TypeError($"ExitStack.__exit__() takes 4 positional arguments but {a.Length} were given");
            return PyBool.From(Exit((PyExitStack)a[0], a[1], a[2], a[3]));
        });
        ContextlibTypes.Method(t, "close", (a, kw) =>
        {
            ArgParser.Count("close", a, kw, 1, 1);
            Exit((PyExitStack)a[0], None, None, None);
            return None;
        });
        ContextlibTypes.Method(t, "pop_all", (a, kw) =>
        {
            ArgParser.Count("pop_all", a, kw, 1, 1);
            var s = (PyExitStack)a[0];
            var moved = new PyExitStack { Callbacks = s.Callbacks };
            s.Callbacks = new List<PyObject>();
            return moved;
        });
        ContextlibTypes.Method(t, "enter_context", (a, kw) =>
        {
            ArgParser.Count("enter_context", a, kw, 2, 2);
            var s = (PyExitStack)a[0];
            var cm = a[1];
            var type = cm.Type;
            var enter = type.Lookup("__enter__");
            var exit = type.Lookup("__exit__");
            if (enter is null || exit is null)
                throw Err.TypeError($"'{Ops.ModuleOf(type)}.{type.QualName}' object does not support the context manager protocol");
            var result = Ops.CallMethod(cm, enter);
            Push(s, Ops.BindDescriptor(exit, cm, type));
            return result;
        });
        ContextlibTypes.Method(t, "push", (a, kw) =>
        {
            ArgParser.Count("push", a, kw, 2, 2);
            var s = (PyExitStack)a[0];
            var exit = a[1];
            var m = exit.Type.Lookup("__exit__");
            Push(s, m is null ? exit : Ops.BindDescriptor(m, exit, exit.Type));
            return exit;
        });
        ContextlibTypes.Method(t, "callback", (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (a.Length - nkw < 2) throw Err.TypeError("ExitStack.callback() missing 1 required positional argument: 'callback'");
            var s = (PyExitStack)a[0];
            var callback = a[1];
            var args = a[2..].ToArray();
            var names = kw;
            Push(s, new PyBuiltinFunction("_exit_wrapper", (ea, ekw) =>
            {
                Vm.Current!.Call(callback, args, names);
                return None;
            }));
            return callback;
        });
    }

    private static void Push(PyExitStack s, PyObject callback)
    {
        Vm.Current!.Charge(1);
        s.Callbacks.Add(callback);
    }

    // ExitStack.__exit__: unwind, letting each callback see (and possibly suppress or replace)
    // the exception left by the ones before it.
    private static bool Exit(PyExitStack s, PyObject typ, PyObject exc, PyObject tb)
    {
        var vm = Vm.Current!;
        bool received = typ is not PyNone;
        var frameExc = vm.HandledException;
        bool suppressed = false, pendingRaise = false;
        while (s.Callbacks.Count > 0)
        {
            var cb = s.Callbacks[^1];
            s.Callbacks.RemoveAt(s.Callbacks.Count - 1);
            try
            {
                if (Ops.IsTrue(vm.Call(cb, new[] { typ, exc, tb }, null)))
                {
                    suppressed = true;
                    pendingRaise = false;
                    typ = exc = tb = None;
                }
            }
            catch (PythonException e)
            {
                FixContext(e.Value, exc as PyBaseException, frameExc);
                pendingRaise = true;
                typ = e.Value.Type;
                exc = e.Value;
                tb = e.Value.Traceback.Count > 0 ? SpecialAttributes.TracebackToken : None;
            }
        }
        if (pendingRaise) throw new PythonException((PyBaseException)exc);
        return received && suppressed;
    }

    // Make the end of the new exception's context chain point at the exception the callback saw.
    private static void FixContext(PyBaseException newExc, PyBaseException? oldExc, PyBaseException? frameExc)
    {
        while (true)
        {
            var ctx = newExc.Context;
            if (ctx is null || ReferenceEquals(ctx, oldExc)) return;
            if (ReferenceEquals(ctx, frameExc)) break;
            newExc = ctx;
        }
        newExc.Context = oldExc;
    }
}
