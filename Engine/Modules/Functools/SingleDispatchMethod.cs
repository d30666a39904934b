using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools.singledispatchmethod</c>: dispatches on the class of the first argument after
/// <c>self</c>. The registry is a <see cref="SingleDispatchFunction"/>; looking the descriptor up
/// gives a function (with <c>register</c>) that binds the chosen implementation to the instance.
/// </summary>
internal sealed class SingleDispatchMethod : PyObject
{
    /// <summary><c>functools.singledispatchmethod</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    private readonly SingleDispatchFunction _dispatcher;
    private readonly PyObject _func;

    private SingleDispatchMethod(PyObject func)
    {
        _func = func;
        _dispatcher = new SingleDispatchFunction(func);
    }

    public override PyType Type => TypeObject;

    private PyObject Register => _dispatcher.Dict.Get("register")!;

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools.singledispatchmethod", "functools");
        t.Constructor = (a, kw) =>
        {
            var p = FunctoolsModule.PythonArgs("singledispatchmethod.__init__", a, kw, new[] { "func" }, 1);
            var func = p[0]!;
            if (!FunctoolsModule.IsCallable(func) && Ops.TryGetAttr(func, "__get__") is null)
                throw Err.TypeError($"{Ops.Repr(func)} is not callable or a descriptor");
            return new SingleDispatchMethod(func);
        };
        t.Members["register"] = new PyBuiltinFunction("register", (a, kw) =>
            Vm.Current!.Call(((SingleDispatchMethod)a[0]).Register, a[1..], kw), t);
        t.Members["func"] = new PyProperty(new PyBuiltinFunction("func", (a, kw) => ((SingleDispatchMethod)a[0])._func), null, null, null) { Name = "func" };
        t.Members["__get__"] = new PyBuiltinFunction("__get__", (a, kw) =>
        {
            var self = (SingleDispatchMethod)a[0];
            var obj = a[1];
            var owner = a.Length > 2 && a[2] is PyType ot ? ot : obj.Type;
            var method = new BoundDispatch(self, obj is PyNone ? null : obj, owner);
            method.Dict.Set("register", self.Register);
            FunctoolsModule.UpdateWrapper(method, self._func, null, null);
            return method;
        }, t);
        return t;
    }

    /// <summary>The function a singledispatchmethod gives when looked up (CPython's <c>_method</c>).</summary>
    private sealed class BoundDispatch : FunctoolsObject
    {
        private static readonly PyType s_type = BuildBoundType();

        private readonly SingleDispatchMethod _owner;
        private readonly PyObject? _obj;
        private readonly PyType _cls;

        public BoundDispatch(SingleDispatchMethod owner, PyObject? obj, PyType cls)
        {
            _owner = owner;
            _obj = obj;
            _cls = cls;
        }

        public override PyType Type => s_type;

        private static PyType BuildBoundType()
        {
            var t = PyType.NewNative("function", "functools");
            AddDictMember(t);
            t.Members["__call__"] = new PyBuiltinFunction("__call__", (a, kw) =>
            {
                var self = (BoundDispatch)a[0];
                int npos = a.Length - 1 - (kw?.Length ?? 0);
                if (npos < 1) throw Err.IndexError("tuple index out of range");
                var impl = self._owner._dispatcher.Dispatch(a[1].Type);
                var bound = Ops.BindDescriptor(impl, self._obj, self._cls);
                return Vm.Current!.Call(bound, a[1..], kw);
            }, t);
            return t;
        }
    }
}
